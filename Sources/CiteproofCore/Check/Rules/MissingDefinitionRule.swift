/// A marker in the body points at a note that does not exist.
public struct MissingDefinitionRule: Rule {
    public static let description = RuleDescription(
        id: "missing-definition",
        name: "Missing footnote definition",
        summary: "A footnote marker refers to a note that the draft never defines.",
        rationale: """
            A reader who follows the marker finds nothing: the claim it supports is unsourced. \
            Markdown renderers show such a marker as literal text, Word drops it silently.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("The council met on March 3.[^1] It voted twice.[^2]\n\n[^1]: Riverton Ledger, March 3, 2024.\n"),
            RuleExample("The council met on March 3. [1]\n\nNotes\n\n[2] Riverton Ledger, March 3, 2024.\n", format: .text),
        ],
        nonTriggeringExamples: [
            RuleExample("The council met on March 3.[^1]\n\n[^1]: Riverton Ledger, March 3, 2024.\n"),
            RuleExample("Write `[^1]` to add a footnote.[^a]\n\n[^a]: GitHub Docs, \"Basic writing and formatting syntax.\"\n"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        let defined = Set(document.definitions.map(\.label))
        return document.references.filter { !defined.contains($0.label) }.map { ref in
            finding(
                "footnote marker [\(ref.label)] has no definition", context: context, footnote: ref.label,
                location: ref.location, evidence: [Evidence(kind: "sentence", text: ref.sentence, location: ref.location)],
                subject: "ref:\(ref.label)")
        }
    }
}
