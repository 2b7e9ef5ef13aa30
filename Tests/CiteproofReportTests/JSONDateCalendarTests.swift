import Foundation
import Testing
@testable import CiteproofCore
@testable import CiteproofReport

/// `date.calendar` and `date.language` appear for dates in other calendars and languages only.
@Suite struct JSONDateCalendarTests {
    static func encoded(_ text: String) throws -> [String: Any] {
        let mention = try #require(DateScanner().parse(text))
        let data = Data(JSONStreamWriter.text(writing: JSONDate(mention.citedDate(role: .citation))).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func englishGregorianDatesHaveNeither() throws {
        let json = try Self.encoded("April 3, 2021")
        #expect(json["calendar"] == nil && json["language"] == nil)
    }

    @Test func solarHijriDateHasBoth() throws {
        let json = try Self.encoded("۲۲ اسفند ۱۴۰۰")
        #expect(json["calendar"] as? String == "persian")
        #expect(json["language"] as? String == "fa")
        #expect(json["value"] as? String == "2022-03-13")
    }

    @Test func russianGregorianDateNamesItsCalendar() throws {
        let json = try Self.encoded("3 апреля 2021 г.")
        #expect(json["calendar"] as? String == "gregorian")
        #expect(json["language"] as? String == "ru")
    }
}
