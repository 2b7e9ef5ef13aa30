import Testing
@testable import CiteproofCore

/// News sites' own click trackers are listed per host: `tid` is a tracker on washingtonpost.com and
/// content (a thread id) elsewhere.
@Suite struct NewsTrackingParameterTests {
    static func ruleIDs(_ url: String) throws -> [String] {
        let document = try TestData.read(
            text: "A claim.[^1]\n\n[^1]: Jane Doe, \"A story\", The Paper, November 5, 2015, \(url).\n", format: .markdown)
        return Citeproof.check(document, options: CheckOptions(publishedOverride: CalendarDate(iso: "2026-01-01"))).findings.map(\.rule)
    }

    @Test func washingtonPostTidIsATracker() throws {
        #expect(try Self.ruleIDs("https://www.washingtonpost.com/local/a-story/2015/11/05/abc_story.html?tid=pm_local_pop")
            .contains("tracking-parameters"))
        #expect(TrackingParameterRule.isTracking("itid", domain: "washingtonpost.com"))
        #expect(TrackingParameterRule.isTracking("smid", domain: "nytimes.com"))
    }

    @Test func tidElsewhereIsContent() throws {
        #expect(try !Self.ruleIDs("https://forum.example.org/viewtopic.php?tid=1234").contains("tracking-parameters"))
        #expect(!TrackingParameterRule.isTracking("tid", domain: "example.org"))
        #expect(!TrackingParameterRule.isTracking("smid", domain: "washingtonpost.com"))
    }
}
