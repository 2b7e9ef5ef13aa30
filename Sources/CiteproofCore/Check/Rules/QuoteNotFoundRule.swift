/// A quotation the cited page does not contain.
public struct QuoteNotFoundRule: Rule {
    public static let description = RuleDescription(
        id: "quote-not-found",
        name: "Quotation not on the cited page",
        summary: "The cited page was read (--quotes) and a quotation of the sentence citing it is not in it, not even nearly.",
        rationale: """
            After a wrong date, the commonest serious error is a quotation the cited source does not contain: \
            a sentence stitched from two places, a quote from another article. Both sides are normalized the \
            same way (NFKC, case, quote marks and dashes, soft hyphens, Arabic and Persian letter variants), \
            ellipses and bracketed insertions are honoured, and near matches are reported as quote-altered \
            instead. A page that could not be read (a login wall) is never reported here.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            QuoteRuleSupport.example(
                "The minister said “the port will never reopen under this government.”",
                page: QuoteRuleSupport.newsPage(article: "The minister said the port would reopen on Monday after repairs to the quay."))
        ],
        nonTriggeringExamples: [
            QuoteRuleSupport.example(
                "The minister said “the port will reopen on Monday.”",
                page: QuoteRuleSupport.newsPage(article: "The minister said: \"The port will reopen on Monday.\" Crews worked overnight.")),
            QuoteRuleSupport.example(
                "The minister said “the port will reopen … after repairs.”",
                page: QuoteRuleSupport.newsPage(article: "The port will reopen on Monday, the minister said, after repairs."),
                comment: "an ellipsis stands for the words between"),
            QuoteRuleSupport.example(
                "The minister said “the port will never reopen under this government.”",
                page: QuoteRuleSupport.newsPage(article: "The minister said the port would reopen on Monday after repairs to the quay."),
                truncated: true, comment: "only the page's first megabyte was read: the quotation may stand further on"),
        ],
        requirement: .quotedPages)

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        QuoteRuleSupport.checks(document, outcome: .notFound).map { check in
            finding(
                "the quotation \(QuoteRuleSupport.shown(check.quote)) is not on the page \(QuoteRuleSupport.note(check)) cites (\(check.url))",
                context: context, footnote: check.footnote, location: check.location, evidence: QuoteRuleSupport.evidence(check),
                suggestion: "check the quotation against the source, or cite the page that has it",
                subject: QuoteRuleSupport.subject(check))
        }
    }
}
