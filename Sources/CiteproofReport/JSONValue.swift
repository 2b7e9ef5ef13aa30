import Foundation

/// A JSON value for formats made of open property bags (PROV-JSON). Printed with sorted keys.
enum JSONValue: Encodable, Equatable, JSONWritable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .int(let n): try c.encode(n)
        case .bool(let b): try c.encode(b)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    func writeJSON(into json: inout JSONStreamWriter) {
        switch self {
        case .string(let s): json.string(s)
        case .int(let n): json.integer(n)
        case .bool(let b): json.bool(b)
        case .array(let a): json.array(a)
        case .object(let o): o.writeJSON(into: &json)
        }
    }

    /// Pretty, sorted, deterministic text with a final newline.
    var text: String { JSONStreamWriter.text(writing: self) }
}
