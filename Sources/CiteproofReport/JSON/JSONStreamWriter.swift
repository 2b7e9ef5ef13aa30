/// Prints JSON into a `ReportOutput` as it goes, in the layout of Foundation's `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indentation, `"key" : value`,
/// keys in UTF-8 byte order, empty containers as `[\n\n]`, only `"`, `\` and controls escaped,
/// floating-point numbers in their shortest round-trip form.
///
/// A report is written one token at a time (`beginObject`, `key`, `string`…) straight into the
/// output's bytes: no tree, no `Encodable`. The report's values write themselves (`JSONWritable`),
/// giving their keys in sorted order (checked in debug builds). `compact` prints the same keys and
/// values on one line with no spaces (`{"a":[1,2]}`; JSON Lines).
struct JSONStreamWriter {
    let output: ReportOutput
    let compact: Bool
    /// How many containers are open (including those the output was already inside at `init`).
    private(set) var depth: Int
    /// Nothing has been written yet into the innermost open container.
    private var atFirstEntry = false
    #if DEBUG
        /// The last key of each open container, to check that keys come in sorted order.
        private var lastKeys: [[UInt8]?]
    #endif

    /// `depth`: how many containers the output is already inside (for a piece printed apart and
    /// spliced in: an element of the report's `documents` is at depth 2).
    init(output: ReportOutput, depth: Int = 0, compact: Bool = false) {
        self.output = output
        self.compact = compact
        self.depth = depth
        #if DEBUG
            lastKeys = Array(repeating: nil, count: depth)
        #endif
    }

    // MARK: - Containers

    mutating func beginObject() {
        output.append(UInt8(ascii: "{"))
        open()
    }

    mutating func beginArray() {
        output.append(UInt8(ascii: "["))
        open()
    }

    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    @inline(__always)
    private mutating func open() {
        depth += 1
        atFirstEntry = true
        #if DEBUG
            lastKeys.append(nil)
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        #if DEBUG
            lastKeys.removeLast()
        #endif
        if !compact {
            output.append(UInt8(ascii: "\n"))
            if atFirstEntry { output.append(UInt8(ascii: "\n")) }
            indent(depth)
        }
        output.append(bracket)
        // The container closed is an entry of its parent: the parent is not empty.
        atFirstEntry = false
        // A file output is drained as containers close, so one large document streams out in pieces
        // rather than sitting in the buffer whole (a memory output keeps everything).
        output.flushIfFull()
    }

    /// Starts the next entry of the innermost container (an array element; `key` calls it for objects).
    mutating func nextElement() {
        if compact {
            if !atFirstEntry { output.append(UInt8(ascii: ",")) }
        } else {
            if atFirstEntry {
                output.append(UInt8(ascii: "\n"))
            } else {
                output.append(UInt8(ascii: ","))
                output.append(UInt8(ascii: "\n"))
            }
            indent(depth)
        }
        atFirstEntry = false
    }

    /// The next key of the innermost object, a name that needs no escaping (the report's own keys);
    /// keys must come in sorted order.
    mutating func key(_ name: StaticString) {
        name.withUTF8Buffer { bytes in
            #if DEBUG
                precondition(bytes.allSatisfy { $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
                checkOrder(Array(bytes))
            #endif
            nextElement()
            output.append(UInt8(ascii: "\""))
            output.append(contentsOf: bytes)
            output.append(UInt8(ascii: "\""))
        }
        separator()
    }

    /// The next key of the innermost object, any text (escaped as a string); keys in sorted order.
    mutating func key(text name: String) {
        #if DEBUG
            checkOrder(Array(name.utf8))
        #endif
        nextElement()
        string(name)
        separator()
    }

    @inline(__always)
    private func separator() {
        if compact {
            output.append(UInt8(ascii: ":"))
        } else {
            output.append(UInt8(ascii: " "))
            output.append(UInt8(ascii: ":"))
            output.append(UInt8(ascii: " "))
        }
    }

    #if DEBUG
        private mutating func checkOrder(_ key: [UInt8]) {
            if let last = lastKeys[lastKeys.count - 1] {
                precondition(last.lexicographicallyPrecedes(key), "JSON keys out of order: \(String(decoding: key, as: UTF8.self))")
            }
            lastKeys[lastKeys.count - 1] = key
        }
    #endif

    // MARK: - Scalars

    mutating func null() { output.append(contentsOf: Self.nullBytes) }

    mutating func bool(_ value: Bool) { output.append(contentsOf: value ? Self.trueBytes : Self.falseBytes) }

    /// An integer in decimal, as `JSONEncoder` writes it.
    mutating func integer<T: BinaryInteger>(_ value: T) {
        if value >= 0, value < 10 {
            output.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
        } else {
            output.append(contentsOf: String(value).utf8)
        }
    }

    /// A floating-point number as Foundation's `JSONEncoder` writes it: Swift's shortest round-trip
    /// form (`0.1`, `1e-05`, `1.2345678901234568e+20`) without a trailing `.0` (`3`, `-0`).
    /// NaN and infinities are not JSON: an error, as in `JSONEncoder`.
    mutating func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) throws {
        guard value.isFinite else { throw JSONEncodingError(description: "\(value) is not a JSON number") }
        let text = value.description
        let bytes = text.utf8
        if bytes.count > 2, text.hasSuffix(".0") {
            output.append(contentsOf: bytes.dropLast(2))
        } else {
            output.append(contentsOf: bytes)
        }
    }

    private static let nullBytes: [UInt8] = Array("null".utf8)
    private static let trueBytes: [UInt8] = Array("true".utf8)
    private static let falseBytes: [UInt8] = Array("false".utf8)
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private func indent(_ depth: Int) {
        var remaining = depth * 2
        while remaining > 0 {
            let n = min(remaining, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<n])) }
            remaining -= n
        }
    }

    /// A JSON string: `"` and `\` escaped, `\b \t \n \f \r` by name, other controls as `\u00XX`; `/`,
    /// DEL, U+2028 and everything else non-ASCII as they are (UTF-8), as `JSONEncoder` does with
    /// `.withoutEscapingSlashes`.
    mutating func string(_ text: String) {
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
                    output.append(UInt8(ascii: "u"))
                    output.append(UInt8(ascii: "0"))
                    output.append(UInt8(ascii: "0"))
                    output.append(Self.hex[Int(byte >> 4)])
                    output.append(Self.hex[Int(byte & 0xF)])
                }
            }
            if start < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
        output.append(UInt8(ascii: "\""))
    }

    // MARK: - Values that write themselves

    /// A whole value, after `key` or `nextElement`.
    @inline(__always)
    mutating func value<T: JSONWritable>(_ value: T) {
        value.writeJSON(into: &self)
    }

    /// `key` then `value`.
    @inline(__always)
    mutating func field<T: JSONWritable>(_ name: StaticString, _ value: T) {
        key(name)
        value.writeJSON(into: &self)
    }

    /// `key` then `value` when there is one; nothing at all when not (as `encodeIfPresent`).
    @inline(__always)
    mutating func field<T: JSONWritable>(_ name: StaticString, ifPresent value: T?) {
        guard let value else { return }
        key(name)
        value.writeJSON(into: &self)
    }

    /// An array of `items`, each written as it comes (nothing holds the whole array).
    mutating func array<S: Sequence>(_ items: S) where S.Element: JSONWritable {
        beginArray()
        for item in items {
            nextElement()
            item.writeJSON(into: &self)
        }
        endArray()
    }

    /// `key` then the array of `items`.
    mutating func field<S: Sequence>(_ name: StaticString, array items: S) where S.Element: JSONWritable {
        key(name)
        array(items)
    }

    // MARK: - Encodable values (the reports built from `Encodable` types: SARIF, CSL-JSON, PROV)

    /// A tree made by `JSONTreeEncoder`, objects with sorted keys.
    mutating func tree(_ tree: JSONTree) throws {
        switch tree {
        case .null: null()
        case .bool(let b): bool(b)
        case .int(let n): integer(n)
        case .uint(let n): integer(n)
        case .double(let d): try number(d)
        case .float(let f): try number(f)
        case .string(let s): string(s)
        case .array(let array):
            beginArray()
            for item in array.items {
                nextElement()
                try self.tree(item)
            }
            endArray()
        case .object(let object):
            beginObject()
            let order = object.keys.indices.sorted { object.keys[$0].utf8.lexicographicallyPrecedes(object.keys[$1].utf8) }
            for i in order {
                key(text: object.keys[i])
                try self.tree(object.values[i])
            }
            endObject()
        }
    }

    /// The whole of an `Encodable` value as text with a final newline (what `JSONEncoder` gives,
    /// plus the newline).
    static func text<T: Encodable>(_ value: T) throws -> String {
        let output = ReportOutput.memory()
        var writer = JSONStreamWriter(output: output)
        try writer.tree(JSONTree.of(value))
        output.append(UInt8(ascii: "\n"))
        return output.text
    }

    /// The whole of a value that writes itself, as text with a final newline.
    static func text<T: JSONWritable>(writing value: T, compact: Bool = false) -> String {
        let output = ReportOutput.memory()
        var writer = JSONStreamWriter(output: output, compact: compact)
        value.writeJSON(into: &writer)
        output.append(UInt8(ascii: "\n"))
        return output.text
    }
}

/// A value of the JSON reports that prints itself into a `JSONStreamWriter`, keys in sorted order.
protocol JSONWritable {
    func writeJSON(into json: inout JSONStreamWriter)
}

extension String: JSONWritable {
    func writeJSON(into json: inout JSONStreamWriter) { json.string(self) }
}

extension Int: JSONWritable {
    func writeJSON(into json: inout JSONStreamWriter) { json.integer(self) }
}

extension Bool: JSONWritable {
    func writeJSON(into json: inout JSONStreamWriter) { json.bool(self) }
}

extension Array: JSONWritable where Element: JSONWritable {
    func writeJSON(into json: inout JSONStreamWriter) { json.array(self) }
}

/// An object of string keys, printed with sorted keys (as `JSONEncoder` with `.sortedKeys`).
extension Dictionary: JSONWritable where Key == String, Value: JSONWritable {
    func writeJSON(into json: inout JSONStreamWriter) {
        json.beginObject()
        for key in keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            json.key(text: key)
            self[key]!.writeJSON(into: &json)
        }
        json.endObject()
    }
}
