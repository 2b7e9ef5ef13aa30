/// Prints JSON into a `ReportOutput` as it goes, in the layout of Foundation's `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indentation, `"key" : value`,
/// keys in UTF-8 byte order, empty containers as `[\n\n]`, only `"`, `\` and controls escaped.
///
/// A report is written one piece at a time (`beginObject`, `key`, `element`…), so the whole export
/// never exists as one tree or one string; the caller gives the keys of a streamed object in
/// sorted order. Values inside a piece are encoded with `JSONTreeEncoder` and printed with sorted keys.
/// `compact` prints the same keys and values on one line with no spaces (`{"a":[1,2]}`; JSON Lines).
struct JSONStreamWriter {
    let output: ReportOutput
    let compact: Bool
    /// For each open container: whether nothing has been written into it yet.
    private var empty: [Bool] = []
    private var lastKey: [String?] = []

    /// `depth`: how many containers the output is already inside (for a piece printed apart and
    /// spliced in: an element of the report's `documents` is at depth 2).
    init(output: ReportOutput, depth: Int = 0, compact: Bool = false) {
        self.output = output
        self.compact = compact
        empty = Array(repeating: false, count: depth)
        lastKey = Array(repeating: nil, count: depth)
    }

    var depth: Int { empty.count }

    mutating func beginObject() {
        output.append(UInt8(ascii: "{"))
        empty.append(true)
        lastKey.append(nil)
    }

    mutating func beginArray() {
        output.append(UInt8(ascii: "["))
        empty.append(true)
        lastKey.append(nil)
    }

    mutating func endObject() { end(UInt8(ascii: "}")) }
    mutating func endArray() { end(UInt8(ascii: "]")) }

    private mutating func end(_ close: UInt8) {
        let wasEmpty = empty.removeLast()
        lastKey.removeLast()
        if compact {
            output.append(close)
            return
        }
        output.append(UInt8(ascii: "\n"))
        if wasEmpty { output.append(UInt8(ascii: "\n")) }
        Self.indent(empty.count, into: output)
        output.append(close)
        output.flushIfFull()
    }

    /// Starts the next entry of the innermost container (for an element written piece by piece).
    mutating func nextElement() {
        if compact {
            if !empty[empty.count - 1] { output.append(UInt8(ascii: ",")) }
            empty[empty.count - 1] = false
            return
        }
        if empty[empty.count - 1] {
            empty[empty.count - 1] = false
            output.append(UInt8(ascii: "\n"))
        } else {
            output.append(contentsOf: ",\n".utf8)
        }
        Self.indent(empty.count, into: output)
    }

    /// The next key of the innermost object; keys must come in sorted order.
    mutating func key(_ key: String) {
        assert(lastKey[lastKey.count - 1].map { $0.utf8.lexicographicallyPrecedes(key.utf8) } ?? true, "keys out of order: \(key)")
        lastKey[lastKey.count - 1] = key
        nextElement()
        Self.string(key, into: output)
        output.append(contentsOf: (compact ? ":" : " : ").utf8)
    }

    /// A whole value, after `key` or as an array element (`element`).
    mutating func value<T: Encodable>(_ value: T) throws {
        let tree = try JSONTree.of(value)
        if compact { Self.printCompact(tree, into: output) } else { Self.print(tree, depth: empty.count, into: output) }
        output.flushIfFull()
    }

    /// `key` then `value`.
    mutating func field<T: Encodable>(_ name: String, _ value: T) throws {
        key(name)
        try self.value(value)
    }

    /// The next element of the innermost array.
    mutating func element<T: Encodable>(_ value: T) throws {
        nextElement()
        try self.value(value)
    }

    /// An array of `items`, each encoded and printed on its own (nothing holds the whole array's JSON).
    mutating func array<S: Sequence>(_ items: S) throws where S.Element: Encodable {
        beginArray()
        for item in items { try element(item) }
        endArray()
    }

    /// The whole of `value` as text with a final newline (what `JSONEncoder` gives, plus the newline).
    static func text<T: Encodable>(_ value: T) throws -> String {
        let output = ReportOutput.memory()
        print(try JSONTree.of(value), depth: 0, into: output)
        output.append(UInt8(ascii: "\n"))
        return output.text
    }

    // MARK: - Printing

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    static func indent(_ depth: Int, into output: ReportOutput) {
        var remaining = depth * 2
        while remaining > 0 {
            let n = min(remaining, spaces.count)
            output.append(contentsOf: spaces[0..<n])
            remaining -= n
        }
    }

    static func print(_ tree: JSONTree, depth: Int, into output: ReportOutput) {
        switch tree {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let b): output.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let n): output.append(contentsOf: String(n).utf8)
        case .uint(let n): output.append(contentsOf: String(n).utf8)
        case .string(let s): string(s, into: output)
        case .array(let array):
            output.append(UInt8(ascii: "["))
            if array.items.isEmpty {
                output.append(contentsOf: "\n\n".utf8)
            } else {
                for (i, item) in array.items.enumerated() {
                    output.append(contentsOf: (i == 0 ? "\n" : ",\n").utf8)
                    indent(depth + 1, into: output)
                    print(item, depth: depth + 1, into: output)
                }
                output.append(UInt8(ascii: "\n"))
            }
            indent(depth, into: output)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            if object.keys.isEmpty {
                output.append(contentsOf: "\n\n".utf8)
            } else {
                let order = object.keys.indices.sorted { object.keys[$0].utf8.lexicographicallyPrecedes(object.keys[$1].utf8) }
                for (n, i) in order.enumerated() {
                    output.append(contentsOf: (n == 0 ? "\n" : ",\n").utf8)
                    indent(depth + 1, into: output)
                    string(object.keys[i], into: output)
                    output.append(contentsOf: " : ".utf8)
                    print(object.values[i], depth: depth + 1, into: output)
                }
                output.append(UInt8(ascii: "\n"))
            }
            indent(depth, into: output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// `tree` on one line: `,` and `:` with no spaces, keys sorted, empty containers as `[]` and `{}`.
    static func printCompact(_ tree: JSONTree, into output: ReportOutput) {
        switch tree {
        case .array(let array):
            output.append(UInt8(ascii: "["))
            for (i, item) in array.items.enumerated() {
                if i > 0 { output.append(UInt8(ascii: ",")) }
                printCompact(item, into: output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            let order = object.keys.indices.sorted { object.keys[$0].utf8.lexicographicallyPrecedes(object.keys[$1].utf8) }
            for (n, i) in order.enumerated() {
                if n > 0 { output.append(UInt8(ascii: ",")) }
                string(object.keys[i], into: output)
                output.append(UInt8(ascii: ":"))
                printCompact(object.values[i], into: output)
            }
            output.append(UInt8(ascii: "}"))
        default:
            print(tree, depth: 0, into: output)
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string: `"` and `\` escaped, `\b \t \n \f \r` by name, other controls as `\u00XX`.
    static func string(_ text: String, into output: ReportOutput) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for i in 0..<bytes.count {
                let byte = bytes[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if start < i { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
                start = i + 1
                output.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
                case 0x08: output.append(UInt8(ascii: "b"))
                case 0x09: output.append(UInt8(ascii: "t"))
                case 0x0A: output.append(UInt8(ascii: "n"))
                case 0x0C: output.append(UInt8(ascii: "f"))
                case 0x0D: output.append(UInt8(ascii: "r"))
                default:
                    output.append(contentsOf: "u00".utf8)
                    output.append(hex[Int(byte >> 4)])
                    output.append(hex[Int(byte & 0xF)])
                }
            }
            if start < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
        output.append(UInt8(ascii: "\""))
    }
}
