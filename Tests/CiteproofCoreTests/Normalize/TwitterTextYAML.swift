import Testing
@testable import CiteproofCore

/// Reads the subset of YAML the twitter-text conformance files use: sections of
/// `- description/text/expected` entries, with scalars, flow lists and one level of nested maps.
struct TwitterTextCase: Sendable, CustomTestStringConvertible {
    enum Value: Sendable, Equatable {
        case null, bool(Bool), string(String), list([Value]), int(Int), maps([[String: Value]])
    }

    var section: String
    var description: String
    var text: String
    var expected: Value
    var testDescription: String { "\(section): \(description)" }

    static func parse(_ yaml: String) -> [TwitterTextCase] {
        var cases: [TwitterTextCase] = []
        var section = ""
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.drop { $0 == " " }
            let indent = line.count - trimmed.count
            if trimmed.hasPrefix("#") || trimmed.isEmpty { continue }
            if indent == 2, trimmed.hasSuffix(":") {
                section = String(trimmed.dropLast())
            } else if indent == 4, trimmed.hasPrefix("- description:") {
                let value = scalar(String(trimmed.dropFirst("- description:".count)))
                guard case .string(let description) = value else { continue }
                cases.append(TwitterTextCase(section: section, description: description, text: "", expected: .null))
            } else if indent == 6, trimmed.hasPrefix("text:") {
                if case .string(let text) = scalar(String(trimmed.dropFirst(5))) { cases[cases.count - 1].text = text }
            } else if indent == 6, trimmed.hasPrefix("expected:") {
                cases[cases.count - 1].expected = scalar(String(trimmed.dropFirst(9)))
            } else if indent == 8, trimmed.hasPrefix("- ") {
                var maps: [[String: Value]] = []
                if case .maps(let existing) = cases[cases.count - 1].expected { maps = existing }
                maps.append([:])
                cases[cases.count - 1].expected = .maps(maps)
                addPair(String(trimmed.dropFirst(2)), to: &cases[cases.count - 1])
            } else if indent == 10 {
                addPair(String(trimmed), to: &cases[cases.count - 1])
            }
        }
        return cases
    }

    private static func addPair(_ text: String, to testCase: inout TwitterTextCase) {
        guard case .maps(var maps) = testCase.expected, let colon = text.firstIndex(of: ":") else { return }
        maps[maps.count - 1][String(text[..<colon])] = scalar(String(text[text.index(after: colon)...]))
        testCase.expected = .maps(maps)
    }

    static func scalar(_ raw: String) -> Value {
        let text = raw.trimmingWhitespace()
        if text.isEmpty { return .null }
        if text == "true" || text == "false" { return .bool(text == "true") }
        if let number = Int(text) { return .int(number) }
        if text.hasPrefix("[") {
            var items: [Value] = []
            var rest = Substring(text.dropFirst().dropLast())
            while let first = rest.first(where: { $0 != " " && $0 != "," }) {
                rest = rest.drop { $0 == " " || $0 == "," }
                if first == "\"" {
                    let (value, after) = quoted(rest)
                    items.append(.string(value))
                    rest = after
                } else {
                    let token = rest.prefix { $0 != "," }
                    items.append(scalar(String(token)))
                    rest = rest.dropFirst(token.count)
                }
            }
            return .list(items)
        }
        if text.hasPrefix("\"") { return .string(quoted(Substring(text)).0) }
        return .string(text)
    }

    /// A YAML double-quoted string at the start of `text`, and what follows it.
    private static func quoted(_ text: Substring) -> (String, Substring) {
        var result = ""
        var index = text.index(after: text.startIndex)
        while index < text.endIndex, text[index] != "\"" {
            if text[index] == "\\", text.index(after: index) < text.endIndex {
                index = text.index(after: index)
                switch text[index] {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "u":
                    let hex = text[text.index(after: index)...].prefix(4)
                    if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { result.unicodeScalars.append(scalar) }
                    index = text.index(index, offsetBy: 4)
                default: result.append(text[index])
                }
            } else {
                result.append(text[index])
            }
            index = text.index(after: index)
        }
        return (result, index < text.endIndex ? text[text.index(after: index)...] : "")
    }
}
