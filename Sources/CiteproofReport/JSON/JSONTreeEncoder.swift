/// An `Encoder` that builds a light tree of JSON values, for `JSONStreamWriter` to print.
///
/// It replaces Foundation's `JSONEncoder` for the reports: the output is byte-identical to
/// `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (a test compares the
/// two), but a report is printed piece by piece instead of as one tree and one `Data`, and the
/// tree is cheaper to build. The JSON export does not use it (its values write themselves,
/// `JSONWritable`); the reports made of `Encodable` types do (SARIF, CSL-JSON, PROV).
enum JSONTree {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case float(Float)
    case string(String)
    case array(JSONTreeArray)
    case object(JSONTreeObject)

    /// The tree of `value`; what an `Encodable` encodes nothing into is an empty object, as in Foundation.
    static func of<T: Encodable>(_ value: T) throws -> JSONTree {
        try JSONTreeEncoder.tree(value, at: [])
    }

    /// The scalars and strings, without going through a container.
    @inline(__always)
    static func direct<T: Encodable>(_ value: T) -> JSONTree? {
        switch value {
        case let string as String: return .string(string)
        case let int as Int: return .int(Int64(int))
        case let bool as Bool: return .bool(bool)
        default: return nil
        }
    }
}

final class JSONTreeArray {
    var items: [JSONTree] = []
}

final class JSONTreeObject {
    var keys: [String] = []
    var values: [JSONTree] = []

    func set(_ key: String, _ value: JSONTree) {
        // Encoding the same key twice replaces the value, as in Foundation.
        if let index = keys.firstIndex(of: key) {
            values[index] = value
        } else {
            keys.append(key)
            values.append(value)
        }
    }
}

struct JSONEncodingError: Error, CustomStringConvertible {
    var description: String
}

final class JSONTreeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var result: JSONTree?

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: JSONTreeObject
        if case .object(let existing) = result {
            object = existing
        } else {
            object = JSONTreeObject()
            result = .object(object)
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: JSONTreeArray
        if case .array(let existing) = result {
            array = existing
        } else {
            array = JSONTreeArray()
            result = .array(array)
        }
        return UnkeyedContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    static func tree<T: Encodable>(_ value: T, at path: [any CodingKey]) throws -> JSONTree {
        if let direct = JSONTree.direct(value) { return direct }
        let encoder = JSONTreeEncoder(codingPath: path)
        try value.encode(to: encoder)
        return encoder.result ?? .object(JSONTreeObject())
    }

    static func number<T: BinaryInteger>(_ value: T) -> JSONTree {
        value < 0 ? .int(Int64(value)) : .uint(UInt64(value))
    }

    /// A finite number; NaN and infinities are not JSON (an error, as in `JSONEncoder`).
    static func floating(_ value: Double, at path: [any CodingKey]) throws -> JSONTree {
        try finite(value, at: path)
        return .double(value)
    }

    /// A `Float` stays one: `JSONEncoder` writes its own shortest form (`0.1`, not `0.10000000149011612`).
    static func floating(_ value: Float, at path: [any CodingKey]) throws -> JSONTree {
        try finite(value, at: path)
        return .float(value)
    }

    private static func finite<F: FloatingPoint>(_ value: F, at path: [any CodingKey]) throws {
        guard value.isFinite else {
            throw JSONEncodingError(description: "\(value) at \(path.map(\.stringValue).joined(separator: ".")) is not a JSON number")
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let object: JSONTreeObject
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { object.set(key.stringValue, .null) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { object.set(key.stringValue, .bool(value)) }
        mutating func encode(_ value: String, forKey key: Key) throws { object.set(key.stringValue, .string(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { object.set(key.stringValue, .int(Int64(value))) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { object.set(key.stringValue, number(value)) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { object.set(key.stringValue, number(value)) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { object.set(key.stringValue, number(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { object.set(key.stringValue, number(value)) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { object.set(key.stringValue, number(value)) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { object.set(key.stringValue, number(value)) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { object.set(key.stringValue, number(value)) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { object.set(key.stringValue, number(value)) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { object.set(key.stringValue, number(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { object.set(key.stringValue, try floating(value, at: codingPath + [key])) }
        mutating func encode(_ value: Float, forKey key: Key) throws { object.set(key.stringValue, try floating(value, at: codingPath + [key])) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            object.set(key.stringValue, try tree(value, at: codingPath + [key]))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = JSONTreeObject()
            object.set(key.stringValue, .object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = JSONTreeArray()
            object.set(key.stringValue, .array(nested))
            return UnkeyedContainer(array: nested, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder {
            let object = object
            return SuperEncoder(codingPath: codingPath + [SuperKey()]) { object.set("super", $0) }
        }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let object = object
            return SuperEncoder(codingPath: codingPath + [key]) { object.set(key.stringValue, $0) }
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let array: JSONTreeArray
        let codingPath: [any CodingKey]
        var count: Int { array.items.count }

        private var nextKey: any CodingKey { IndexKey(intValue: array.items.count) }

        mutating func encodeNil() throws { array.items.append(.null) }
        mutating func encode(_ value: Bool) throws { array.items.append(.bool(value)) }
        mutating func encode(_ value: String) throws { array.items.append(.string(value)) }
        mutating func encode(_ value: Int) throws { array.items.append(.int(Int64(value))) }
        mutating func encode(_ value: Int8) throws { array.items.append(number(value)) }
        mutating func encode(_ value: Int16) throws { array.items.append(number(value)) }
        mutating func encode(_ value: Int32) throws { array.items.append(number(value)) }
        mutating func encode(_ value: Int64) throws { array.items.append(number(value)) }
        mutating func encode(_ value: UInt) throws { array.items.append(number(value)) }
        mutating func encode(_ value: UInt8) throws { array.items.append(number(value)) }
        mutating func encode(_ value: UInt16) throws { array.items.append(number(value)) }
        mutating func encode(_ value: UInt32) throws { array.items.append(number(value)) }
        mutating func encode(_ value: UInt64) throws { array.items.append(number(value)) }
        mutating func encode(_ value: Double) throws { array.items.append(try floating(value, at: codingPath + [nextKey])) }
        mutating func encode(_ value: Float) throws { array.items.append(try floating(value, at: codingPath + [nextKey])) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            array.items.append(try tree(value, at: codingPath + [nextKey]))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = JSONTreeObject()
            let path = codingPath + [nextKey]
            array.items.append(.object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, codingPath: path))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = JSONTreeArray()
            let path = codingPath + [nextKey]
            array.items.append(.array(nested))
            return UnkeyedContainer(array: nested, codingPath: path)
        }

        mutating func superEncoder() -> any Encoder {
            let array = array
            let index = array.items.count
            array.items.append(.null)
            return SuperEncoder(codingPath: codingPath + [nextKey]) { array.items[index] = $0 }
        }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let encoder: JSONTreeEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws { encoder.result = .null }
        mutating func encode(_ value: Bool) throws { encoder.result = .bool(value) }
        mutating func encode(_ value: String) throws { encoder.result = .string(value) }
        mutating func encode(_ value: Int) throws { encoder.result = .int(Int64(value)) }
        mutating func encode(_ value: Int8) throws { encoder.result = number(value) }
        mutating func encode(_ value: Int16) throws { encoder.result = number(value) }
        mutating func encode(_ value: Int32) throws { encoder.result = number(value) }
        mutating func encode(_ value: Int64) throws { encoder.result = number(value) }
        mutating func encode(_ value: UInt) throws { encoder.result = number(value) }
        mutating func encode(_ value: UInt8) throws { encoder.result = number(value) }
        mutating func encode(_ value: UInt16) throws { encoder.result = number(value) }
        mutating func encode(_ value: UInt32) throws { encoder.result = number(value) }
        mutating func encode(_ value: UInt64) throws { encoder.result = number(value) }
        mutating func encode(_ value: Double) throws { encoder.result = try floating(value, at: codingPath) }
        mutating func encode(_ value: Float) throws { encoder.result = try floating(value, at: codingPath) }
        mutating func encode<T: Encodable>(_ value: T) throws { encoder.result = try tree(value, at: codingPath) }
    }

    /// `superEncoder()`: an encoder whose result is stored into its slot of the parent container.
    final class SuperEncoder: Encoder {
        let inner: JSONTreeEncoder
        let store: (JSONTree) -> Void
        var codingPath: [any CodingKey] { inner.codingPath }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        init(codingPath: [any CodingKey], store: @escaping (JSONTree) -> Void) {
            inner = JSONTreeEncoder(codingPath: codingPath)
            self.store = store
            store(.object(JSONTreeObject()))
        }

        // Objects and arrays are references: storing the container now shows what is encoded into it later.
        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let container = inner.container(keyedBy: type)
            store(inner.result!)
            return container
        }
        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let container = inner.unkeyedContainer()
            store(inner.result!)
            return container
        }
        func singleValueContainer() -> any SingleValueEncodingContainer {
            SuperSingleValue(encoder: self)
        }

        struct SuperSingleValue: SingleValueEncodingContainer {
            let encoder: SuperEncoder
            var codingPath: [any CodingKey] { encoder.codingPath }
            private func set(_ tree: JSONTree) { encoder.store(tree) }
            mutating func encodeNil() throws { set(.null) }
            mutating func encode(_ value: Bool) throws { set(.bool(value)) }
            mutating func encode(_ value: String) throws { set(.string(value)) }
            mutating func encode(_ value: Int) throws { set(.int(Int64(value))) }
            mutating func encode(_ value: Int8) throws { set(number(value)) }
            mutating func encode(_ value: Int16) throws { set(number(value)) }
            mutating func encode(_ value: Int32) throws { set(number(value)) }
            mutating func encode(_ value: Int64) throws { set(number(value)) }
            mutating func encode(_ value: UInt) throws { set(number(value)) }
            mutating func encode(_ value: UInt8) throws { set(number(value)) }
            mutating func encode(_ value: UInt16) throws { set(number(value)) }
            mutating func encode(_ value: UInt32) throws { set(number(value)) }
            mutating func encode(_ value: UInt64) throws { set(number(value)) }
            mutating func encode(_ value: Double) throws { set(try floating(value, at: codingPath)) }
            mutating func encode(_ value: Float) throws { set(try floating(value, at: codingPath)) }
            mutating func encode<T: Encodable>(_ value: T) throws { set(try tree(value, at: codingPath)) }
        }
    }
}

struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}

struct IndexKey: CodingKey {
    var stringValue: String { "Index \(intValue ?? 0)" }
    var intValue: Int?
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
