/// What checking one quotation against its cited page found.
public enum QuoteOutcome: String, Sendable, Codable, CaseIterable {
    /// In the article's text (or its structured copy), as quoted (ellipses and insertions allowed).
    case found
    /// Only in the page's comments or boilerplate.
    case outsideArticle = "outside-article"
    /// Not as quoted, but a passage of the page is close (word-level similarity ≥ 0.8).
    case altered
    /// The page was read and the quotation is not in it.
    case notFound = "not-found"
    /// The page is written in another script than the quotation: a translation, for a human to check.
    case translation
    /// The page's text could not be read (login wall, not HTML, dead link).
    case unverifiable
}

/// One quotation of a sentence, checked against the page its note cites: what the JSON report lists
/// per citation and the quote rules read.
public struct QuoteCheck: Hashable, Sendable, Codable {
    /// The quotation as the draft writes it, without its quotation marks.
    public var quote: String
    public var outcome: QuoteOutcome
    /// The note whose marker the quoting sentence carries.
    public var footnote: String?
    /// Where that marker stands.
    public var location: SourceLocation?
    /// The sentence the quotation stands in.
    public var sentence: String
    /// The page checked (the citation's canonical URL).
    public var url: String
    /// How the quotation was matched (found, outside-article, altered).
    public var tier: QuoteMatchTier?
    /// Word-level similarity of the matched passage, in percent (100 for exact and elided matches;
    /// an integer, as the JSON export writes no floating-point numbers).
    public var similarity: Int?
    /// The page's own wording of the matched passage.
    public var passage: String?
    public var zone: PageZone?
    /// The page's declared language (`<html lang>`), when it has one.
    public var pageLanguage: String?
    /// Why the outcome is what it is, in words.
    public var detail: String

    public init(
        quote: String, outcome: QuoteOutcome, footnote: String?, location: SourceLocation?, sentence: String, url: String,
        tier: QuoteMatchTier? = nil, similarity: Int? = nil, passage: String? = nil, zone: PageZone? = nil,
        pageLanguage: String? = nil, detail: String
    ) {
        self.quote = quote
        self.outcome = outcome
        self.footnote = footnote
        self.location = location
        self.sentence = sentence
        self.url = url
        self.tier = tier
        self.similarity = similarity
        self.passage = passage
        self.zone = zone
        self.pageLanguage = pageLanguage
        self.detail = detail
    }
}
