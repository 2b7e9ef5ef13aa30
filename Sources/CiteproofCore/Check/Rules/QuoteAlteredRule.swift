/// A quotation close to the page's wording but not equal to it.
public struct QuoteAlteredRule: Rule {
    public static let description = RuleDescription(
        id: "quote-altered",
        name: "Quotation differs from the page's wording",
        summary: "A quotation is not on the cited page as quoted, but a passage of it is close (word-level similarity ≥ 0.8): the page's wording is shown beside the draft's.",
        rationale: """
            Quotations drift: a word changed, a tense, a plural, words dropped without an ellipsis. The page's \
            passage is shown so an editor can restore the exact wording or mark the change with brackets or an \
            ellipsis.
            """,
        defaultSeverity: .note,
        triggeringExamples: [
            QuoteRuleSupport.example(
                "The minister said “the port will reopen on Monday after the repairs to the old quay.”",
                page: QuoteRuleSupport.newsPage(article: "She said the port would reopen on Monday after the repairs to the old quay were done."))
        ],
        nonTriggeringExamples: [
            QuoteRuleSupport.example(
                "The minister said “the port will reopen on Monday after the repairs to the old quay.”",
                page: QuoteRuleSupport.newsPage(article: "She said: “The port will reopen on Monday after the repairs to the old quay.”"))
        ],
        requirement: .quotedPages)

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        QuoteRuleSupport.checks(document, outcome: .altered).map { check in
            let alike = check.similarity.map { " (\($0)% of words alike)" } ?? ""
            return finding(
                "the quotation \(QuoteRuleSupport.shown(check.quote)) differs from the wording of the page \(QuoteRuleSupport.note(check)) cites\(alike): it says “\(check.passage ?? "")”",
                context: context, footnote: check.footnote, location: check.location, evidence: QuoteRuleSupport.evidence(check),
                suggestion: check.passage, subject: QuoteRuleSupport.subject(check))
        }
    }
}
