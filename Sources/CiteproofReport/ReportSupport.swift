import CiteproofCore

/// Small pieces several reporters share: rule lookup, paths, escaping.
enum ReportSupport {
    /// Every registered rule's description, in registry order.
    static var registeredRules: [RuleDescription] { RuleRegistry.all.map { $0.description } }

    /// `&`, `<`, `>`, `"` and `'` as entities: safe in XML/HTML text and attribute values.
    static func escapeMarkup(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // XML 1.0 forbids most control characters even as references; drop them.
                if scalar.value < 0x20, scalar != "\n", scalar != "\t", scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An evidence line's text, prefixed with its note's label unless the text
    /// already starts with it (quoted citations carry their own "[5] ").
    static func evidenceText(_ evidence: Evidence) -> String {
        guard let label = evidence.footnote, !evidence.text.hasPrefix("[\(label)]") else { return evidence.text }
        return "[\(label)] \(evidence.text)"
    }

    /// "line 9, column 44" or "paragraph 3" — how a location reads to a person.
    static func describe(_ location: SourceLocation?, unit: LocationUnit) -> String {
        guard let location else { return "" }
        let word = unit == .paragraph ? "paragraph" : "line"
        return location.column.map { "\(word) \(location.line), column \($0)" } ?? "\(word) \(location.line)"
    }

    /// Active (not suppressed) findings first by severity, most severe first; stable otherwise.
    static func bySeverity(_ items: [(CheckedDocument, Finding)]) -> [(CheckedDocument, Finding)] {
        items.enumerated().sorted { a, b in
            a.element.1.severity != b.element.1.severity ? a.element.1.severity > b.element.1.severity : a.offset < b.offset
        }.map(\.element)
    }
}
