/// A note that names no source.
public struct MissingSourceRule: Rule {
    public static let description = RuleDescription(
        id: "missing-source",
        name: "Note without a source",
        summary: "A note holds no identifiable source: no URL, handle, domain, named outlet with a title or date, or \"Ibid.\".",
        rationale: "A note that only comments cannot be checked by a reader; usually its source was lost in an edit.",
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("The council met.[^1]\n\n[^1]: This was widely reported at the time.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("The council met.[^1]\n\n[^1]: Riverton Ledger, March 3, 2024.\n"),
            RuleExample("A.[^1] B.[^2]\n\n[^1]: https://riverton.example.org/minutes\n[^2]: Ibid.\n"),
            RuleExample("A.[^1]\n\n[^1]: See [this post](https://x.com/rivertoncity/status/1764352338294337890).\n"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        document.definitions.filter { def in
            !def.citations.contains { $0.source != nil || $0.ibidOf != nil || !$0.urls.isEmpty }
        }.map { def in
            finding(
                "note [\(def.label)] names no source: \"\(def.text.prefix(80))\"", context: context, footnote: def.label,
                location: def.location, subject: "nosrc:\(def.text.prefix(80))")
        }
    }
}
