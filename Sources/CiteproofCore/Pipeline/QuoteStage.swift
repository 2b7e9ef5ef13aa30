/// The quote stage: every quotation in a sentence that carries a note marker, checked against the
/// pages the note cites (read once per run by the probe's bounded GET, parsed once per URL). Pure:
/// the pages come in as `PageText`s; the results go onto the citations (`Citation.quotes`).
public enum QuoteStage {
    /// One quoting sentence: its quotations and the notes its markers point to.
    struct QuotingSentence {
        var sentence: String
        var quotes: [DraftQuote]
        var labels: [String]
        var location: SourceLocation
    }

    /// Sentences with quotations and markers, once per sentence (a sentence with two markers asks both notes).
    static func quotingSentences(in document: Document) -> [QuotingSentence] {
        var result: [QuotingSentence] = []
        var index: [String: Int] = [:]
        for reference in document.references {
            if let i = index[reference.sentence] {
                if !result[i].labels.contains(reference.label) { result[i].labels.append(reference.label) }
                continue
            }
            let quotes = QuoteFinder.quotes(in: reference.sentence)
            guard !quotes.isEmpty else { continue }
            index[reference.sentence] = result.count
            result.append(
                QuotingSentence(sentence: reference.sentence, quotes: quotes, labels: [reference.label], location: reference.location))
        }
        return result
    }

    /// The URLs whose pages the stage needs: those of notes cited by quoting sentences.
    public static func quotedURLs(in document: Document, catalog: PlatformCatalog = .builtIn) -> Set<String> {
        var urls = Set<String>()
        for sentence in quotingSentences(in: document) {
            for label in sentence.labels {
                for citation in document.definition(labelled: label)?.citations ?? [] {
                    if let url = LinkTargets.url(of: citation, catalog: catalog) { urls.insert(url) }
                }
            }
        }
        return urls
    }

    /// Checks every quotation of `document` against `pages` (keyed by the probe's URL) and records the
    /// results on the citations. Citations without a verdict (not probed) are left alone.
    public static func run(_ document: inout Document, pages: [String: PageText], catalog: PlatformCatalog = .builtIn) {
        for sentence in quotingSentences(in: document) {
            // Every probed citation of every note the sentence points to.
            var candidates: [(definition: Int, citation: Int, label: String, check: LinkCheck)] = []
            for label in sentence.labels {
                guard let d = document.definitions.firstIndex(where: { $0.label == label }) else { continue }
                for (c, citation) in document.definitions[d].citations.enumerated() {
                    guard let check = citation.probe, LinkTargets.url(of: citation, catalog: catalog) != nil else { continue }
                    if candidates.contains(where: { $0.check.url == check.url }) { continue }
                    candidates.append((d, c, label, check))
                }
            }
            guard !candidates.isEmpty else { continue }
            for quote in sentence.quotes {
                var best: (candidate: Int, result: QuoteCheck)?
                for (k, candidate) in candidates.enumerated() {
                    let result = check(
                        quote, sentence: sentence, label: candidate.label, probe: candidate.check, page: pages[candidate.check.url])
                    if best == nil || precedence(result.outcome) < precedence(best!.result.outcome) { best = (k, result) }
                }
                guard let best else { continue }
                let target = candidates[best.candidate]
                document.definitions[target.definition].citations[target.citation].quotes =
                    (document.definitions[target.definition].citations[target.citation].quotes ?? []) + [best.result]
            }
        }
    }

    /// Which result of several pages speaks for the quotation: a page that has it beats one that does
    /// not; a page that could not be read beats one that was read without it (precision over noise).
    static func precedence(_ outcome: QuoteOutcome) -> Int {
        switch outcome {
        case .found: return 0
        case .altered: return 1
        case .outsideArticle: return 2
        case .unverifiable: return 3
        case .translation: return 4
        case .notFound: return 5
        }
    }

    /// One quotation against one page.
    static func check(_ quote: DraftQuote, sentence: QuotingSentence, label: String, probe: LinkCheck, page: PageText?) -> QuoteCheck {
        var result = QuoteCheck(
            quote: quote.text, outcome: .unverifiable, footnote: label, location: sentence.location, sentence: sentence.sentence,
            url: probe.url, detail: "")
        guard let page, page.count > 0 else {
            switch probe.outcome {
            case .ok, .redirected:
                result.detail = page?.undecodable == true
                    ? "the page is not UTF-8; its text was not compared" : "the page's text was not read (not an HTML page)"
            default:
                result.detail = "the page was not read: \(probe.outcome.rawValue), \(probe.detail)"
            }
            return result
        }
        result.pageLanguage = page.declaredLanguage
        if let match = QuoteMatcher.match(quote.text, in: page) {
            result.tier = match.tier
            result.similarity = Int((match.similarity * 100).rounded(.down))
            result.passage = displayed(page, match.range)
            result.zone = match.zone
            switch (match.tier, QuoteMatcher.rank(match.zone)) {
            case (.fuzzy, _):
                result.outcome = .altered
                result.detail = "the page's closest passage (\(Int((match.similarity * 100).rounded(.down)))% of words alike) differs"
            case (_, 0):
                result.outcome = .found
                result.detail = match.tier == .exact ? "found as quoted" : "found, with the elided parts in order"
            default:
                result.outcome = .outsideArticle
                result.detail = "found only in the page's \(match.zone == .comments ? "comments" : "navigation or boilerplate")"
            }
            return result
        }
        let quoteScript = QuoteNormalizer.dominantScript(QuoteNormalizer.words(quote.text).map(\.original))
        if let quoteScript, let pageScript = page.script, quoteScript != pageScript, (page.scriptShare[quoteScript] ?? 0) < 0.2 {
            result.outcome = .translation
            result.detail = "the page is written in \(pageScript.rawValue) script"
                + (page.declaredLanguage.map { " (lang \($0))" } ?? "") + ", the quotation in \(quoteScript.rawValue): a translation"
            return result
        }
        if probe.pageTruncated {
            // Only the page's beginning was read: the quotation may stand further on.
            result.detail = "not in the part of the page read (\(page.count) words, up to the probe's body limit)"
            return result
        }
        result.outcome = .notFound
        result.detail = "the page was read (\(page.count) words) and the quotation is not in it"
        return result
    }

    /// A passage short enough to show: its first and last words around an ellipsis when it is long.
    static func displayed(_ page: PageText, _ range: Range<Int>) -> String {
        guard range.count > 60 else { return page.passage(range) }
        return page.passage(range.lowerBound..<range.lowerBound + 30) + " … " + page.passage(range.upperBound - 25..<range.upperBound)
    }
}
