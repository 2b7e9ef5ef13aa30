import Testing
@testable import CiteproofCore

@Suite struct CalendarDateTests {
    @Test func rejectsImpossibleDays() {
        #expect(CalendarDate(year: 2019, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2021, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2020, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test func epochDaysRoundTrip() throws {
        let d = try #require(CalendarDate(year: 2021, month: 4, day: 3))
        #expect(d.daysSinceEpoch == 18720)
        #expect(CalendarDate(daysSinceEpoch: 18720) == d)
        for offset in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(daysSinceEpoch: offset).daysSinceEpoch == offset)
        }
    }

    @Test func weekdays() throws {
        // April 3, 2021 was a Saturday; January 1, 1970 a Thursday; March 21, 2006 a Tuesday.
        #expect(try #require(CalendarDate(year: 2021, month: 4, day: 3)).weekday == 7)
        #expect(try #require(CalendarDate(year: 1970, month: 1, day: 1)).weekday == 5)
        #expect(try #require(CalendarDate(year: 2006, month: 3, day: 21)).weekday == 3)
    }

    @Test func isoFormatting() throws {
        let d = try #require(CalendarDate(iso: "2021-04-03"))
        #expect(d.description == "2021-04-03")
        #expect(d.longDescription == "April 3, 2021")
        #expect(CalendarDate(iso: "2021-4-3") == nil)
    }
}
