import CiteproofCore
import Foundation
import Testing

/// The machine-usable fixes rules attach to their findings: each names text the draft really has at
/// its location, and its replacement is the suggestion applied there.
@Suite struct FindingFixTests {
    /// The text of `draft` at a location (1-based line, column in scalars), `count` scalars long.
    static func text(_ draft: String, at location: CiteproofCore.SourceLocation, count: Int) -> String {
        let line = draft.split(separator: "\n", omittingEmptySubsequences: false)[location.line - 1]
        let scalars = Array(line.unicodeScalars).dropFirst((location.column ?? 1) - 1).prefix(count)
        return String(String.UnicodeScalarView(scalars))
    }

    static func fixes(_ draft: String, format: DocumentFormat = .markdown, published: String = "2021-04-04") throws -> [String: FindingFix] {
        let document = try Citeproof.read(bytes: Array(draft.utf8), path: "draft", format: format)
        let checked = Citeproof.check(document, options: CheckOptions(publishedOverride: CalendarDate(iso: published)))
        var fixes: [String: FindingFix] = [:]
        for finding in checked.findings {
            guard let fix = finding.fix else { continue }
            #expect(text(draft, at: fix.location, count: fix.original.unicodeScalars.count) == fix.original, "\(finding.rule)")
            fixes[finding.rule] = fix
        }
        return fixes
    }

    @Test func yearSlipRepeatedCitationTrackingAndVariantSpelling() throws {
        let draft = """
            One.[^1] Two.[^2] Three.[^3] Four.[^4] Five.[^5]

            [^1]: 🌍 Twitter.com/KM94310, April 3, 2021.
            [^2]: Twitter.com/ELNAZ16424879, April 3, 2021.
            [^3]: «مصدر» Twitter.com/mernashamari, April 3, 2020.
            [^4]: Velmora Herald, https://herald.example/story?utm_source=x&id=4, April 2, 2021.
            [^5]: Velmora Herald, https://herald.example/story?utm_source=x&id=4, April 2, 2021.
            [^6]: twitter.com/km94310, April 3, 2021.

            """
        let fixes = try Self.fixes(draft)
        let year = try #require(fixes["date-year-outlier"])
        #expect(year.original == "April 3, 2020")
        #expect(year.replacement == "April 3, 2021")
        let ibid = try #require(fixes["duplicate-citation"])
        #expect(ibid.replacement == "Ibid.")
        #expect(ibid.location.line == 7)
        let tracking = try #require(fixes["tracking-parameters"])
        #expect(tracking.original.contains("utm_source=x"))
        #expect(!tracking.replacement.contains("utm_source"))
        #expect(tracking.replacement.contains("https://herald.example/story?id=4"))
    }

    @Test func variantSpellingOfAHandle() throws {
        let draft = """
            One.[^1] Two.[^2]

            [^1]: Telegram.me/centerkaf, April 3, 2021.
            [^2]: t.me/CenterKaf, April 2, 2021.

            """
        let fixes = try Self.fixes(draft)
        let variant = try #require(fixes["source-variant"])
        #expect(variant.original == "t.me/CenterKaf, April 2, 2021.")
        #expect(variant.replacement == "Telegram.me/centerkaf, April 2, 2021.")
    }

    @Test func findingsWithoutAKnownEditHaveNone() throws {
        let draft = "One.[^1]\n\n[^1]: A source with no date.\n"
        #expect(try Self.fixes(draft).isEmpty)
    }
}
