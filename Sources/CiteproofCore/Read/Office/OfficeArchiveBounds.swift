/// Walks a ZIP archive's structure the way ZIPFoundation's reader will — end of central directory,
/// each central directory entry, its local header and data descriptor — and checks that every
/// offset it would seek to lies inside the bytes.
///
/// ZIPFoundation's in-memory archives trap ("Range requires lowerBound <= upperBound") when asked
/// to read at an offset past the end of the data, which a corrupt or hostile header can name
/// (found by `Fuzz/fuzz-docx`). ZIP64 archives are refused: no .docx or .odt comes near 4 GB.
enum OfficeArchiveBounds {
    /// Why `bytes` cannot be handed to ZIPFoundation, or nil when every offset is in bounds.
    static func problem(in bytes: [UInt8]) -> String? {
        let n = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

        // The last end-of-central-directory signature, as ZIPFoundation scans for it.
        guard n >= 22, let eocd = stride(from: n - 22, through: 0, by: -1).first(where: { u32($0) == 0x0605_4B50 })
        else { return nil }  // no directory at all: ZIPFoundation refuses it by itself
        if eocd >= 20, u32(eocd - 20) == 0x0706_4B50 { return "ZIP64 archives are not supported" }
        let entries = u16(eocd + 10)
        var directory = u32(eocd + 16)
        if u32(eocd + 16) == 0xFFFF_FFFF || u32(eocd + 12) == 0xFFFF_FFFF { return "ZIP64 archives are not supported" }

        for _ in 0..<entries {
            guard directory + 46 <= n else { return "the central directory runs past the end of the file" }
            guard u32(directory) == 0x0201_4B50 else { return nil }  // ZIPFoundation stops reading here
            let flags = u16(directory + 8), method = u16(directory + 10)
            let compressed = u32(directory + 20), uncompressed = u32(directory + 24)
            let nameLength = u16(directory + 28), extraLength = u16(directory + 30), commentLength = u16(directory + 32)
            let local = u32(directory + 42)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                return "ZIP64 archives are not supported"
            }
            let next = directory + 46 + nameLength + extraLength + commentLength
            guard next <= n else { return "the central directory runs past the end of the file" }
            guard local + 30 <= n else { return "a member's local header lies past the end of the file" }
            guard u32(local) == 0x0403_4B50 else { return nil }  // ZIPFoundation stops reading here
            let dataOffset = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataOffset <= n else { return "a member's data lies past the end of the file" }
            if flags & 0x8 != 0, dataOffset + (method != 0 ? compressed : uncompressed) > n {
                return "a member's data descriptor lies past the end of the file"
            }
            directory = next
        }
        return nil
    }
}
