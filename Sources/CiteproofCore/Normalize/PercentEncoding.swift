/// RFC 3986 §6.2.2 percent-encoding normalization of one URL component.
enum PercentEncoding {
    /// Which ASCII bytes must be percent-encoded in a component (bytes ≥ 0x80 always are).
    enum Component {
        case userinfo, path, query, fragment, opaque

        func mustEncode(_ byte: UInt8) -> Bool {
            if byte < 0x21 || byte == 0x7F { return true }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"):
                return true
            case UInt8(ascii: "{"), UInt8(ascii: "}"):
                return self == .path || self == .userinfo
            case UInt8(ascii: "'"):
                return self == .query
            case UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "@"),
                UInt8(ascii: "["), UInt8(ascii: "\\"), UInt8(ascii: "]"), UInt8(ascii: "^"), UInt8(ascii: "|"):
                return self == .userinfo
            default:
                return false
            }
        }
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            return true
        default: return false
        }
    }

    /// Decodes escapes of unreserved characters (`%7E` → `~`), uppercases the hex of the others
    /// (`%5c` → `%5C`), and encodes what may not appear raw (spaces, non-ASCII as UTF-8).
    /// A `%` not followed by two hex digits is left alone.
    static func normalize<S: StringProtocol>(_ text: S, as component: Component) -> String {
        guard changes(text, as: component) else { return String(text) }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "%"), i + 2 < bytes.count, let value = hexPair(bytes[i + 1], bytes[i + 2]) {
                if isUnreserved(value) { out.append(value) } else { appendEscape(value, to: &out) }
                i += 3
            } else if byte >= 0x80 || component.mustEncode(byte) {
                appendEscape(byte, to: &out)
                i += 1
            } else {
                out.append(byte)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `normalize` changes `text`: it has an escape, a non-ASCII byte or a byte to encode.
    static func changes<S: StringProtocol>(_ text: S, as component: Component) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "%") || $0 >= 0x80 || component.mustEncode($0) }
    }

    /// Every escape decoded; nil when the result is not UTF-8.
    static func decode<S: StringProtocol>(_ text: S) -> String? {
        // Without an escape the text is its own decoding (a Swift string is valid UTF-8).
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let value = hexPair(bytes[i + 1], bytes[i + 2]) {
                out.append(value)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func hexPair(_ a: UInt8, _ b: UInt8) -> UInt8? {
        guard let high = hexValue(a), let low = hexValue(b) else { return nil }
        return high << 4 | low
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        let digits = Array("0123456789ABCDEF".utf8)
        out.append(UInt8(ascii: "%"))
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0x0F)])
    }
}
