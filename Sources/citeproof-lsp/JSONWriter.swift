import Foundation

/// Writes the JSON values the server builds (`JSONObject`s of strings, integers, booleans, doubles,
/// nulls, arrays and objects; request ids as JSONSerialization read them) as UTF-8, keys sorted.
/// JSONSerialization's writer took a fifth of the time of a check of a 20 KB draft (its bridging to
/// NSDictionary), so the messages are written here.
enum JSONWriter {
    static func bytes(_ value: Any) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        guard write(value, into: &out) else { return nil }
        return out
    }

    private static func write(_ value: Any, into out: inout [UInt8]) -> Bool {
        switch value {
        case let string as String:
            writeString(string, into: &out)
        case let object as [String: Any]:
            out.append(UInt8(ascii: "{"))
            for (i, key) in object.keys.sorted().enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                guard write(object[key]!, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "}"))
        case let array as [Any]:
            out.append(UInt8(ascii: "["))
            for (i, element) in array.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                guard write(element, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "]"))
        case is NSNull:
            out += Array("null".utf8)
        default:
            // Exact types first: a Swift Bool, Int or Double, then a number JSONSerialization read.
            if type(of: value) == Bool.self, let b = value as? Bool {
                out += Array((b ? "true" : "false").utf8)
            } else if type(of: value) == Int.self, let n = value as? Int {
                out += Array(String(n).utf8)
            } else if type(of: value) == Double.self, let d = value as? Double {
                guard d.isFinite else { return false }
                out += Array((d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)).utf8)
            } else if let number = value as? NSNumber {
                let text = number.stringValue
                guard !text.isEmpty, text != "nan", text != "inf", text != "-inf" else { return false }
                out += Array(text.utf8)
            } else {
                return false
            }
        }
        return true
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [92, UInt8(ascii: "\"")]
            case 92: out += [92, 92]
            case 10: out += [92, UInt8(ascii: "n")]
            case 13: out += [92, UInt8(ascii: "r")]
            case 9: out += [92, UInt8(ascii: "t")]
            case 0..<0x20: out += [92, UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
