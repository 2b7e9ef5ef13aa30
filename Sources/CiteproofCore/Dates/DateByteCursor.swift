/// A position in UTF-8 bytes with the small steps a date is made of.
///
/// A value type: copy it to try a path and drop the copy to backtrack.
struct DateByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int

    var atEnd: Bool { position >= bytes.count }
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    /// Skips spaces, tabs, no-break and thin spaces, and at most one line break.
    /// Returns whether anything was skipped.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = position
        var newlines = 0
        while position < bytes.count {
            let b = bytes[position]
            if b == 0x20 || b == 0x09 {
                position += 1
            } else if b == 0x0A {
                newlines += 1
                if newlines > 1 { break }
                position += 1
            } else if b == 0x0D {
                position += 1
            } else if b == 0xC2, byte(at: position + 1) == 0xA0 {  // U+00A0
                position += 2
            } else if b == 0xE2, byte(at: position + 1) == 0x80,
                let c = byte(at: position + 2), c == 0x87 || c == 0x89 || c == 0xAF || c == 0x8A
            {  // U+2007, U+2009, U+202F, U+200A
                position += 3
            } else {
                break
            }
        }
        if newlines > 1 { position = start; return false }
        return position > start
    }

    /// Consumes `b` if it is next.
    mutating func take(_ b: UInt8) -> Bool {
        guard current == b else { return false }
        position += 1
        return true
    }

    /// Reads a whole run of ASCII digits of at most `maxDigits`.
    mutating func number(maxDigits: Int) -> (value: Int, digits: Int)? {
        var value = 0
        var i = position
        while i < bytes.count, bytes[i].isASCIIDigit {
            value = value &* 10 &+ Int(bytes[i] - 0x30)
            i += 1
            if i - position > maxDigits { return nil }
        }
        guard i > position else { return nil }
        defer { position = i }
        return (value, i - position)
    }

    /// Reads a run of ASCII letters and returns its byte range.
    mutating func word() -> Range<Int>? {
        var i = position
        while i < bytes.count, bytes[i].isASCIILetter { i += 1 }
        guard i > position else { return nil }
        defer { position = i }
        return position..<i
    }

    /// Whether the next word (case-insensitively) is `lowercased`; consumes it if so.
    mutating func takeWord(_ lowercased: String) -> Bool {
        var copy = self
        guard let range = copy.word(), range.count == lowercased.utf8.count else { return false }
        for (offset, expected) in lowercased.utf8.enumerated() where bytes[range.lowerBound + offset] | 0x20 != expected {
            return false
        }
        self = copy
        return true
    }

    /// An ordinal suffix after a day number: st, nd, rd, th.
    mutating func takeOrdinalSuffix() {
        var copy = self
        if let range = copy.word(), range.count == 2 {
            let a = bytes[range.lowerBound] | 0x20
            let b = bytes[range.lowerBound + 1] | 0x20
            if (a, b) == (0x73, 0x74) || (a, b) == (0x6E, 0x64) || (a, b) == (0x72, 0x64) || (a, b) == (0x74, 0x68) {
                self = copy
            }
        }
    }

    /// A range separator with optional spaces: `-`, `–`, `—`, `‐`, `‑`, `to`, `through`.
    mutating func takeRangeSeparator() -> Bool {
        var copy = self
        let spacedBefore = copy.skipSpaces()
        if copy.take(0x2D) {
        } else if copy.current == 0xE2, copy.byte(at: copy.position + 1) == 0x80,
            let c = copy.byte(at: copy.position + 2), (0x90...0x94).contains(c)
        {
            copy.position += 3
        } else if spacedBefore, copy.takeWord("to") || copy.takeWord("through") {
            guard copy.skipSpaces() else { return false }
        } else {
            return false
        }
        copy.skipSpaces()
        self = copy
        return true
    }

    /// True when the next byte does not continue a word or number.
    var atWordBoundary: Bool {
        guard let b = current else { return true }
        return !b.isASCIIDigit && !b.isASCIILetter
    }

    /// True when what follows continues a number (`2021.5`, `2,000`), so the digits before were not a year.
    var continuesNumber: Bool {
        guard let b = current, b == 0x2E || b == 0x2C, let next = byte(at: position + 1) else { return false }
        return next.isASCIIDigit
    }
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
    var isASCIIUppercase: Bool { self >= 0x41 && self <= 0x5A }
}
