import CiteproofCore
import Foundation
import Testing

import CiteproofProbe

/// What the rules and reports see of a probe: every field of the verdict, the time as ISO 8601 UTC.
@Suite struct LinkCheckConversionTests {
    @Test func everyFieldCarriesOver() {
        let result = ProbeResult(
            url: "http://a.example/x", outcome: .redirected, httpStatus: 301, finalURL: "https://a.example/y",
            redirects: ["https://a.example/y"], suggestedURL: "https://a.example/y", elapsedMs: 42,
            checkedAt: Date(timeIntervalSince1970: 1_715_677_200), archiveURL: "https://web.archive.org/web/2024/x",
            pageDate: CalendarDate(year: 2024, month: 5, day: 13), detail: "HTTP 301")
        let check = result.linkCheck
        #expect(check == LinkCheck(
            url: "http://a.example/x", outcome: .redirected, httpStatus: 301, finalURL: "https://a.example/y",
            redirects: ["https://a.example/y"], suggestedURL: "https://a.example/y", elapsedMs: 42,
            checkedAt: "2024-05-14T09:00:00Z", archiveURL: "https://web.archive.org/web/2024/x",
            pageDate: CalendarDate(year: 2024, month: 5, day: 13), detail: "HTTP 301"))
    }
}
