/// A cited URL that no longer exists.
public struct URLDeadRule: Rule {
    public static let description = RuleDescription(
        id: "url-dead",
        name: "Dead link",
        summary: "A cited URL answers 404 or 410, or its host does not exist (after retries, and on two runs a day apart when a cache is used).",
        rationale: "Readers cannot follow the citation. An archived copy near the cited date, when one exists, is suggested instead.",
        defaultSeverity: .error,
        triggeringExamples: [
            LinkRuleSupport.example(
                "https://herald.example/port", .dead, status: 404, detail: "HTTP 404",
                archive: "https://web.archive.org/web/20240513000000/https://herald.example/port")
        ],
        nonTriggeringExamples: [
            LinkRuleSupport.example("https://herald.example/port", .ok, status: 200, detail: "HTTP 200"),
            LinkRuleSupport.example("https://herald.example/port", .unreachable, status: nil, detail: "timed out after 3 attempts"),
        ],
        requirement: .probeResults)

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        LinkRuleSupport.probed(document, outcome: .dead).map { p in
            finding(
                "\(LinkRuleSupport.where_(p)) \(p.check.url), which is gone (\(p.check.detail))", context: context,
                footnote: p.footnote, location: p.citation.location, evidence: LinkRuleSupport.evidence(p),
                suggestion: p.check.archiveURL.map { "cite the archived copy: \($0)" }, subject: "dead:\(p.check.url)")
        }
    }
}
