/// A social post or message cited without a date.
public struct MissingDateRule: Rule {
    public static let description = RuleDescription(
        id: "missing-date",
        name: "Post cited without a date",
        summary: "A citation of a social-media post or message gives no date.",
        rationale: """
            Posts are edited, deleted and re-posted; the date is what lets a reader find the one cited and lets \
            citeproof check it. Accounts, channels and websites are not flagged: only single posts and messages.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("One user wrote: \"Leave.\"[^1]\n\n[^1]: https://twitter.com/jack/status/1378353947183652864.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("One user wrote: \"Leave.\"[^1]\n\n[^1]: https://twitter.com/jack/status/1378353947183652864, April 3, 2021.\n"),
            RuleExample("The militia's site says so.[^1]\n\n[^1]: Ahlulhaq.com.\n"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        document.datedCitations.compactMap { item in
            guard item.citation.date == nil, item.citation.ibidOf == nil else { return nil }
            let urls = item.citation.urls + [item.citation.source?.identity?.url, item.citation.source?.raw].compactMap { $0 }
            let kind = item.citation.source?.identity?.kind
            let isPost = kind == .post || kind == .message || (kind == nil && urls.contains { DateIdentifierDecoders.isPostURL($0, catalog: context.catalog) })
            guard isPost else { return nil }
            let decoded = urls.flatMap { DateIdentifierDecoders.decode($0, catalog: context.catalog) }.first { if case .createdAt = $0.meaning { return true } else { return false } }
            var evidence = [Evidence(kind: "citation", text: item.quoted, footnote: item.footnote, location: item.citation.location)]
            if let decoded {
                evidence.append(Evidence(kind: "decoded-timestamp", text: "\(decoded.source) → \(decoded.utcDescription)"))
            }
            return finding(
                "\(item.footnote.map { "note [\($0)]" } ?? "the credit") cites a post (\(item.citation.source?.raw ?? urls.first ?? "")) without a date",
                context: context, footnote: item.footnote, location: item.location, evidence: evidence,
                suggestion: decoded.map { "add the post's date; its ID says \($0.utcDay.longDescription) (UTC)" },
                subject: item.citation.text)
        }
    }
}
