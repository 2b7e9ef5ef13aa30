import Foundation

/// What the quote rules share: the checked quotations of a draft with one outcome, and their examples.
enum QuoteRuleSupport {
    /// Every quotation check of `document` with `outcome`, in note order.
    static func checks(_ document: Document, outcome: QuoteOutcome) -> [QuoteCheck] {
        document.allCitations.flatMap { $0.citation.quotes ?? [] }.filter { $0.outcome == outcome }
    }

    static func evidence(_ check: QuoteCheck) -> [Evidence] {
        var evidence = [
            Evidence(kind: "sentence", text: check.sentence, footnote: check.footnote, location: check.location),
            Evidence(kind: "quote", text: check.quote, footnote: check.footnote),
        ]
        if let passage = check.passage {
            evidence.append(
                Evidence(kind: "page-passage", text: passage + (check.zone.map { " [\($0.rawValue)]" } ?? ""), footnote: check.footnote))
        }
        evidence.append(Evidence(kind: "probe", text: "\(check.url): \(check.detail)", footnote: check.footnote))
        return evidence
    }

    static func subject(_ check: QuoteCheck) -> String { "quote:\(check.url):\(check.quote)" }

    static func note(_ check: QuoteCheck) -> String { check.footnote.map { "note [\($0)]" } ?? "the note" }

    /// A short quotation, for a message.
    static func shown(_ quote: String) -> String {
        quote.count > 80 ? "“\(quote.prefix(77))…”" : "“\(quote)”"
    }

    /// A draft quoting a page, with the page the probe read.
    static func example(
        _ sentence: String, page: String, url: String = "https://herald.example/port", truncated: Bool = false, comment: String? = nil
    ) -> RuleExample {
        RuleExample(
            "---\ndate: 2024-05-14\n---\n\n\(sentence)[^1]\n\n[^1]: Velmora Herald, \(url), May 13, 2024.\n",
            comment: comment,
            linkChecks: [
                LinkCheck(
                    url: url, outcome: .ok, httpStatus: 200, checkedAt: Date(timeIntervalSince1970: 1_715_677_200),
                    detail: "HTTP 200", pageBody: Array(page.utf8), pageTruncated: truncated)
            ])
    }

    /// A news page: navigation, the article, and readers' comments.
    static func newsPage(
        article: String, comments: String = "Great reporting, thanks.", lang: String = "en", headline: String = "Port reopens"
    ) -> String {
        """
        <!doctype html><html lang="\(lang)"><head><title>Port reopens</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> Subscribe to our newsletter today for daily updates</nav>
        <article><h1>\(headline)</h1><p>\(article)</p></article>
        <section id="comments"><div class="comment"><p>\(comments)</p></div></section>
        <footer>© Velmora Herald</footer></body></html>
        """
    }
}
