import Testing
@testable import CiteproofCore

@Suite struct QuoteMatcherTests {
    static let article = """
        The port of Velmora, closed since the March storm, will reopen to cargo traffic on Monday, the transport \
        minister said. “The quay has been rebuilt, the cranes have been tested, and the first ships will berth at \
        dawn on Monday,” Minister Ilse Karvonen told reporters. “We owe this to the dock workers who never stopped.”
        """
    static let page = PageText(zoned: [
        ("Home World Business Subscribe to the morning briefing", .boilerplate),
        (article, .article),
        ("Mark my words: the safety report will never be published.", .comments),
    ])

    @Test func exactAcrossPunctuationAndCase() throws {
        let m = try #require(QuoteMatcher.match("the first ships will berth at dawn on Monday.", in: Self.page))
        #expect(m.tier == .exact)
        #expect(m.zone == .article)
        #expect(Self.page.passage(m.range) == "the first ships will berth at dawn on Monday")
    }

    @Test func ellipsesInEveryForm() throws {
        for quote in [
            "The quay has been rebuilt … and the first ships will berth",
            "The quay has been rebuilt ... the first ships will berth",
            "The quay has been rebuilt [...] and the first ships will berth",
            "The quay has been rebuilt […] and the first ships",
        ] {
            let m = try #require(QuoteMatcher.match(quote, in: Self.page), "\(quote)")
            #expect(m.tier == .elided, "\(quote)")
        }
        // The pieces must come in the page's order.
        #expect(QuoteMatcher.match("the first ships will berth … The quay has been rebuilt", in: Self.page)?.tier != .elided)
    }

    @Test func bracketedInsertionsStandForAFewWords() throws {
        // At either end an insertion stands for nothing of the page: the quotation's own words match exactly.
        let m = try #require(QuoteMatcher.match("[Karvonen said] the first ships will berth at dawn on [that day]", in: Self.page))
        #expect(m.tier == .exact)
        let inside = try #require(QuoteMatcher.match("the first ships will [dock] at dawn on Monday", in: Self.page))
        #expect(inside.tier == .elided)
        let replaced = try #require(QuoteMatcher.match("We owe this to [the] dock workers who never stopped", in: Self.page))
        #expect(replaced.tier == .elided)
    }

    @Test func aChangedWordIsAFuzzyMatchWithThePagesWording() throws {
        let m = try #require(QuoteMatcher.match("We owe this to the dock workers who never gave up", in: Self.page))
        #expect(m.tier == .fuzzy)
        #expect(m.similarity >= QuoteMatcher.fuzzyThreshold && m.similarity < 1)
        #expect(Self.page.passage(m.range) == "We owe this to the dock workers who never stopped")
    }

    @Test func tooDifferentIsNoMatch() {
        #expect(QuoteMatcher.match("a full public inquiry into the storm damage", in: Self.page) == nil)
        #expect(QuoteMatcher.match("We owe nothing to the ministry who never listened", in: Self.page) == nil)
    }

    @Test func zonesArePreferredArticleFirst() throws {
        let comment = try #require(QuoteMatcher.match("the safety report will never be published", in: Self.page))
        #expect(comment.zone == .comments)
        let twice = PageText(zoned: [("the port will reopen on Monday", .comments), ("the port will reopen on Monday", .article)])
        #expect(QuoteMatcher.match("the port will reopen on Monday", in: twice)?.zone == .article)
    }

    @Test func piecesOfAQuotation() {
        let pieces = QuoteMatcher.pieces("[He] said the port … will reopen [on] Monday")
        #expect(pieces.map(\.words) == [["said", "the", "port"], ["will", "reopen"], ["monday"]])
        #expect(pieces.map(\.gapBefore) == [.none, .ellipsis, .insertion])
    }
}

@Suite struct QuoteMatcherCostTests {
    @Test func aParagraphLongQuotationIsNotAligned() {
        let long = Array(repeating: "word", count: QuoteMatcher.maxFuzzyWords + 1)
        let page = PageText(zoned: [(long.joined(separator: " ") + " end", .article)])
        #expect(QuoteMatcher.fuzzy(long.map { page.vocabulary[$0] }, page, within: 0..<page.count) == nil)
    }
}
