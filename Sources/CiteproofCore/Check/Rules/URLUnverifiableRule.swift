/// A cited URL whose answer proves nothing: a login wall, a bot block, 401/403/429.
public struct URLUnverifiableRule: Rule {
    public static let description = RuleDescription(
        id: "url-unverifiable",
        name: "Link that cannot be verified automatically",
        summary: "A cited URL sits behind a login wall or bot block (X/Twitter, Instagram …) or answers 401, 403 or 429.",
        rationale: """
            Such sites answer 200 or a login page even for posts that do not exist, so an automatic check proves \
            nothing either way; a person should open the link.
            """,
        defaultSeverity: .note,
        triggeringExamples: [
            LinkRuleSupport.example(
                "https://x.com/velmora/status/1790115474893639932", .unverifiable, status: 200,
                detail: "x.com answers every post with a login page")
        ],
        nonTriggeringExamples: [LinkRuleSupport.example("https://herald.example/port", .ok, status: 200, detail: "HTTP 200")],
        requirement: .probeResults)

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        LinkRuleSupport.probed(document, outcome: .unverifiable).map { p in
            finding(
                "\(LinkRuleSupport.where_(p)) \(p.check.url), which cannot be verified automatically (\(p.check.detail))",
                context: context, footnote: p.footnote, location: p.citation.location,
                evidence: LinkRuleSupport.evidence(p), subject: "unverifiable:\(p.check.url)")
        }
    }
}
