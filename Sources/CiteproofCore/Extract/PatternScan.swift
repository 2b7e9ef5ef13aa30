/// Byte scanners that decide, for the texts they can, what the extract stage's anchored patterns
/// (`ReferenceUnits`' reference heads, `SourcePatterns.signal` and `.ibid`) decide, without running
/// Swift `Regex` on every sentence of every note (it was most of the time of grouping sentences).
///
/// A scanner answers only where bytes and the pattern's characters agree: printable ASCII (a tab
/// allowed), where every byte is one `Character` and `\p{Lu}`, `\p{L}`, `\s` and `\b` reduce to
/// byte classes. Elsewhere it answers `nil` and the caller runs the pattern. Cheap exact refusals
/// come first (a head that must open with a quote, a text without the bracket a pattern needs),
/// whatever the text's script. `PatternScanTests` checks every scanner against its pattern.
enum PatternScan {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Runs `body` over the UTF-8 bytes of `text`.
    @inline(__always)
    static func withBytes<R>(_ text: Substring, _ body: (Bytes) -> R) -> R {
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Printable ASCII and tabs only: one byte, one `Character`; no line ends for `$` to stop before.
    static func isPlainASCII(_ b: Bytes) -> Bool {
        for c in b where !((c >= 0x20 && c < 0x7F) || c == 0x09) { return false }
        return true
    }

    @inline(__always) static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    @inline(__always) static func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    /// `\s` among printable ASCII and tabs.
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
    /// ASCII white space as `\s` reads it, line ends included.
    @inline(__always) static func isASCIISpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    // MARK: - ReferenceUnits' heads

    /// `^["“][^"”]{1,400}["”](?:\s*\([^()]{1,20}\))*\s*\.`
    static func quotedTitleHead(_ b: Bytes) -> Bool? {
        guard let first = b.first, first == UInt8(ascii: "\"") || first == 0xE2 else { return false }
        guard isPlainASCII(b) else { return nil }
        var close = 1
        while close < b.count, b[close] != UInt8(ascii: "\"") { close += 1 }
        guard close < b.count, close - 1 >= 1, close - 1 <= 400 else { return false }
        var i = close + 1
        while true {
            while i < b.count, isSpace(b[i]) { i += 1 }
            guard i < b.count else { return false }
            if b[i] == UInt8(ascii: ".") { return true }
            guard b[i] == UInt8(ascii: "(") else { return false }
            var j = i + 1
            while j < b.count, b[j] != UInt8(ascii: "("), b[j] != UInt8(ascii: ")") { j += 1 }
            guard j < b.count, b[j] == UInt8(ascii: ")"), (1...20).contains(j - i - 1) else { return false }
            i = j + 1
        }
    }

    /// `^\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}.'’ -]{0,30}(?:; \p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}.'’ -]{0,30})*\.$`
    static func authorHead(_ b: Bytes) -> Bool? {
        guard let first = b.first else { return false }
        if first < 0x80, !isUpper(first) { return false }
        guard isPlainASCII(b) else { return nil }
        var i = 0
        while true {
            // A family name: an upper-case letter, then letters, apostrophes, hyphens; then ", ".
            guard i < b.count, isUpper(b[i]) else { return false }
            i += 1
            let nameStart = i
            while i < b.count, isLetter(b[i]) || b[i] == UInt8(ascii: "'") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard i > nameStart, i + 1 < b.count, b[i] == UInt8(ascii: ","), b[i + 1] == 0x20 else { return false }
            i += 2
            // Given names or initials: an upper-case letter, then up to 30 of letters, `.`, `'`, ` `, `-`.
            guard i < b.count, isUpper(b[i]) else { return false }
            i += 1
            let runStart = i
            while i < b.count,
                isLetter(b[i]) || b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: "'") || b[i] == 0x20 || b[i] == UInt8(ascii: "-")
            {
                i += 1
            }
            let run = i - runStart
            if i == b.count { return run >= 1 && run - 1 <= 30 && b[i - 1] == UInt8(ascii: ".") }
            // Another author follows "; ", the whole run taken.
            guard run <= 30, b[i] == UInt8(ascii: ";"), i + 1 < b.count, b[i + 1] == 0x20 else { return false }
            i += 2
        }
    }

    /// `^["“][^"”]*[.!?]["”]\s*$`
    static func mlaTitle(_ b: Bytes) -> Bool? {
        guard let first = b.first, first == UInt8(ascii: "\"") || first == 0xE2 else { return false }
        guard isPlainASCII(b) else { return nil }
        var close = 1
        while close < b.count, b[close] != UInt8(ascii: "\"") { close += 1 }
        guard close < b.count, close >= 2 else { return false }
        let mark = b[close - 1]
        guard mark == UInt8(ascii: ".") || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?") else { return false }
        return b[(close + 1)...].allSatisfy(isSpace)
    }

    /// `^[-•*]\s+\S`
    static func listItem(_ b: Bytes) -> Bool? {
        guard let first = b.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == 0xE2 else { return false }
        guard first != 0xE2, b.count >= 2 else { return first == 0xE2 ? nil : false }
        // The space and what follows it decide; a non-ASCII byte there is the pattern's to read.
        var i = 1
        while i < b.count, isASCIISpace(b[i]) { i += 1 }
        if i < b.count, b[i] >= 0x80 { return nil }
        return i > 1 && i < b.count
    }

    /// `^[\p{Lu}][^()]{0,120}\((?:[^()]{0,40}\b\d{4}[a-z]?\b[^()]{0,10})\)\s*\.?\s*$`
    static func authorDateHead(_ b: Bytes) -> Bool? {
        guard let first = b.first else { return false }
        if first < 0x80, !isUpper(first) { return false }
        guard b.contains(UInt8(ascii: "(")) else { return false }
        guard isPlainASCII(b) else { return nil }
        // The names run to the first bracket, which must open.
        var open = 1
        while open < b.count, b[open] != UInt8(ascii: "("), b[open] != UInt8(ascii: ")") { open += 1 }
        guard open < b.count, b[open] == UInt8(ascii: "("), open - 1 <= 120 else { return false }
        var close = open + 1
        while close < b.count, b[close] != UInt8(ascii: "("), b[close] != UInt8(ascii: ")") { close += 1 }
        guard close < b.count, b[close] == UInt8(ascii: ")") else { return false }
        // After the bracket: spaces, at most one period, spaces, the end.
        var k = close + 1
        while k < b.count, isSpace(b[k]) { k += 1 }
        if k < b.count, b[k] == UInt8(ascii: ".") { k += 1 }
        while k < b.count, isSpace(b[k]) { k += 1 }
        guard k == b.count else { return false }
        // Inside: a four-digit year between word boundaries (a letter may follow it), with at most
        // 40 characters before and 10 after.
        var y = open + 1
        while y + 4 <= close, y - open - 1 <= 40 {
            if isDigit(b[y]), isDigit(b[y + 1]), isDigit(b[y + 2]), isDigit(b[y + 3]), wordBoundary(b, y) {
                let end = y + 4
                if end < close, isLower(b[end]), wordBoundary(b, end + 1), close - end - 1 <= 10 { return true }
                if wordBoundary(b, end), close - end <= 10 { return true }
            }
            y += 1
        }
        return false
    }

    /// Whether Swift Regex's `\b` (Unicode default word boundaries, UAX #29) holds at `k`, between
    /// two bytes of printable ASCII: letters, digits and `_` join into words; `.` or `'` join two
    /// letters or two digits, `:` two letters, `,` or `;` two digits; two spaces do not part.
    static func wordBoundary(_ b: Bytes, _ k: Int) -> Bool {
        guard k > 0, k < b.count else { return true }
        let l = b[k - 1]
        let r = b[k]
        func word(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) || c == UInt8(ascii: "_") }
        if word(l) && word(r) { return false }
        if l == 0x20 && r == 0x20 { return false }
        // A letter or digit, a joining mark, and the same kind again (checked from either side).
        func joins(_ before: UInt8, _ mark: UInt8, _ after: UInt8) -> Bool {
            if isLetter(before) && isLetter(after) {
                return mark == UInt8(ascii: ".") || mark == UInt8(ascii: "'") || mark == UInt8(ascii: ":")
            }
            if isDigit(before) && isDigit(after) {
                return mark == UInt8(ascii: ".") || mark == UInt8(ascii: "'") || mark == UInt8(ascii: ",")
                    || mark == UInt8(ascii: ";")
            }
            return false
        }
        if k + 1 < b.count, joins(l, r, b[k + 1]) { return false }
        if k >= 2, joins(b[k - 2], l, r) { return false }
        return true
    }

    // MARK: - SourcePatterns

    /// The signals of `SourcePatterns.signal`, each `,?` written out (with the comma first), in the
    /// pattern's order.
    static let signals: [[UInt8]] = [
        "See also,", "See also", "See, e.g.,", "See, e.g.", "See e.g.,", "See e.g.", "See generally", "See", "Cf.", "Compare",
        "But see", "But cf.", "Accord", "Contra", "E.g.,", "E.g.", "Also", "Quoted in", "Cited in", "As quoted in", "Source:",
        "Sources:", "Via", "Courtesy of",
    ].map { Array($0.utf8) }

    /// `^(?:See also,?|…|Courtesy of)\s+`: the UTF-8 length of the match, 0 when none.
    static func signal(_ b: Bytes) -> Int?? {
        guard let first = b.first,
            first == UInt8(ascii: "S") || first == UInt8(ascii: "C") || first == UInt8(ascii: "B") || first == UInt8(ascii: "A")
                || first == UInt8(ascii: "E") || first == UInt8(ascii: "Q") || first == UInt8(ascii: "V")
        else { return .some(nil) }
        for s in signals where b.count > s.count && b.starts(with: s) {
            let next = b[s.count]
            if next >= 0x80 { return nil }
            guard isASCIISpace(next) else { continue }
            var end = s.count
            while end < b.count, isASCIISpace(b[end]) { end += 1 }
            if end < b.count, b[end] >= 0x80 { return nil }  // more white space, or a mark on the last
            return .some(end)
        }
        return .some(nil)
    }

    /// `^(?i:ibid|id)\.?(?=[\s,.;:]|$)[,.]?`: the UTF-8 length of the match, nil inside when none.
    static func ibid(_ b: Bytes) -> Int?? {
        guard let first = b.first else { return .some(nil) }
        if first < 0x80, first | 0x20 != UInt8(ascii: "i") { return .some(nil) }
        for c in b.prefix(6) where c >= 0x80 { return nil }
        func lower(_ k: Int) -> UInt8 { b[k] | 0x20 }
        var words: [Int] = []
        if b.count >= 4, lower(0) == UInt8(ascii: "i"), lower(1) == UInt8(ascii: "b"), lower(2) == UInt8(ascii: "i"),
            lower(3) == UInt8(ascii: "d")
        {
            words.append(4)
        }
        if b.count >= 2, lower(0) == UInt8(ascii: "i"), lower(1) == UInt8(ascii: "d") { words.append(2) }
        for word in words {
            // `\.?` greedy: with the period first, then without.
            var tries = [word]
            if word < b.count, b[word] == UInt8(ascii: ".") { tries.insert(word + 1, at: 0) }
            for k in tries {
                if k < b.count {
                    let c = b[k]
                    if c >= 0x80 { return nil }
                    guard isASCIISpace(c) || c == UInt8(ascii: ",") || c == UInt8(ascii: ".") || c == UInt8(ascii: ";")
                        || c == UInt8(ascii: ":")
                    else { continue }
                    if c == 0x0D { return nil }  // `\r\n` is one character
                    return .some(c == UInt8(ascii: ",") || c == UInt8(ascii: ".") ? k + 1 : k)
                }
                return .some(k)
            }
        }
        return .some(nil)
    }
}
