import Testing
@testable import CiteproofCore

@Suite struct DateScannerTests {
    static let reference = CalendarDate(year: 2021, month: 4, day: 4)!
    let scanner = DateScanner(referenceDate: reference)

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let value: String
        var end: String? = nil
        var precision: DatePrecision = .day
        var alternatives: [String] = []
        var yearInferred = false
        var testDescription: String { text }
    }

    static let forms: [Case] = [
        Case(text: "April 3, 2021", value: "2021-04-03"),
        Case(text: "Apr. 3, 2021", value: "2021-04-03"),
        Case(text: "Sept. 7, 2022", value: "2022-09-07"),
        Case(text: "3 April 2021", value: "2021-04-03"),
        Case(text: "3rd of April, 2021", value: "2021-04-03"),
        Case(text: "April 3rd, 2021", value: "2021-04-03"),
        Case(text: "Saturday, April 3, 2021", value: "2021-04-03"),
        Case(text: "APRIL 3, 2021", value: "2021-04-03"),
        Case(text: "2021-04-03", value: "2021-04-03"),
        Case(text: "2021/04/03", value: "2021-04-03"),
        Case(text: "03/04/2021", value: "2021-03-04", alternatives: ["2021-04-03"]),
        Case(text: "3.4.2021", value: "2021-03-04", alternatives: ["2021-04-03"]),
        Case(text: "13/03/2014", value: "2014-03-13"),
        Case(text: "04/04/2021", value: "2021-04-04"),
        Case(text: "1/1/16", value: "2016-01-01"),
        Case(text: "April 2021", value: "2021-04-01", precision: .month),
        Case(text: "Apr. 2021", value: "2021-04-01", precision: .month),
        Case(text: "April 2–3, 2021", value: "2021-04-02", end: "2021-04-03"),
        Case(text: "April 2-3, 2021", value: "2021-04-02", end: "2021-04-03"),
        Case(text: "April 30 – May 2, 2021", value: "2021-04-30", end: "2021-05-02"),
        Case(text: "December 30, 2020 – January 2, 2021", value: "2020-12-30", end: "2021-01-02"),
        Case(text: "2–3 April 2021", value: "2021-04-02", end: "2021-04-03"),
        Case(text: "30 April – 2 May 2021", value: "2021-04-30", end: "2021-05-02"),
        Case(text: "April 4", value: "2021-04-04", yearInferred: true),
        Case(text: "April 7", value: "2021-04-07", yearInferred: true),
        Case(text: "December 28", value: "2020-12-28", yearInferred: true),
        Case(text: "4 April", value: "2021-04-04", yearInferred: true),
        Case(text: "May 5", value: "2021-05-05", yearInferred: true),
        Case(text: "3. April 2021", value: "2021-04-03"),
        Case(text: "[Sept] 04, 2014", value: "2014-09-04"),
        Case(text: "April\u{A0}3,\u{A0}2021", value: "2021-04-03"),
    ]

    @Test(arguments: forms) func parsesEveryForm(_ c: Case) throws {
        let mention = try #require(scanner.parse(c.text), "no date in \(c.text)")
        #expect(mention.value?.description == c.value)
        #expect(mention.end?.description == c.end)
        #expect(mention.precision == c.precision)
        #expect(mention.alternatives.map(\.description) == c.alternatives)
        #expect(mention.yearInferred == c.yearInferred)
        #expect(mention.problem == nil)
        #expect(mention.text == c.text)
    }

    @Test func findsDatesInProseWithOffsets() {
        let text = "On April 4, 2021, Iraqi media reported — scheduled to begin on April 7, 2021 — see “Clip,” January 5, 2020."
        let found = scanner.mentions(in: text)
        #expect(found.map(\.text) == ["April 4, 2021", "April 7, 2021", "January 5, 2020"])
        for mention in found {
            let bytes = Array(text.utf8)[mention.utf8Range]
            #expect(String(decoding: bytes, as: UTF8.self) == mention.text)
        }
    }

    @Test func impossibleDatesAreProblemsNotCorrections() throws {
        for text in ["31 April 2019", "February 29, 2021", "2021-02-30", "31/04/2019", "April 31"] {
            let mention = try #require(scanner.parse(text), "\(text) not found")
            #expect(mention.value == nil, "\(text)")
            guard case .impossible = mention.problem else {
                Issue.record("\(text): expected an impossible-date problem, got \(String(describing: mention.problem))")
                continue
            }
        }
        #expect(scanner.parse("February 29, 2020")?.problem == nil)
    }

    @Test func weekdayContradictionIsAProblem() throws {
        let mention = try #require(scanner.parse("Tuesday, April 3, 2021"))
        #expect(mention.value == CalendarDate(year: 2021, month: 4, day: 3))
        #expect(mention.problem == .weekdayMismatch(written: 3, actual: 7))
        #expect(mention.problem?.explanation == "it says Tuesday, but that day was a Saturday")
        #expect(try #require(scanner.parse("Saturday, April 3, 2021")).problem == nil)
    }

    @Test func rangeEndingBeforeItStartsIsAProblem() throws {
        let mention = try #require(scanner.parse("April 5–3, 2021"))
        guard case .impossible = mention.problem else {
            Issue.record("expected a problem, got \(String(describing: mention.problem))")
            return
        }
    }

    @Test func bareYearsOnlyOnRequest() {
        let text = "the men who warned the American occupation forces in 2003 and 2004 and had 10,000 troops"
        #expect(scanner.mentions(in: text).isEmpty)
        let years = DateScanner(referenceDate: Self.reference, includeBareYears: true).mentions(in: text)
        #expect(years.map(\.text) == ["2003", "2004"])
        #expect(years.allSatisfy { $0.precision == .year })
    }

    @Test func yearlessDatesNeedAReference() {
        #expect(DateScanner().mentions(in: "On April 4, the channel posted").isEmpty)
        #expect(DateScanner().mentions(in: "On April 4, 2021, the channel posted").count == 1)
    }

    @Test func ignoresThingsThatAreNotDates() {
        let texts = [
            "You may 5 times", "the march 3 protest", "MEMRI TV Clip No. 7700", "version 1.2.2021.5",
            "24h ago", "the 1990s", "Mayor 3, 2021", "sat 5 April 2021",
            "12/09/18567", "3/4", "2021-13-01", "Room 10-11-12", "pages 1.2.21",
        ]
        for text in texts where text != "sat 5 April 2021" {
            #expect(scanner.mentions(in: text).isEmpty, "\(text)")
        }
        #expect(scanner.parse("Aug 7, 2014Aug 7, 2014") == nil)
        // A lower-case "sat" is a verb, not a weekday: the date is read without it.
        #expect(scanner.mentions(in: "sat 5 April 2021").map(\.text) == ["5 April 2021"])
    }
}

@Suite struct DateScannerEdgeTests {
    let scanner = DateScanner(referenceDate: CalendarDate(year: 2021, month: 4, day: 4)!)

    @Test func dayBeyondTheMonthWithAYearIsImpossible() throws {
        let mention = try #require(scanner.parse("32 January 2015"))
        #expect(mention.value == nil)
        #expect(mention.problem == .impossible("January 2015 has 31 days; there is no January 32"))
    }

    @Test func numberAfterAMonthWithoutAYearIsNotADay() {
        #expect(scanner.mentions(in: "In April 35 people were hurt").isEmpty)
    }

    @Test func yearlessFebruary29WalksBackToALeapYear() throws {
        let mention = try #require(DateScanner(referenceDate: CalendarDate(year: 2021, month: 3, day: 1)!).parse("February 29"))
        #expect(mention.value == CalendarDate(year: 2020, month: 2, day: 29))
        #expect(mention.yearInferred)
    }
}
