/// Substring search on UTF-8 bytes, for the hot paths where Foundation's `range(of:)` (a detour
/// through `NSString` and `CFStringFind`) or the standard library's generic `firstRange(of:)`
/// showed up in profiles. Exact byte comparison: the needles are ASCII words and punctuation.
extension StringProtocol {
    /// The first occurrence of `needle`, or nil.
    func byteRange(of needle: String) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return nil }
        let found: Int?? = utf8.withContiguousStorageIfAvailable { bytes in
            firstOffset(of: pattern, in: bytes)
        }
        let offset: Int?
        if let found {
            offset = found
        } else {
            offset = firstOffset(of: pattern, in: Array(utf8))
        }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }

    /// Whether `needle` occurs.
    func containsBytes(_ needle: String) -> Bool { byteRange(of: needle) != nil }
}

extension Array where Element == UInt8 {
    /// Every offset at which `needle` starts, without overlaps, in order.
    func offsets(of needle: String) -> [Int] {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return [] }
        return withUnsafeBufferPointer { bytes in
            var found: [Int] = []
            var from = 0
            while let offset = firstOffset(of: pattern, in: bytes, from: from) {
                found.append(offset)
                from = offset + pattern.count
            }
            return found
        }
    }
}

private func firstOffset<C: RandomAccessCollection>(of pattern: [UInt8], in bytes: C, from start: Int = 0) -> Int?
where C.Element == UInt8, C.Index == Int {
    guard bytes.count >= pattern.count else { return nil }
    let first = pattern[0]
    var i = bytes.startIndex + start
    let last = bytes.endIndex - pattern.count
    outer: while i <= last {
        if bytes[i] == first {
            for k in 1..<pattern.count where bytes[i + k] != pattern[k] {
                i += 1
                continue outer
            }
            return i - bytes.startIndex
        }
        i += 1
    }
    return nil
}

extension StringProtocol {
    /// Whether `needle` (lowercase ASCII letters and punctuation) occurs, ASCII letters compared without
    /// case. A cheap necessary condition before a case-insensitive `Regex` over the same words: no
    /// character outside ASCII lowercases to one of these letters alone, so a text without the bytes
    /// cannot match.
    func containsASCIICaseInsensitive(_ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first else { return true }
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= pattern.count else { return false }
            var i = 0
            let last = bytes.count - pattern.count
            while i <= last {
                if Self.folded(bytes[i]) == first {
                    var k = 1
                    while k < pattern.count, Self.folded(bytes[i + k]) == pattern[k] { k += 1 }
                    if k == pattern.count { return true }
                }
                i += 1
            }
            return false
        }
        if let found = utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(utf8).withUnsafeBufferPointer(scan)
    }

    /// Whether the text holds the byte `byte` (an ASCII character).
    func containsASCII(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(byte) }) { return found }
        return utf8.contains(byte)
    }

    private static func folded(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
