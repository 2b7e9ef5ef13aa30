import CiteproofCore

/// How a client counts a position's `character`: UTF-16 code units (the protocol's default) or UTF-8
/// bytes (when the client offers `positionEncoding: utf-8`).
enum PositionEncoding: String {
    case utf16 = "utf-16"
    case utf8 = "utf-8"
}

/// A protocol position: 0-based line, and 0-based `character` in the session's encoding.
struct Position: Equatable {
    var line: Int
    var character: Int
}

/// Converts between byte offsets in a draft's UTF-8 text, protocol positions and citeproof's
/// locations (1-based line, 1-based column in Unicode scalars).
struct PositionMapper {
    let bytes: [UInt8]
    let encoding: PositionEncoding
    /// The byte offset where each line starts (lines end at `\n`).
    let lineStarts: [Int]

    init(bytes: [UInt8], encoding: PositionEncoding) {
        self.bytes = bytes
        self.encoding = encoding
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 10 { starts.append(i + 1) }
        lineStarts = starts
    }

    /// The byte where `line` ends (before its `\r\n` or `\n`).
    func lineEnd(_ line: Int) -> Int {
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > lineStarts[line], end - 1 < bytes.count, end > 0, bytes[end - 1] == 13 { end -= 1 }
        return end
    }

    /// The length in bytes of the UTF-8 sequence that starts with `lead`.
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: return 1
        case 0xC0..<0xE0: return 2
        case 0xE0..<0xF0: return 3
        case 0xF0...: return 4
        default: return 1  // a stray continuation byte counts alone
        }
    }

    /// Code units of the scalar starting at `offset` in the session's encoding.
    private func units(at offset: Int) -> (bytes: Int, units: Int) {
        let n = min(Self.sequenceLength(bytes[offset]), bytes.count - offset)
        switch encoding {
        case .utf8: return (n, n)
        case .utf16: return (n, n == 4 ? 2 : 1)
        }
    }

    /// The byte offset of a protocol position; a character past the line's end is its end (as the
    /// protocol asks), a line past the last is the end of the text.
    func offset(of position: Position) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let end = lineEnd(position.line)
        var offset = lineStarts[position.line]
        var counted = 0
        while offset < end, counted < position.character {
            let step = units(at: offset)
            if counted + step.units > position.character { break }  // inside a surrogate pair: stay before it
            counted += step.units
            offset += step.bytes
        }
        return offset
    }

    /// The protocol position of a byte offset.
    func position(of offset: Int) -> Position {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        var i = lineStarts[low]
        var character = 0
        while i < clamped {
            let step = units(at: i)
            character += step.units
            i += step.bytes
        }
        return Position(line: low, character: character)
    }

    /// The byte offset of a citeproof location (its column counts scalars); nil when the line is not in the text.
    func offset(of location: SourceLocation) -> Int? {
        let line = location.line - 1
        guard line >= 0, line < lineStarts.count else { return nil }
        var offset = lineStarts[line]
        let end = lineEnd(line)
        var scalars = 1
        while scalars < (location.column ?? 1), offset < end {
            offset += min(Self.sequenceLength(bytes[offset]), bytes.count - offset)
            scalars += 1
        }
        return offset
    }

    /// The byte offset `count` scalars after `offset`.
    func offset(_ offset: Int, advancedByScalars count: Int) -> Int {
        var i = offset
        var n = 0
        while n < count, i < bytes.count {
            i += min(Self.sequenceLength(bytes[i]), bytes.count - i)
            n += 1
        }
        return i
    }

    /// Whether the text at `offset` reads `text`.
    func reads(_ text: String, at offset: Int) -> Bool {
        let expected = Array(text.utf8)
        guard offset >= 0, offset + expected.count <= bytes.count else { return false }
        return bytes[offset..<offset + expected.count].elementsEqual(expected)
    }

    /// The end of the run of non-blank characters that starts at `offset` (at least one character).
    func wordEnd(from offset: Int) -> Int {
        var i = offset
        while i < bytes.count, bytes[i] != 32, bytes[i] != 9, bytes[i] != 10, bytes[i] != 13 {
            i += min(Self.sequenceLength(bytes[i]), bytes.count - i)
        }
        return i == offset ? min(offset + 1, bytes.count) : i
    }
}
