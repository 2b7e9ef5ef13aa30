/// A cited URL that could not be reached (timeouts, refused connections, TLS or server errors).
public struct URLUnreachableRule: Rule {
    public static let description = RuleDescription(
        id: "url-unreachable",
        name: "Unreachable link",
        summary: "A cited URL did not answer after retries: a timeout, a refused connection, a TLS failure or a server error.",
        rationale: "The page may be down for a while or gone; citeproof does not call it dead on one failure.",
        defaultSeverity: .warning,
        triggeringExamples: [
            LinkRuleSupport.example("https://herald.example/port", .unreachable, status: nil, detail: "timed out after 3 attempts")
        ],
        nonTriggeringExamples: [LinkRuleSupport.example("https://herald.example/port", .ok, status: 200, detail: "HTTP 200")],
        requirement: .probeResults)

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        LinkRuleSupport.probed(document, outcome: .unreachable).map { p in
            finding(
                "\(LinkRuleSupport.where_(p)) \(p.check.url), which could not be reached (\(p.check.detail))",
                context: context, footnote: p.footnote, location: p.citation.location,
                evidence: LinkRuleSupport.evidence(p), suggestion: p.check.archiveURL.map { "archived copy: \($0)" },
                subject: "unreachable:\(p.check.url)")
        }
    }
}
