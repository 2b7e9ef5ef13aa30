import Foundation

/// Why an input cannot be read. Each case prints as one clear line.
public enum InputError: Error, Equatable, CustomStringConvertible, Sendable {
    case notFound(String)
    case notAFile(String)
    case unreadable(String, reason: String)
    case binary(String)
    case tooLarge(String, bytes: Int, limit: Int)
    case malformed(String, reason: String)
    case unsupported(String, reason: String)
    case noDrafts(String)

    public var description: String {
        switch self {
        case .notFound(let p): return "\(p): no such file or directory"
        case .notAFile(let p): return "\(p): not a regular file"
        case .unreadable(let p, let r): return "\(p): cannot be read: \(r)"
        case .binary(let p): return "\(p): looks like a binary file, not a draft (use --format-in to force a format)"
        case .tooLarge(let p, let b, let l): return "\(p): \(b) bytes is over the limit of \(l) bytes"
        case .malformed(let p, let r): return "\(p): \(r)"
        case .unsupported(let p, let r): return "\(p): \(r)"
        case .noDrafts(let p): return "\(p): directory holds no drafts (.txt, .md, .markdown, .html, .htm, .docx, .odt)"
        }
    }
}

/// Decodes input bytes to text: UTF-8 (with or without BOM), UTF-16/32 by BOM;
/// invalid UTF-8 is decoded with replacement characters and reported.
public enum InputDecoder {
    public struct Decoded: Sendable {
        public var text: String
        public var notices: [ReaderNotice]
    }

    public static func decode(_ bytes: [UInt8], path: String) throws -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(Array(bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            let le = bytes[0] == 0xFF
            guard let s = String(data: Data(bytes), encoding: le ? .utf32LittleEndian : .utf32BigEndian) else {
                throw InputError.malformed(path, reason: "invalid UTF-32 text")
            }
            return Decoded(text: dropBOM(s), notices: [ReaderNotice("decoded as UTF-32 (byte-order mark)")])
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let le = bytes[0] == 0xFF
            let body = Array(bytes.dropFirst(2))
            var units = [UInt16]()
            units.reserveCapacity(body.count / 2)
            var i = 0
            while i + 1 < body.count {
                units.append(le ? UInt16(body[i]) | UInt16(body[i + 1]) << 8 : UInt16(body[i]) << 8 | UInt16(body[i + 1]))
                i += 2
            }
            var notices = [ReaderNotice("decoded as UTF-16 (byte-order mark)")]
            let text = String(decoding: units, as: UTF16.self)
            if text.unicodeScalars.contains("\u{FFFD}") || body.count % 2 != 0 {
                notices.append(ReaderNotice("invalid UTF-16 sequences were replaced with U+FFFD"))
            }
            return Decoded(text: text, notices: notices)
        }
        if looksBinary(bytes) { throw InputError.binary(path) }
        return utf8(bytes)
    }

    private static func dropBOM(_ s: String) -> String {
        s.hasPrefix("\u{FEFF}") ? String(s.dropFirst()) : s
    }

    private static func utf8(_ bytes: [UInt8]) -> Decoded {
        if let valid = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: valid, notices: [])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return Decoded(
            text: text,
            notices: [ReaderNotice("input is not valid UTF-8: invalid bytes were replaced with U+FFFD")])
    }

    /// NUL bytes or many control characters in the first 8 KiB mean binary.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if head.isEmpty { return false }
        var control = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
        }
        return control * 10 > head.count
    }
}
