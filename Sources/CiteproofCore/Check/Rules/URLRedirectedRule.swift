/// A cited URL that moved permanently.
public struct URLRedirectedRule: Rule {
    public static let description = RuleDescription(
        id: "url-redirected",
        name: "Permanently redirected link",
        summary: "A cited URL answers with a permanent redirect (301/308): the source has moved.",
        rationale: "Citing the new address keeps the citation working when the old one stops redirecting.",
        defaultSeverity: .note,
        triggeringExamples: [
            LinkRuleSupport.example(
                "http://herald.example/port", .redirected, status: 301, detail: "HTTP 301",
                finalURL: "https://herald.example/news/port", suggested: "https://herald.example/news/port")
        ],
        nonTriggeringExamples: [LinkRuleSupport.example("https://herald.example/port", .ok, status: 200, detail: "HTTP 200")],
        requirement: .probeResults)

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        LinkRuleSupport.probed(document, outcome: .redirected).map { p in
            let target = p.check.suggestedURL ?? p.check.finalURL
            return finding(
                "\(LinkRuleSupport.where_(p)) \(p.check.url), which has moved\(target.map { " to \($0)" } ?? "")",
                context: context, footnote: p.footnote, location: p.citation.location,
                evidence: LinkRuleSupport.evidence(p), suggestion: target, subject: "moved:\(p.check.url)")
        }
    }
}
