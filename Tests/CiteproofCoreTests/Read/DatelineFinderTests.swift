import Testing
@testable import CiteproofCore

/// Datelines in the shapes drafts and pages print them.
@Suite struct DatelineFinderTests {
    static func find(_ lines: [String]) -> PublicationDate? {
        DatelineFinder.dateline(in: lines.enumerated().map { ($1, SourceLocation(line: $0 + 1, column: 1)) })
    }

    @Test(arguments: [
        ("April 4, 2021", "2021-04-04", "dateline"),
        ("2023-06-14 08:15:02 UTC+02:00", "2023-06-14", "dateline"),
        ("2023-06-14T08:15:02+02:00", "2023-06-14", "dateline"),
        ("2023-06-14T08:15:02Z", "2023-06-14", "dateline"),
        ("June 14, 2023 at 8:15 a.m. EDT", "2023-06-14", "dateline"),
        ("14 June 2023, 08:15", "2023-06-14", "dateline"),
        ("Published: April 4, 2021", "2021-04-04", "dateline (published)"),
        ("Published 2023-06-14T08:15:02+02:00", "2023-06-14", "dateline (published)"),
        ("By A. Writer | April 4, 2021", "2021-04-04", "dateline"),
        ("Updated June 3, 2023", "2023-06-03", "dateline (updated)"),
        ("Last modified: 2023-06-03 10:00", "2023-06-03", "dateline (updated)"),
        ("Published June 1, 2023 · Updated June 3, 2023", "2023-06-01", "dateline (published)"),
        ("Updated June 3, 2023 | Published June 1, 2023", "2023-06-01", "dateline (published)"),
        ("Published June 1, 2023, updated June 3, 2023", "2023-06-01", "dateline (published)"),
    ])
    func oneLine(line: String, expected: String, origin: String) {
        let found = Self.find(["Title", line])
        #expect(found?.value == CalendarDate(iso: expected))
        #expect(found?.origin == origin)
        #expect(found?.location == SourceLocation(line: 2, column: 1))
    }

    /// Infobox rows date events (a birth, a founding, a release), not the draft: the date under the
    /// title after them is the dateline, and with none there is none.
    @Test func infoboxRowsAreNotDatelines() {
        #expect(Self.find(["Ray Charles", "Born | September 23, 1930", "Died | June 10, 2004 (aged 73)"]) == nil)
        #expect(Self.find(["Harbour Works", "Founded: 1998", "Released | 12 March 2017"]) == nil)
        let found = Self.find(["Harbour Works", "Born | September 23, 1930", "April 4, 2021"])
        #expect(found?.value == CalendarDate(iso: "2021-04-04"))
        #expect(found?.location == SourceLocation(line: 3, column: 1))
    }

    @Test func publishedOnALaterLineWinsOverAnUpdate() {
        let found = Self.find(["Title", "Updated: June 3, 2023", "Published: June 1, 2023"])
        #expect(found?.value == CalendarDate(iso: "2023-06-01"))
        #expect(found?.location == SourceLocation(line: 3, column: 1))
    }

    @Test func unlabelledDatelineWinsOverAnUpdate() {
        let found = Self.find(["Title", "Last updated June 9, 2023", "June 1, 2023"])
        #expect(found?.value == CalendarDate(iso: "2023-06-01"))
        #expect(found?.origin == "dateline")
    }

    @Test(arguments: ["The meeting ran until 10:30 and ended.", "June 2023", "Version 2023-06-14-b"])
    func notADateline(line: String) {
        #expect(Self.find(["Title", line]) == nil)
    }
}
