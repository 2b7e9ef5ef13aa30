/// Splits prose into sentences the way an editor reads them: not after
/// abbreviations ("No.", "Sec.-Gen.", "e.g.,", "U.S."), not inside quotations,
/// and keeping footnote markers glued to the punctuation (`line.[^4]`) in their sentence.
///
/// Works on UTF-8 bytes (sentence splitting runs on every paragraph of every draft);
/// every boundary it reports falls on ASCII punctuation or white space, so the
/// byte offsets are valid `String.Index` positions.
public enum SentenceSplitter {
    /// Words that end with a period without ending a sentence (lowercased, without the period).
    static let abbreviations: Set<String> = [
        "no", "nos", "sec", "gen", "sec.-gen", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "cf", "fig", "figs",
        "vol", "vols", "p", "pp", "ed", "eds", "al", "inc", "ltd", "co", "corp", "dept", "gov", "col", "lt", "capt",
        "sgt", "rev", "prof", "op", "cit", "ch", "art", "para", "approx", "est", "e.g", "i.e", "etc", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
        "thurs", "fri", "sat", "sun", "u.s", "u.k", "u.n", "a.m", "p.m", "ca", "c", "n.d", "repr", "trans",
    ]

    /// Sentence ranges of `text`, covering all non-space text, in order.
    public static func sentences(in text: String) -> [Range<String.Index>] {
        let b = Array(text.utf8)
        return byteSentences(b).map { index(text, $0.lowerBound)..<index(text, $0.upperBound) }
    }

    /// The sentence containing a position; a marker that opens a sentence (`damage. [1]`)
    /// belongs to the sentence before it.
    public static func sentence(in text: String, containing position: String.Index) -> Range<String.Index>? {
        let b = Array(text.utf8)
        let all = byteSentences(b)
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: position)
        guard let k = all.lastIndex(where: { $0.lowerBound <= offset }) else {
            return all.first.map { index(text, $0.lowerBound)..<index(text, $0.upperBound) }
        }
        var chosen = all[k]
        if k > 0, b[all[k].lowerBound..<offset].allSatisfy(isSpace) { chosen = all[k - 1] }
        return index(text, chosen.lowerBound)..<index(text, chosen.upperBound)
    }

    /// A text split once, answering "which sentence holds this offset" by binary search.
    public struct Sentences {
        let text: String
        let bytes: [UInt8]
        let ranges: [Range<Int>]

        /// `lineBreaks`: offsets of spaces that stand for the source's line breaks (see
        /// `MappedText.lineBreaks`); a line of its own can end a sentence there.
        public init(_ text: String, lineBreaks: [Int] = []) {
            self.text = text
            bytes = Array(text.utf8)
            if lineBreaks.isEmpty {
                ranges = byteSentences(bytes)
            } else {
                var marked = bytes
                for offset in lineBreaks where offset < marked.count && marked[offset] == 0x20 { marked[offset] = 0x0A }
                ranges = byteSentences(marked)
            }
        }

        /// The sentence holding UTF-8 `offset`; a marker that opens a sentence (`damage. [1]`)
        /// belongs to the sentence before it.
        public func sentence(containing offset: Int) -> String {
            range(containing: offset).map(slice) ?? ""
        }

        /// The UTF-8 range of the sentence `sentence(containing:)` returns; nil for empty text.
        public func range(containing offset: Int) -> Range<Int>? {
            var lo = 0
            var hi = ranges.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ranges[mid].lowerBound <= offset { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { return ranges.first }
            let k = lo - 1
            if k > 0, bytes[ranges[k].lowerBound..<min(offset, bytes.count)].allSatisfy(isSpace) {
                return ranges[k - 1]
            }
            return ranges[k]
        }

        private func slice(_ r: Range<Int>) -> String {
            String(decoding: bytes[r], as: UTF8.self)
        }
    }

    /// Spans of text inside double quotation marks (curly pairs, or straight pairs).
    static func quotationSpans(in text: String) -> [Range<String.Index>] {
        byteQuotationSpans(Array(text.utf8)).map { index(text, $0.lowerBound)..<index(text, $0.upperBound) }
    }

    // MARK: - Bytes

    private static func index(_ text: String, _ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }

    /// Length of the white space at `i` (ASCII, or a no-break space), 0 when none.
    static func spaceLength(_ b: [UInt8], _ i: Int) -> Int {
        guard i < b.count else { return 0 }
        if isSpace(b[i]) { return 1 }
        if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return 2 }
        return 0
    }

    /// Length of a closing quote or bracket at `i`: `"` `'` `)` `]` `”` `’` `»`; 0 when none.
    static func closerLength(_ b: [UInt8], _ i: Int) -> Int {
        guard i < b.count else { return 0 }
        switch b[i] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return 1
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x9D || b[i + 2] == 0x99): return 3
        case 0xC2 where i + 1 < b.count && b[i + 1] == 0xBB: return 2
        default: return 0
        }
    }

    /// Length of a superscript digit at `i` (¹²³ or ⁰⁴–⁹), 0 when none.
    static func superscriptLength(_ b: [UInt8], _ i: Int) -> Int {
        guard i + 1 < b.count else { return 0 }
        if b[i] == 0xC2, b[i + 1] == 0xB9 || b[i + 1] == 0xB2 || b[i + 1] == 0xB3 { return 2 }
        if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x81, b[i + 2] == 0xB0 || (0xB4...0xB9).contains(b[i + 2]) { return 3 }
        return 0
    }

    /// Steps over `[^label]`, `[12]` and superscript-digit markers starting at `i`.
    static func skipMarkers(_ b: [UInt8], from start: Int) -> Int {
        var i = start
        while i < b.count {
            if b[i] == UInt8(ascii: "[") {
                var j = i + 1
                let caret = j < b.count && b[j] == UInt8(ascii: "^")
                if caret { j += 1 }
                let first = j
                while j < b.count, b[j] != UInt8(ascii: "]"), !isSpace(b[j]), j - first < 40 {
                    if !caret && !(b[j] >= 0x30 && b[j] <= 0x39) { break }
                    j += 1
                }
                guard j < b.count, b[j] == UInt8(ascii: "]"), j > first else { return i }
                i = j + 1
            } else if case let n = superscriptLength(b, i), n > 0 {
                i += n
            } else {
                return i
            }
        }
        return i
    }

    static func skipClosers(_ b: [UInt8], from start: Int) -> Int {
        var i = start
        while case let n = closerLength(b, i), n > 0 { i += n }
        return i
    }

    static func byteSentences(_ b: [UInt8]) -> [Range<Int>] {
        let quotes = byteQuotationSpans(b)
        var result: [Range<Int>] = []
        var start = 0
        while start < b.count, spaceLength(b, start) > 0 { start += spaceLength(b, start) }
        var i = start
        var cursor = 0
        var lineStart = start
        while i < b.count {
            let c = b[i]
            if c == 0x0A {
                // A line of its own: one that ends with a footnote marker (`Latest version: 4.1[2]`) or a
                // label-and-value line (`License: MIT`) before another such line, when the next line
                // starts a sentence. Infobox-style lines have no closing punctuation.
                var next = i + 1
                while next < b.count, case let n = spaceLength(b, next), n > 0 { next += n }
                if next < b.count, start < i, startsSentence(b, next),
                    endsWithMarker(b, lineStart..<i) || (isLabelLine(b, from: lineStart) && isLabelLine(b, from: next))
                {
                    var end = i
                    while end > start, isSpace(b[end - 1]) { end -= 1 }
                    result.append(start..<end)
                    start = next
                    i = next
                    lineStart = next
                    continue
                }
                lineStart = i + 1
            }
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") {
                while cursor < quotes.count && quotes[cursor].upperBound <= i { cursor += 1 }
                let inQuote = cursor < quotes.count && quotes[cursor].contains(i)
                var end = skipClosers(b, from: i + 1)
                // Footnote markers glued to the punctuation belong to the sentence: `line.[^4] Next`.
                end = skipClosers(b, from: skipMarkers(b, from: end))
                if !inQuote || quotes[cursor].upperBound <= end, isBoundary(b, period: i, after: end) {
                    result.append(start..<end)
                    var next = end
                    while next < b.count, case let n = spaceLength(b, next), n > 0 { next += n }
                    start = next
                    i = next
                    continue
                }
            }
            i += 1
        }
        if start < b.count {
            var end = b.count
            while end > start, isSpace(b[end - 1]) || (end - start >= 2 && b[end - 2] == 0xC2 && b[end - 1] == 0xA0) {
                end -= isSpace(b[end - 1]) ? 1 : 2
            }
            if start < end { result.append(start..<end) }
        }
        return result
    }

    /// Whether the line `range` ends (before trailing space) with a `[n]`/`[^x]` or superscript marker.
    static func endsWithMarker(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, isSpace(b[end - 1]) { end -= 1 }
        guard end > range.lowerBound else { return false }
        if b[end - 1] == UInt8(ascii: "]") {
            // Find the marker's opening bracket and check it reads as a marker.
            var open = end - 1
            while open > range.lowerBound, b[open] != UInt8(ascii: "["), end - open < 42 { open -= 1 }
            return b[open] == UInt8(ascii: "[") && skipMarkers(b, from: open) == end
        }
        if end - range.lowerBound >= 2, superscriptLength(b, end - 2) == 2 { return true }
        if end - range.lowerBound >= 3, superscriptLength(b, end - 3) == 3 { return true }
        return false
    }

    /// Whether a line opens with a label of one to four words and a colon: `Latest version:`, `License:`.
    static func isLabelLine(_ b: [UInt8], from start: Int) -> Bool {
        var i = start
        var words = 0
        var inWord = false
        while i < b.count, i - start < 48 {
            let c = b[i]
            if c == UInt8(ascii: ":") { return inWord && words >= 1 && words <= 4 && (i + 1 == b.count || spaceLength(b, i + 1) > 0) }
            if c == 0x20 {
                inWord = false
            } else if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "-") || c >= 0x80 {
                if !inWord { words += 1; inWord = true }
            } else {
                return false
            }
            i += 1
        }
        return false
    }

    private static func isBoundary(_ b: [UInt8], period: Int, after end: Int) -> Bool {
        guard end < b.count else { return true }
        guard spaceLength(b, end) > 0 else { return false }
        var next = end
        while next < b.count, case let n = spaceLength(b, next), n > 0 { next += n }
        guard next < b.count else { return true }
        guard startsSentence(b, next) else { return false }
        if b[period] != UInt8(ascii: ".") { return true }
        // The word the period ends.
        var wordStart = period
        while wordStart > 0 {
            let p = b[wordStart - 1]
            if isSpace(p) || p == UInt8(ascii: "(") || p == UInt8(ascii: "\"") { break }
            if wordStart >= 3, b[wordStart - 3] == 0xE2, b[wordStart - 2] == 0x80, b[wordStart - 1] == 0x9C { break }
            wordStart -= 1
        }
        let word = String(decoding: b[wordStart..<period], as: UTF8.self).lowercased()
        if abbreviations.contains(word) { return false }
        // Initials and dotted abbreviations: "U.S", "J", "e.g".
        if word.count == 1, word.first!.isLetter { return false }
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count <= 2 }) { return false }
        if word.hasSuffix("-gen") { return false }
        // An ordinal day before a month name, in any language read: `3. April 2021`, `12. März`.
        if (1...2).contains(word.utf8.count), word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let day = Int(word),
            (1...31).contains(day), startsMonthName(b, next)
        {
            return false
        }
        return true
    }

    private static func startsMonthName(_ b: [UInt8], _ i: Int) -> Bool {
        b.withUnsafeBufferPointer { ForeignDateMatcher(bytes: $0).startsMonthName(at: i) }
    }

    /// An uppercase letter, a digit, an opening quote or bracket, or a superscript marker.
    private static func startsSentence(_ b: [UInt8], _ i: Int) -> Bool {
        let c = b[i]
        // An item of a list run into one line (a note bundling references: `… 2009. - Matthews, D.`).
        if c == UInt8(ascii: "-") || (c == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0xA2) {
            var j = i + (c == UInt8(ascii: "-") ? 1 : 3)
            guard j < b.count, isSpace(b[j]) else { return false }
            while j < b.count, isSpace(b[j]) { j += 1 }
            return j < b.count && b[j] != UInt8(ascii: "-") && startsSentence(b, j)
        }
        if c < 0x80 {
            return (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "\"") || c == UInt8(ascii: "[")
                || c == UInt8(ascii: "(")
        }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x9C || b[i + 2] == 0x98 { return true }  // “ ‘
        if superscriptLength(b, i) > 0 { return true }
        // A non-ASCII letter: decode the scalar.
        var it = b[i...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&it) {
            return scalar.properties.isUppercase || scalar.properties.numericType != nil
        }
        return false
    }

    /// Byte ranges inside double quotation marks: curly pairs, or straight pairs.
    static func byteQuotationSpans(_ b: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var openCurly: Int?
        var openStraight: Int?
        var i = 0
        while i < b.count {
            if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x9C {
                if openCurly == nil { openCurly = i }
                i += 3
                continue
            }
            if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x9D {
                if let o = openCurly {
                    spans.append(o..<(i + 3))
                    openCurly = nil
                }
                i += 3
                continue
            }
            if b[i] == UInt8(ascii: "\"") {
                if let o = openStraight {
                    spans.append(o..<(i + 1))
                    openStraight = nil
                } else {
                    openStraight = i
                }
            }
            i += 1
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }
}
