import CiteproofCore
import Foundation
import Testing

@testable import CiteproofReport

/// `JSONStreamWriter` must print exactly what Foundation's `JSONEncoder` prints with the options the
/// reports used before it (`[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`), so exports stay
/// byte-identical; these tests compare the two on the same values.
@Suite struct JSONStreamWriterTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    struct Shapes: Encodable {
        struct Inner: Encodable { var z: Int; var a: [String]; var m: [String: Bool] }
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var absent: String? = nil
        var present: String? = "here"
        var negative = Int64.min
        var big = UInt64.max
        var small: Int8 = -7
        var nested: [[Inner]] = [[], [Inner(z: 1, a: ["x", ""], m: ["b": true, "a": false])]]
        var explicitNull: String?

        enum CodingKeys: String, CodingKey { case empty, emptyObject, absent, present, negative, big, small, nested, explicitNull }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(empty, forKey: .empty)
            try c.encode(emptyObject, forKey: .emptyObject)
            try c.encodeIfPresent(absent, forKey: .absent)
            try c.encodeIfPresent(present, forKey: .present)
            try c.encode(negative, forKey: .negative)
            try c.encode(big, forKey: .big)
            try c.encode(small, forKey: .small)
            try c.encode(nested, forKey: .nested)
            try c.encode(explicitNull, forKey: .explicitNull)
            var list = c.nestedUnkeyedContainer(forKey: .absent)  // a nested container under a key
            try list.encode(1)
            var inner = list.nestedContainer(keyedBy: CodingKeys.self)
            try inner.encodeNil(forKey: .present)
        }
    }

    @Test func containersOptionalsAndIntegersPrintAsFoundationDoes() throws {
        #expect(try JSONStreamWriter.text(Shapes()) == Self.foundation(Shapes()))
        #expect(try JSONStreamWriter.text([String]()) == Self.foundation([String]()))
        #expect(try JSONStreamWriter.text("top") == Self.foundation("top"))
    }

    @Test func everyControlCharacterQuoteAndBackslashIsEscapedAsFoundationDoes() throws {
        var strings = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        strings += ["\u{7F}", "\u{2028}", "/", "\\", "\"", "é", "😀", "\u{FEFF}", "a\u{0}b\"c\\d", "e\u{301}", "\r\n"]
        #expect(try JSONStreamWriter.text(strings) == Self.foundation(strings))
    }

    @Test func keysSortInFoundationsOrder() throws {
        let keys = ["a10", "a2", "B", "a", "_x", "a-b", "a_b", "A", "ä", "Z9", "z", "10", "9", "", "é", "e\u{301}x", "😀", "\u{FFFD}"]
        let object = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        #expect(try JSONStreamWriter.text(object) == Self.foundation(object))
    }

    /// Random trees of `JSONValue` (strings with controls, quotes and non-ASCII; deep nesting).
    @Test func randomTreesPrintAsFoundationDoes() throws {
        var generator = SeededLCG(seed: 20261126)
        for _ in 0..<300 {
            let value = Self.randomValue(depth: 0, &generator)
            #expect(try JSONStreamWriter.text(value) == Self.foundation(value))
        }
    }

    static func randomString(_ g: inout SeededLCG) -> String {
        let alphabet: [Character] = ["a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1F}", "é", "ß", "😀", "\u{2028}", "-", "_", ":"]
        return String((0..<Int(g.next() % 8)).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] })
    }

    static func randomValue(depth: Int, _ g: inout SeededLCG) -> JSONValue {
        switch g.next() % (depth > 4 ? 3 : 5) {
        case 0: return .string(randomString(&g))
        case 1: return .int(Int(truncatingIfNeeded: g.next()) >> Int(g.next() % 63))
        case 2: return .bool(g.next() % 2 == 0)
        case 3: return .array((0..<Int(g.next() % 4)).map { _ in randomValue(depth: depth + 1, &g) })
        default:
            var object: [String: JSONValue] = [:]
            for _ in 0..<Int(g.next() % 5) { object[randomString(&g)] = randomValue(depth: depth + 1, &g) }
            return .object(object)
        }
    }

    /// The direct writer (`JSONWritable`, no encoder) prints strings as `JSONEncoder` does: random
    /// strings of quotes, backslashes, every control, `/`, DEL, U+2028/U+2029, BOM, combining marks
    /// and astral scalars, as array elements and as object keys, pretty and compact.
    @Test func theDirectWriterEscapesRandomStringsAsFoundationDoes() throws {
        var scalars: [Unicode.Scalar] = (0..<0x20).map { Unicode.Scalar(UInt8($0)) }
        scalars += ["\"", "\\", "/", "\u{7F}", "\u{80}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{301}", "é", "ß", "א", "中", "\u{FFFD}", "\u{FFFF}", "😀", "\u{1F3FB}", "\u{10FFFF}", "𝄞", "a", "Z", "0", " "]
        var generator = SeededLCG(seed: 20261201)
        for _ in 0..<500 {
            var strings: [String] = []
            for _ in 0..<Int(generator.next() % 6) {
                var text = String.UnicodeScalarView()
                for _ in 0..<Int(generator.next() % 12) { text.append(scalars[Int(generator.next() % UInt64(scalars.count))]) }
                strings.append(String(text))
            }
            #expect(JSONStreamWriter.text(writing: strings) == (try Self.foundation(strings)))
            let object = Dictionary(strings.map { ($0, $0) }, uniquingKeysWith: { a, _ in a })
            #expect(JSONStreamWriter.text(writing: object) == (try Self.foundation(object)))
            #expect(JSONStreamWriter.text(writing: object, compact: true) == (try Self.foundationCompact(object)))
        }
    }

    static func foundationCompact<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Random `JSONValue` trees written directly (PROV's path) print as `JSONEncoder` prints them, pretty and compact.
    @Test func randomTreesWrittenDirectlyPrintAsFoundationDoes() throws {
        var generator = SeededLCG(seed: 20261202)
        for _ in 0..<300 {
            let value = Self.randomValue(depth: 0, &generator)
            #expect(JSONStreamWriter.text(writing: value) == (try Self.foundation(value)))
            #expect(JSONStreamWriter.text(writing: value, compact: true) == (try Self.foundationCompact(value)))
        }
    }

    /// Doubles in their shortest round-trip form without `.0`, as `JSONEncoder` writes them (the tree
    /// encoder threw on any floating-point value before); random bit patterns included.
    @Test func doublesAndFloatsPrintAsFoundationDoes() throws {
        var doubles: [Double] = [0, -0.0, 1, -1, 1.5, 0.1, 0.2 + 0.1, 1e-5, 1e-7, 1e15, 1e16, 1e20, 1e21, 123456789.125, 5e-324, .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 2.5e-308, 9007199254740993, 100, 1 / 3]
        var generator = SeededLCG(seed: 20261203)
        while doubles.count < 400 {
            let d = Double(bitPattern: generator.next() << 11 ^ generator.next())
            if d.isFinite { doubles.append(d) }
        }
        #expect(try JSONStreamWriter.text(doubles) == Self.foundation(doubles))
        let floats: [Float] = [0.1, 1.5, 3, -0.0, 1e-10, .greatestFiniteMagnitude, 16777217]
        #expect(try JSONStreamWriter.text(floats) == Self.foundation(floats))
        struct Measured: Encodable { var ratio: Double; var share: Float; var count: Int }
        let measured = Measured(ratio: 0.85, share: 0.25, count: 3)
        #expect(try JSONStreamWriter.text(measured) == Self.foundation(measured))
        // The direct writer's number is the same text.
        for d in doubles.prefix(40) {
            let output = ReportOutput.memory()
            var writer = JSONStreamWriter(output: output)
            try writer.number(d)
            #expect(output.text + "\n" == (try Self.foundation([d])).split(separator: "\n")[1].trimmingCharacters(in: .whitespaces) + "\n")
        }
    }

    /// NaN and infinities are not JSON: a clear error, as Foundation's.
    @Test func nonFiniteNumbersAreAnError() throws {
        #expect(throws: JSONEncodingError.self) { try JSONStreamWriter.text([1, Double.nan]) }
        #expect(throws: JSONEncodingError.self) { try JSONStreamWriter.text([Float.infinity]) }
        var writer = JSONStreamWriter(output: ReportOutput.memory())
        #expect(throws: JSONEncodingError.self) { try writer.number(-Double.infinity) }
    }

    /// The JSON report written into a file descriptor in 1 MiB pieces is the same as rendered in memory.
    @Test func aStreamedReportEqualsTheRenderedOne() throws {
        let report = try ReportFixture.report(drafts: ReportFixture.everyRuleDrafts)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("citeproof-stream-\(UUID().uuidString).json").path
        defer { unlink(path) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(fd >= 0)
        let output = ReportOutput(fileDescriptor: fd, path: path)
        // Many documents, so the output passes the flush size several times.
        let big = Report(toolVersion: report.toolVersion, documents: Array(repeating: report.documents, count: 60).flatMap { $0 }, failures: report.failures)
        try JSONReporter().write(big, to: output)
        close(fd)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.utf8.count > 2 << 20)
        #expect(written == JSONReporter().render(big))
    }

    /// A write error (a full disk) is reported, not swallowed.
    @Test func aWriteErrorIsThrown() throws {
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let output = ReportOutput(fileDescriptor: fd, path: "/dev/full")
        #expect(throws: ReportOutputError.self) { try JSONReporter().write(try ReportFixture.report(), to: output) }
    }
}

/// A seeded linear congruential generator (Knuth's MMIX constants), so the random trees are the same on every run.
struct SeededLCG {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 11
    }
}
