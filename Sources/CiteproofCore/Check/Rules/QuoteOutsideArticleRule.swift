/// A quotation the cited page holds only in its comments or boilerplate.
public struct QuoteOutsideArticleRule: Rule {
    public static let description = RuleDescription(
        id: "quote-outside-article",
        name: "Quotation found only outside the article",
        summary: "A quotation is on the cited page only in its readers' comments, navigation, sidebar or other boilerplate, not in the article.",
        rationale: """
            A quotation attributed to an article may really be a reader's comment under it, or a headline of \
            another article in the sidebar. The page's zones are labelled (article, boilerplate, comments, \
            structured data) from its markup, and a quotation found only outside the article is worth a look.
            """,
        defaultSeverity: .note,
        triggeringExamples: [
            QuoteRuleSupport.example(
                "Critics wrote that “the port deal was signed in secret.”",
                page: QuoteRuleSupport.newsPage(
                    article: "The port reopened on Monday.", comments: "Everyone knows the port deal was signed in secret!"))
        ],
        nonTriggeringExamples: [
            QuoteRuleSupport.example(
                "The minister said “the port will reopen on Monday.”",
                page: QuoteRuleSupport.newsPage(
                    article: "“The port will reopen on Monday,” the minister said.", comments: "So the port will reopen on Monday."),
                comment: "in the article and in a comment")
        ],
        requirement: .quotedPages)

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        QuoteRuleSupport.checks(document, outcome: .outsideArticle).map { check in
            finding(
                "the quotation \(QuoteRuleSupport.shown(check.quote)) is on the page \(QuoteRuleSupport.note(check)) cites only in its \(check.zone == .comments ? "readers' comments" : "navigation or boilerplate")",
                context: context, footnote: check.footnote, location: check.location, evidence: QuoteRuleSupport.evidence(check),
                subject: QuoteRuleSupport.subject(check))
        }
    }
}
