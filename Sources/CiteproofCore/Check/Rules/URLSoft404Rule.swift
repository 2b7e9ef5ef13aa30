/// A cited URL that answers 200 with a "not found" page, or sends a deep link to the home page.
public struct URLSoft404Rule: Rule {
    public static let description = RuleDescription(
        id: "url-soft-404",
        name: "Soft 404",
        summary: "A cited URL answers 200 but the page says \"not found\", or a deep link redirects to the site's home page.",
        rationale: "The page the note cites is gone even though the server says all is well.",
        defaultSeverity: .warning,
        triggeringExamples: [
            LinkRuleSupport.example(
                "https://herald.example/2024/05/13/port", .soft404, status: 200,
                detail: "redirected from a deep link to the site's home page", finalURL: "https://herald.example/")
        ],
        nonTriggeringExamples: [LinkRuleSupport.example("https://herald.example/port", .ok, status: 200, detail: "HTTP 200")],
        requirement: .probeResults)

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        LinkRuleSupport.probed(document, outcome: .soft404).map { p in
            finding(
                "\(LinkRuleSupport.where_(p)) \(p.check.url), which answers but no longer shows the page (\(p.check.detail))",
                context: context, footnote: p.footnote, location: p.citation.location,
                evidence: LinkRuleSupport.evidence(p), suggestion: p.check.archiveURL.map { "cite the archived copy: \($0)" },
                subject: "soft404:\(p.check.url)")
        }
    }
}
