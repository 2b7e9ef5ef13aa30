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
