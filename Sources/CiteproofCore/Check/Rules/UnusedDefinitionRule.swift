/// A note that nothing in the body points at.
public struct UnusedDefinitionRule: Rule {
    public static let description = RuleDescription(
        id: "unused-definition",
        name: "Unused footnote definition",
        summary: "A note is defined but no marker refers to it.",
        rationale: """
            An orphaned note usually means a marker was deleted in an edit, so a claim lost its source. \
            Markdown renderers drop such notes without a word.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("The council met.[^1]\n\n[^1]: Riverton Ledger, March 3, 2024.\n[^2]: Riverton Ledger, March 4, 2024.\n"),
            RuleExample("The council met. [1]\n\n[1] Riverton Ledger, March 3, 2024.\n\n[2] Riverton Ledger, March 4, 2024.\n", format: .text),
        ],
        nonTriggeringExamples: [
            RuleExample("The council met.[^1] Twice.[^2]\n\n[^1]: Riverton Ledger, March 3, 2024.\n[^2]: Riverton Ledger, March 4, 2024.\n"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        let referenced = Set(document.references.map(\.label))
        return document.definitions.filter { !referenced.contains($0.label) }.map { def in
            finding(
                "note [\(def.label)] is defined but never referenced", context: context, footnote: def.label,
                location: def.location, subject: "def:\(def.label):\(def.text.prefix(80))")
        }
    }
}
