import Foundation
import Testing
@testable import CiteproofCore

/// The scanner runs on every note and sentence of drafts up to 100 MB: it must be linear and fast.
/// (Optimized build, measured on the project machine: about 50 MB/s on article prose, 18 MB/s on
/// this date-dense paragraph; a debug build is some 20 times slower.)
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

    @Test func scansTwoMegabytesInLinearTime() {
        let repetitions = 2_000_000 / Self.paragraph.utf8.count
        let text = String(repeating: Self.paragraph, count: repetitions)
        let scanner = DateScanner(referenceDate: CalendarDate(year: 2021, month: 4, day: 4), includeBareYears: true)
        let clock = ContinuousClock()
        var found = 0
        let elapsed = clock.measure { found = scanner.mentions(in: text).count }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(text.utf8.count) / 1_000_000
        print(String(format: "DateScanner: %.1f MB in %.3f s = %.1f MB/s, %d dates", megabytes, seconds, megabytes / seconds, found))
        #expect(found == repetitions * scanner.mentions(in: Self.paragraph).count)
        // A floor that even a debug build clears by far; a regex or quadratic scan would not.
        #expect(megabytes / seconds > 0.2)
    }
}
