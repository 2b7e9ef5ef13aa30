/// Writes a ZIP archive with stored (uncompressed) members, so the .docx/.odt targets can fuzz the
/// XML parts directly instead of spending nearly every input on a failed CRC.
public enum StoredZip {
    public static func archive(_ members: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for member in members {
            let name = Array(member.name.utf8)
            let crc = crc32(member.bytes)
            let offset = UInt32(out.count)
            out += le32(0x0403_4b50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
            out += le32(crc) + le32(UInt32(member.bytes.count)) + le32(UInt32(member.bytes.count))
            out += le16(UInt16(name.count)) + le16(0) + name + member.bytes
            central += le32(0x0201_4b50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21)
            central += le32(crc) + le32(UInt32(member.bytes.count)) + le32(UInt32(member.bytes.count))
            central += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let centralOffset = UInt32(out.count)
        out += central
        out += le32(0x0605_4b50) + le16(0) + le16(0) + le16(UInt16(members.count)) + le16(UInt16(members.count))
        out += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return out
    }

    /// The fuzz input as an archive: raw bytes when they already start with `PK`, otherwise the
    /// NUL-separated pieces become the members named in `parts` (missing pieces are left out).
    public static func fuzzArchive(_ bytes: [UInt8], parts: [String]) -> [UInt8] {
        if bytes.starts(with: [0x50, 0x4B]) { return bytes }
        let pieces = bytes.split(separator: 0, maxSplits: parts.count - 1, omittingEmptySubsequences: false)
        return archive(zip(parts, pieces).map { (name: $0, bytes: Array($1)) })
    }

    private static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
