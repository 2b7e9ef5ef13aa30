import Foundation
import Testing
@testable import CiteproofCore

/// The quote stage inside `CheckRun`: which pages a quotation is checked against, and what speaks for it.
@Suite struct QuoteStageTests {
    struct Pages: LinkProber {
        var checks: [LinkCheck]
        func check(_ requests: [LinkRequest]) throws -> [String: LinkCheck] {
            Dictionary(uniqueKeysWithValues: checks.map { ($0.url, $0) })
        }
    }

    static func page(_ url: String, _ article: String) -> LinkCheck {
        LinkCheck(
            url: url, outcome: .ok, httpStatus: 200, checkedAt: Date(timeIntervalSince1970: 0), detail: "HTTP 200",
            pageBody: Array("<html><body><article><p>\(article)</p></article></body></html>".utf8))
    }

    func run(_ draft: String, _ checks: [LinkCheck]) throws -> CheckedDocument {
        var options = CheckOptions(probed: true)
        options.quotes = true
        let report = try CheckRun(options: options, prober: Pages(checks: checks)).run([CheckInput(path: "d.md", bytes: Array(draft.utf8))])
        return try #require(report.documents.first)
    }

    func quotes(_ checked: CheckedDocument) -> [QuoteCheck] {
        checked.document.allCitations.flatMap { $0.citation.quotes ?? [] }
    }

    @Test func aSentenceWithTwoMarkersIsCheckedAgainstBothNotesPages() throws {
        let checked = try run(
            """
            He said “the port will reopen on Monday” and “the quay has been rebuilt again”.[^1][^2]

            [^1]: Herald, https://a.example/port, May 1, 2024.
            [^2]: Gazette, https://b.example/quay, May 1, 2024.

            """,
            [Self.page("https://a.example/port", "The port will reopen on Monday."),
             Self.page("https://b.example/quay", "The quay has been rebuilt again.")])
        let results = quotes(checked)
        #expect(results.count == 2)
        #expect(results.allSatisfy { $0.outcome == .found }, "\(results.map { ($0.quote, $0.outcome) })")
        #expect(Set(results.map(\.url)) == ["https://a.example/port", "https://b.example/quay"])
        #expect(!checked.findings.contains { $0.rule.hasPrefix("quote-") })
    }

    @Test func aPageThatCouldNotBeReadOutweighsOneWithoutTheQuotation() throws {
        let walled = LinkCheck(
            url: "https://x.com/minister/status/1", outcome: .unverifiable, httpStatus: 200, checkedAt: Date(timeIntervalSince1970: 0),
            detail: "x.com answers every post with a login page")
        let checked = try run(
            """
            She wrote that “the port will never reopen under this government”.[^1]

            [^1]: Herald, https://a.example/port, May 1, 2024. See also https://x.com/minister/status/1.

            """,
            [Self.page("https://a.example/port", "The port will reopen on Monday."), walled])
        #expect(quotes(checked).map(\.outcome) == [.unverifiable])
        #expect(!checked.findings.contains { $0.rule == "quote-not-found" })
    }

    @Test func eachQuotationOfASentenceIsCheckedOnce() throws {
        let checked = try run(
            """
            He said “the port will reopen on Monday”.[^1] Then he said “nothing about the quay at all”.[^1]

            [^1]: Herald, https://a.example/port, May 1, 2024.

            """,
            [Self.page("https://a.example/port", "The port will reopen on Monday.")])
        let results = quotes(checked).sorted { $0.quote < $1.quote }
        #expect(results.map(\.outcome) == [.notFound, .found])
        #expect(checked.findings.filter { $0.rule == "quote-not-found" }.count == 1)
    }
}
