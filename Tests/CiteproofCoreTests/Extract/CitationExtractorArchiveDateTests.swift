import Testing
@testable import CiteproofCore

/// Wikipedia's CS1 citations say when a page was archived: "Archived from the original on
/// 3 June 2013". That date is the capture's, not the work's, and must not become the
/// citation's date (it made id-date-mismatch compare it with a date in the page's URL).
@Suite struct CitationExtractorArchiveDateTests {
    @Test func archiveDateOfACS1CitationIsNotTheCitationDate() throws {
        let note = "Archived from the original on 3 June 2013."
        let result = CitationExtractor().extract(note, links: [(offset: 14, url: "http://www.example-vets.com/2011/07/27/gestation/")])
        let citation = try #require(result.citations.first)
        #expect(citation.date == nil, "the capture date is not the work's date: \(String(describing: citation.date))")
        #expect(citation.otherDates.contains { $0.role == .accessed })
    }

    @Test func anArchiveDateDoesNotContradictTheDateInTheURL() throws {
        let draft = """
            Gestation lasts about 63 days.[^1]

            [^1]: ["Gestation in dogs"](https://web.archive.org/web/20130603145809/http://www.example-vets.com/2011/07/27/gestation-in-dogs/). Archived from [the original](http://www.example-vets.com/2011/07/27/gestation-in-dogs/) on 3 June 2013. Retrieved 24 March 2013.

            """
        let run = CheckRun(options: CheckOptions(publishedOverride: CalendarDate(iso: "2018-06-12")))
        let report = try run.run([CheckInput(path: "draft.md", bytes: Array(draft.utf8))])
        let findings = try #require(report.documents.first).findings
        #expect(!findings.contains { $0.rule == "id-date-mismatch" }, "\(findings.map(\.message))")
    }

    @Test func anArchiveOfAFileIsACaptureTooAndNoWorkDate() throws {
        let draft = """
            Rainfall varies.[^1]

            [^1]: ["Mean monthly rainfall"](https://web.archive.org/web/20110503221956/http://water.example/rain.xls). Water Institute. Archived from [the original](http://water.example/rain.xls) (XLS) on 3 May 2011. Retrieved 4 February 2011.

            """
        let run = CheckRun(options: CheckOptions(publishedOverride: CalendarDate(iso: "2019-09-26")))
        let report = try run.run([CheckInput(path: "draft.md", bytes: Array(draft.utf8))])
        let findings = try #require(report.documents.first).findings
        #expect(!findings.contains { $0.rule == "accessed-before-issued" || $0.rule == "id-date-mismatch" }, "\(findings.map(\.message))")
    }
}
