/// Text with a line index: maps UTF-8 offsets to 1-based line and column.
///
/// Columns count Unicode scalars, so they can be computed from UTF-8 bytes
/// without decoding (every byte that is not a continuation byte starts a scalar).
public struct SourceText: Sendable {
    public let string: String
    /// UTF-8 offset of the first byte of each line.
    public let lineStarts: [Int]
    private let utf8: [UInt8]
    /// The number of scalars before every multiple of `checkpointStride` bytes, so that a column costs
    /// at most a stride of counting however long its line is (a minified HTML page is one line).
    private let scalarCheckpoints: [UInt32]
    private static let checkpointStride = 256

    public init(_ string: String) {
        self.string = string
        var bytes = Array(string.utf8)
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var checkpoints: [UInt32] = []
        checkpoints.reserveCapacity(bytes.count / Self.checkpointStride + 1)
        bytes.withUnsafeBufferPointer { buf in
            var scalars: UInt32 = 0
            for i in 0..<buf.count {
                if i % Self.checkpointStride == 0 { checkpoints.append(scalars) }
                let byte = buf[i]
                if byte & 0xC0 != 0x80 { scalars &+= 1 }
                if byte == 0x0A { starts.append(i + 1) }
            }
            if buf.count % Self.checkpointStride == 0 { checkpoints.append(scalars) }
        }
        bytes.reserveCapacity(0)
        self.utf8 = bytes
        self.lineStarts = starts
        self.scalarCheckpoints = checkpoints
    }

    /// Scalars that start in the first `offset` bytes (`0...utf8.count`).
    private func scalars(before offset: Int) -> Int {
        let k = offset / Self.checkpointStride
        var count = Int(scalarCheckpoints[k])
        var i = k * Self.checkpointStride
        while i < offset {
            if utf8[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    public var lineCount: Int {
        // A trailing newline does not start a line of its own.
        if let last = lineStarts.last, last == utf8.count, lineStarts.count > 1 { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// The 1-based line containing a UTF-8 offset.
    public func line(ofUTF8Offset offset: Int) -> Int {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    public func location(ofUTF8Offset offset: Int) -> SourceLocation {
        let line = line(ofUTF8Offset: offset)
        let start = lineStarts[line - 1]
        let end = max(min(offset, utf8.count), start)
        return SourceLocation(line: line, column: 1 + scalars(before: end) - scalars(before: start))
    }

    /// The UTF-8 offset of a 1-based line and a UTF-8 byte column (as cmark reports them).
    public func utf8Offset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return utf8.count }
        return min(lineStarts[line - 1] + max(byteColumn - 1, 0), utf8.count)
    }

    /// Converts a cmark-style (line, UTF-8 byte column) position to a scalar column.
    public func location(line: Int, byteColumn: Int) -> SourceLocation {
        location(ofUTF8Offset: utf8Offset(line: line, byteColumn: byteColumn))
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
        if end > start, end - 1 < utf8.count, utf8[end - 1] == 0x0D { end -= 1 }
        guard end >= start else { return "" }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// The raw bytes of the text.
    public var bytes: [UInt8] { utf8 }
}
