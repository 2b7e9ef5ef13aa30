/// Two notes with the same label.
public struct DuplicateDefinitionRule: Rule {
    public static let description = RuleDescription(
        id: "duplicate-definition",
        name: "Duplicate footnote definition",
        summary: "The same note label is defined more than once.",
        rationale: """
            Only one of the definitions is shown to readers (cmark-gfm keeps the first); the other \
            source silently disappears, and the marker may point at the wrong one.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("The council met.[^1]\n\n[^1]: Riverton Ledger, March 3, 2024.\n\n[^1]: Riverton Ledger, March 4, 2024.\n"),
            RuleExample("The council met. [1]\n\n[1] Riverton Ledger, March 3, 2024.\n\n[1] Riverton Ledger, March 4, 2024.\n", format: .text),
        ],
        nonTriggeringExamples: [
            RuleExample("The council met.[^1] Again.[^1]\n\n[^1]: Riverton Ledger, March 3, 2024.\n"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        var first: [String: FootnoteDefinition] = [:]
        var result: [Finding] = []
        for def in document.definitions {
            if let earlier = first[def.label] {
                result.append(
                    finding(
                        "note [\(def.label)] is defined again (first defined at line \(earlier.location.line))",
                        context: context, footnote: def.label, location: def.location,
                        evidence: [Evidence(kind: "first-definition", text: earlier.text, footnote: def.label, location: earlier.location)],
                        subject: "dup:\(def.label):\(def.text.prefix(80))"))
            } else {
                first[def.label] = def
            }
        }
        return result
    }
}
