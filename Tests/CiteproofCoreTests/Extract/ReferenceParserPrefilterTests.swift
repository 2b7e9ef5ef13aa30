import Foundation
import Testing
@testable import CiteproofCore

/// The byte checks `ReferenceParser` runs before its patterns are necessary conditions: on every
/// text where a pattern matches, its check says "may match". Over the 986 conformance references
/// and shapes chosen to sit at the edges (case, keywords, parentheses).
@Suite struct ReferenceParserPrefilterTests {
    static let edges = [
        "Ibid., 45.", "ibid.", "IBID", "Id. at 138.", "op. cit., p. 4", "Op cit.", "id", "Idem, 3.",
        "Doe, J. (2020). Title. doi:10.1000/xyz123.", "ISBN 978-0-14-312755-0", "isbn: 0-306-40615-2",
        "Retrieved March 3, 2021, from https://example.org", "(accessed 12/04/2020)", "[Viewed 3 May 2021]",
        "VISITED on: 2019", "Consulté le 4 mai 2021", "abgerufen am 3. Mai 2021", "last accessed 2020",
        "Smith (2019). Title.", "Journal 12, no. 3 (2019): 4–5", "vol. 7", "Vol.12", "12 (3)", "4.2 (2019)",
        "12 Harv. L. Rev. 45 (1990)", "Telegram, Sabereen_news/10234", "Twitter: @user/123",
        "Penguin Press, 2016", "(Penguin Press, 2016)", "(2016)", "Ｉbid.", "İbid.", "K no. 4",
    ]

    @Test func everyPatternMatchImpliesItsCheck() throws {
        let texts = try ReferenceConformanceTests.cases().map(\.text) + Self.edges
        var matched = 0
        for text in texts {
            for t in [text, text.trimmingCharacters(in: " .;")] {
                if t.firstMatch(of: ReferenceParser.ibid) != nil { matched += 1; #expect(ReferenceParser.mayBeIbid(t), "\(t)") }
                if t.firstMatch(of: ReferenceParser.doi) != nil { matched += 1; #expect(t.containsBytes("10."), "\(t)") }
                if t.firstMatch(of: ReferenceParser.isbn) != nil {
                    matched += 1
                    #expect(t.containsASCIICaseInsensitive("isbn"), "\(t)")
                }
                if t.firstMatch(of: ReferenceParser.accessedClause) != nil {
                    matched += 1
                    #expect(ReferenceParser.mayHoldAccessedClause(t), "\(t)")
                }
                if t.firstMatch(of: ReferenceParser.volumeIssue) != nil {
                    matched += 1
                    #expect(ReferenceParser.mayHoldVolumeIssue(t), "\(t)")
                }
                for pattern in [ReferenceParser.apaHead, ReferenceParser.publisherParen, ReferenceParser.yearParen]
                where t.firstMatch(of: pattern) != nil {
                    matched += 1
                    #expect(t.containsASCII(UInt8(ascii: "(")), "\(t)")
                }
                if let m = t.firstMatch(of: ReferenceParser.apaHead), m.range.lowerBound == t.startIndex {
                    #expect(ReferenceParser.mayStartWithAPAHead(t), "\(t)")
                }
                if t.firstMatch(of: ReferenceParser.platformPost) != nil {
                    matched += 1
                    #expect(t.containsASCII(UInt8(ascii: "/")), "\(t)")
                }
            }
        }
        #expect(matched > 500)
    }

    /// The APA-head check on variations of the references: a parenthesised date or `n.d.` put at a random
    /// place, quotes and parentheses before it, text cut at the front.
    @Test func theAPAHeadCheckHoldsOnVariations() throws {
        var rng = SeededGenerator(seed: 12)
        let inserts = ["(2020). ", " (n.d.). ", "(March 3, 2021). ", "(12 May 2019), ", "(Eds.). (2007). ", "“", "‘", ")", "\"", " (", "(x) "]
        var matched = 0
        for text in try ReferenceConformanceTests.cases().map(\.text) {
            let chars = Array(text)
            for _ in 0..<4 {
                var v = chars
                let at = Int(rng.next() % UInt64(v.count + 1))
                v.insert(contentsOf: inserts[Int(rng.next() % UInt64(inserts.count))], at: at)
                let cut = Int(rng.next() % 8)
                let t = String(v.dropFirst(min(cut, v.count)))
                if let m = t.firstMatch(of: ReferenceParser.apaHead), m.range.lowerBound == t.startIndex {
                    matched += 1
                    #expect(ReferenceParser.mayStartWithAPAHead(t), "\(t)")
                }
            }
        }
        #expect(matched > 200)
        #expect(!ReferenceParser.mayStartWithAPAHead("“Title” (2020). Site."))
        #expect(!ReferenceParser.mayStartWithAPAHead("(2020). Title."))
        #expect(!ReferenceParser.mayStartWithAPAHead("Doe, J. (ed.), Title."))
        #expect(ReferenceParser.mayStartWithAPAHead("Doe, J. (2020). Title."))
    }

    @Test func checksSayNoWhereThePatternsCannotMatch() {
        #expect(!ReferenceParser.mayBeIbid("See Doe, 45."))
        #expect(!ReferenceParser.mayHoldAccessedClause("Doe, Title, April 3, 2021."))
        #expect(!ReferenceParser.mayHoldVolumeIssue("Doe, Title, April 3, 2021."))
        #expect("ACCESSED".containsASCIICaseInsensitive("accessed"))
        #expect(!"acces sed".containsASCIICaseInsensitive("accessed"))
        #expect("x no.".containsASCIICaseInsensitive("no."))
        #expect(!"".containsASCIICaseInsensitive("no."))
    }

    @Test func webURLsAreKnownWithoutLowercasing() {
        for url in ["http://a", "https://a", "HTTP://A", "HtTpS://x.org/p", "http://"] { #expect(LinkTargets.isWeb(url), "\(url)") }
        for url in ["", "http", "http:/", "https:", "httpx://a", "ftp://a", "mailto:a@b", "//a", "https//a", "httpss://a"] {
            #expect(!LinkTargets.isWeb(url), "\(url)")
        }
    }
}
