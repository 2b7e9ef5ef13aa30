/// A quotation in another language than the cited page: a translation, for a human to check.
public struct QuoteTranslationRule: Rule {
    public static let description = RuleDescription(
        id: "quote-translation",
        name: "Quotation translated from the page",
        summary: "A quotation is written in another script than the cited page (an English quote of an Arabic page): a translation citeproof cannot check.",
        rationale: """
            A translated quotation cannot be matched word for word; it needs a reader of both languages. The \
            page's script is read from its article text (and its `<html lang>` is shown).
            """,
        defaultSeverity: .note,
        triggeringExamples: [
            QuoteRuleSupport.example(
                "The channel wrote that “the resistance will continue until victory.”",
                page: QuoteRuleSupport.newsPage(article: "وقالت القناة إن المقاومة ستستمر حتى النصر.", lang: "ar", headline: "القناة: المقاومة مستمرة"))
        ],
        nonTriggeringExamples: [
            QuoteRuleSupport.example(
                "The channel wrote «المقاومة ستستمر حتى النصر».",
                page: QuoteRuleSupport.newsPage(article: "وقالت القناة إن المقاومةَ ستستمرُّ حتى النصر.", lang: "ar", headline: "القناة: المقاومة مستمرة"),
                comment: "quoted in the page's own language (tashkeel ignored)")
        ],
        requirement: .quotedPages)

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        QuoteRuleSupport.checks(document, outcome: .translation).map { check in
            finding(
                "the quotation \(QuoteRuleSupport.shown(check.quote)) translates the page \(QuoteRuleSupport.note(check)) cites (\(check.detail)); a reader of its language should check it",
                context: context, footnote: check.footnote, location: check.location, evidence: QuoteRuleSupport.evidence(check),
                subject: QuoteRuleSupport.subject(check))
        }
    }
}
