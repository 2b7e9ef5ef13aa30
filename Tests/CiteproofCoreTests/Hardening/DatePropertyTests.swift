import Testing
@testable import CiteproofCore

/// Parse → print → parse of dates is stable over many random valid dates, in every printed form.
@Suite struct DatePropertyTests {
    static let seed: UInt64 = 0x5EED_0002
    static let cases = 5000

    static func randomDate(_ g: inout SeededGenerator) -> CalendarDate {
        let year = Int.random(in: 1800...2199, using: &g)
        let month = Int.random(in: 1...12, using: &g)
        let day = Int.random(in: 1...CalendarDate.daysIn(month: month, year: year), using: &g)
        return CalendarDate(year: year, month: month, day: day)!
    }

    static func expectParses(_ text: String, to date: CalendarDate) {
        let mention = DateScanner().parse(text)
        #expect(mention?.value == date && mention?.precision == .day && mention?.problem == nil,
            "\(text) → \(mention.map { "\($0.value?.description ?? "nil") \($0.precision) \(String(describing: $0.problem))" } ?? "nil")")
    }

    @Test func theLongFormReadsBackAsTheSameDay() {
        var g = SeededGenerator(seed: Self.seed)
        for _ in 0..<Self.cases {
            let date = Self.randomDate(&g)
            Self.expectParses(date.longDescription, to: date)
        }
    }

    @Test func theISOFormReadsBackAsTheSameDay() {
        var g = SeededGenerator(seed: Self.seed + 1)
        for _ in 0..<Self.cases {
            let date = Self.randomDate(&g)
            Self.expectParses(date.description, to: date)
            #expect(CalendarDate(iso: date.description) == date)
        }
    }

    @Test func dayMonthYearAndWeekdayFormsReadBackAsTheSameDay() {
        var g = SeededGenerator(seed: Self.seed + 2)
        for _ in 0..<Self.cases {
            let date = Self.randomDate(&g)
            let month = CalendarDate.monthNames[date.month - 1]
            let weekday = DateProblem.weekdayNames[date.weekday - 1]
            Self.expectParses("\(date.day) \(month) \(date.year)", to: date)
            Self.expectParses("\(weekday), \(date.longDescription)", to: date)
        }
    }

    @Test func aDateInsideProseIsFoundWhereItStands() {
        var g = SeededGenerator(seed: Self.seed + 3)
        for _ in 0..<Self.cases / 5 {
            let date = Self.randomDate(&g)
            let prefix = g.pick(["The post of ", "On ", "Riverton Ledger, ", "(", "— "])
            let text = prefix + date.longDescription + g.pick([".", ", the council said.", ")", ""])
            let mentions = DateScanner().mentions(in: text)
            #expect(mentions.count == 1 && mentions.first?.value == date && mentions.first?.utf8Range.lowerBound == prefix.utf8.count,
                "\(text): \(mentions.map(\.text))")
        }
    }
}
