/// A cited handle that breaks its platform's rule (`t.me/abc`, `twitter.com/example-name`).
public struct InvalidHandleRule: Rule {
    public static let description = RuleDescription(
        id: "invalid-handle", name: "Invalid handle",
        summary: "A cited account or channel name breaks its platform's handle rule.",
        rationale: """
            A handle the platform cannot have is usually a typo, a truncated link or a name copied \
            from a display name; readers cannot find the source. The platform table states each rule; \
            names that exist only under an older rule are reported as notes.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("Statement.[^1]\n\n[^1]: Telegram.me/abc, April 3, 2021.\n"),
            RuleExample("Statement.[^1]\n\n[^1]: Twitter.com/example-name, April 3, 2021.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("Statement.[^1]\n\n[^1]: Telegram.me/centerkaf, April 3, 2021.\n"),
            RuleExample("Statement.[^1]\n\n[^1]: Twitter.com/KM94310, April 3, 2021.\n"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        document.allCitations.flatMap { footnote, citation -> [Finding] in
            guard let identity = citation.source?.identity, let handle = identity.handle,
                let platform = identity.platform.flatMap(context.catalog.platform(id:))
            else { return [] }
            return HandleCheck.validate(handle: handle, platform: platform, kind: identity.kind).map { problem in
                var finding = self.finding(
                    problem.message, context: context, footnote: footnote, location: citation.location,
                    subject: identity.canonical)
                // Names that exist under an older rule are never worse than a note.
                if problem.severity < finding.severity { finding.severity = problem.severity }
                return finding
            }
        }
    }
}
