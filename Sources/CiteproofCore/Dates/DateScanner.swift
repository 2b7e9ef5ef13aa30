/// Finds English dates in text, as editors write them: `April 3, 2021`, `Apr. 3, 2021`,
/// `Sept. 7, 2022`, `3 April 2021`, `April 3rd, 2021`, `Saturday, April 3, 2021`, `2021-04-03`,
/// `03/04/2021` and `3.4.2021` (ambiguous: both readings kept), `April 2021`, ranges
/// (`April 2–3, 2021`, `April 30 – May 2, 2021`), `April 4` without a year (resolved against
/// `referenceDate`) and, on request, bare years.
///
/// The scanner works on UTF-8 bytes in one pass without regular expressions; it runs on every
/// note and sentence of large drafts. Impossible dates and weekday contradictions are returned
/// with a `problem`, never corrected.
public struct DateScanner: Sendable {
    /// The date a yearless date is resolved against (the document's publication date).
    public var referenceDate: CalendarDate?
    /// Also report bare years (`2003`) as year-precision mentions.
    public var includeBareYears: Bool

    public init(referenceDate: CalendarDate? = nil, includeBareYears: Bool = false) {
        self.referenceDate = referenceDate
        self.includeBareYears = includeBareYears
    }

    /// Every date in `text`, in order.
    public func mentions(in text: String) -> [DateMention] {
        var text = text
        if let found = text.utf8.withContiguousStorageIfAvailable({ scan($0) }) { return found }
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? []
    }

    /// Parses a string that is only a date (surrounding space and `.,;` allowed).
    public func parse(_ string: String) -> DateMention? {
        let trimmed = string.trimmingDateSurroundings()
        let found = mentions(in: trimmed)
        guard found.count == 1, let only = found.first, only.utf8Range == 0..<trimmed.utf8.count else { return nil }
        return only
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [DateMention] {
        let matcher = DatePatternMatcher(bytes: bytes, includeBareYears: includeBareYears)
        let foreign = ForeignDateMatcher(bytes: bytes)
        var result: [DateMention] = []
        var i = 0
        let count = bytes.count
        while i < count {
            let b = bytes[i]
            if b >= 0xC0 {
                // A letter or digit of another script: Arabic, Persian, Cyrillic, accented Latin.
                if !foreign.followsWordScalar(i), let found = foreign.match(at: i),
                    let mention = foreignMention(found.date, range: i..<found.end, in: bytes)
                {
                    result.append(mention)
                    i = found.end
                } else {
                    i += 1
                }
                continue
            }
            guard b.isASCIIDigit || b.isASCIILetter else {
                i += 1
                continue
            }
            if startsToken(at: i, in: bytes) {
                if let found = matcher.match(at: i) {
                    if found.date.numeric, let year = found.date.year, (1300..<1600).contains(year) {
                        // 1442/07/28, 14-09-1432 هـ: a Hijri or Solar Hijri year, never a Gregorian one.
                        if let other = foreign.match(at: i), let mention = foreignMention(other.date, range: i..<other.end, in: bytes) {
                            result.append(mention)
                            i = other.end
                        } else {
                            i = found.end
                        }
                        continue
                    }
                    if let mention = mention(found.date, range: found.start..<found.end, in: bytes) {
                        result.append(mention)
                        i = found.end
                        continue
                    }
                }
                // Not English: a day before a month name of another language (`3 avril 2021`), or a
                // name of another language before a number (`avril 2021`, `Ramadan 1442`).
                let start = i
                while i < count, bytes[i].isASCIIDigit || bytes[i].isASCIILetter { i += 1 }
                if mayStartForeignDate(start, end: i, in: bytes, foreign), !foreign.followsWordScalar(start),
                    let found = foreign.match(at: start),
                    let mention = foreignMention(found.date, range: start..<found.end, in: bytes)
                {
                    result.append(mention)
                    i = found.end
                }
                continue
            }
            while i < count, bytes[i].isASCIIDigit || bytes[i].isASCIILetter { i += 1 }
        }
        return result
    }

    /// Whether the ASCII token `start..<end` may begin a date of another language: a day of one
    /// or two digits before a space, dot or `er`, or a word before a number or going on in another
    /// script (`Février`). English prose then pays for no lookup of its ordinary words.
    private func mayStartForeignDate(
        _ start: Int, end: Int, in bytes: UnsafeBufferPointer<UInt8>, _ foreign: ForeignDateMatcher
    ) -> Bool {
        guard end < bytes.count else { return false }
        let next = bytes[end]
        if bytes[start].isASCIIDigit {
            if end - start > 3 { return false }
            return next == 0x20 || next == UInt8(ascii: ".") || next == UInt8(ascii: "-") || next >= 0xC0
                || (end - start == 3 && bytes[start + 1] == UInt8(ascii: "e"))  // 1er
        }
        // `Rabi' al-Awwal 1442`, `Dhu al-Hijjah 1442`: a transliterated name of several words.
        return next >= 0xC0 || foreign.mayStartAfterASCIIWord(endingAt: end) || foreign.startsLongerASCIIName(start, end: end)
    }

    private func foreignMention(_ written: ForeignWrittenDate, range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> DateMention? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        return ForeignDateMentionBuilder(referenceDate: referenceDate).mention(written, utf8Range: range, text: text)
    }

    /// A date starts at a word boundary, and not inside a dotted or slashed number (`1.2.3.2021`).
    private func startsToken(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0 else { return true }
        let previous = bytes[i - 1]
        if previous.isASCIIDigit || previous.isASCIILetter { return false }
        if previous == UInt8(ascii: ".") || previous == UInt8(ascii: "/") || previous == UInt8(ascii: "-")
            || previous == UInt8(ascii: ":")
        {
            return !(i > 1 && bytes[i - 2].isASCIIDigit)
        }
        return true
    }

    private func mention(_ written: WrittenDate, range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> DateMention? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        return DateMentionBuilder(referenceDate: referenceDate).mention(written, utf8Range: range, text: text)
    }
}

extension String {
    fileprivate func trimmingDateSurroundings() -> String {
        let trimmable: Set<Character> = [" ", "\t", "\n", "\r", ".", ",", ";", "\u{A0}"]
        var slice = Substring(self)
        while let first = slice.first, trimmable.contains(first) { slice.removeFirst() }
        while let last = slice.last, trimmable.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
