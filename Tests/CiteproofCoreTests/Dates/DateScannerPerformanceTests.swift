import Foundation
import Testing
@testable import CiteproofCore

/// The scanner runs on every note and sentence of drafts up to 100 MB: it must be linear. Its speed
/// (optimized build: about 50 MB/s on article prose, 18 MB/s on this date-dense paragraph) is measured
/// by `Benchmarks/budgets.sh`, not here: a unit test compares CPU times of two sizes (`HangGuard`).
@Suite struct DateScannerPerformanceTests {
    /// Prose with dates in every form and plenty of near-misses (numbers, month-like words).
    static let paragraph = """
        On April 4, 2021, Iraqi media reported that two mortars had fallen near the Balad base; \
        the talks were scheduled to begin on April 7, 2021. At an April 2, 2021 rally, he said \
        the men who warned the occupation forces in 2003 and 2004 had over 10,000 troops. \
        [7] Twitter.com/ELNAZ16424879, April 3, 2021. See MEMRI TV Clip No. 7700, "Title," January 5, 2020. \
        Mayor March may march 3 times on 03/04/2021 or 2021-04-03 and 3 April 2021 (Saturday, April 3, 2021); \
        version 1.2.2021.5, room 10-11-12, 12:30, April 30 – May 2, 2021, Sept. 7, 2022, 31 April 2019.

        """

    /// 0.5 MB and 2 MB of the paragraph: every repetition's dates are found, and four times the text
    /// costs at most ten times the CPU time (a regex or quadratic scan would cost 16 times and more).
    @Test func scansTwoMegabytesInLinearTime() throws {
        let scanner = DateScanner(referenceDate: CalendarDate(year: 2021, month: 4, day: 4), includeBareYears: true)
        let perParagraph = scanner.mentions(in: Self.paragraph).count
        #expect(perParagraph > 10)
        let quarter = 500_000 / Self.paragraph.utf8.count
        let texts = [quarter: String(repeating: Self.paragraph, count: quarter),
                     4 * quarter: String(repeating: Self.paragraph, count: 4 * quarter)]
        try HangGuard.expectScales("DateScanner", n: quarter) { repetitions in
            let found = scanner.mentions(in: texts[repetitions]!).count
            #expect(found == repetitions * perParagraph)
        }
    }
}
