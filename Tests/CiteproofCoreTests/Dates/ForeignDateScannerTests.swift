import Testing
@testable import CiteproofCore

@Suite struct ForeignDateScannerTests {
    static let reference = CalendarDate(year: 2021, month: 4, day: 4)

    /// (text, Gregorian reading, calendar, language)
    @Test(arguments: [
        ("t.me/some_channel, ١٢ آذار ٢٠٢٠.", "2020-03-12", DateCalendar.gregorian, "ar"),
        ("Mehr News, ۲۲ اسفند ۱۴۰۰.", "2022-03-13", .persian, "fa"),
        ("بيان بتاريخ 28 رجب 1442 هـ", "2021-03-12", .islamicUmmAlQura, "ar"),
        ("Statement, 28 Rajab 1442 AH.", "2021-03-12", .islamicUmmAlQura, "ar-Latn"),
        ("12 Rabi' al-Awwal 1442", "2020-10-29", .islamicUmmAlQura, "ar-Latn"),
        ("3 апреля 2021 г.", "2021-04-03", .gregorian, "ru"),
        ("3 квітня 2021 року", "2021-04-03", .gregorian, "uk"),
        ("le 1er avril 2021", "2021-04-01", .gregorian, "fr"),
        ("am 3. März 2021", "2021-03-03", .gregorian, "de"),
        ("el 3 de abril de 2021", "2021-04-03", .gregorian, "es"),
        ("3 NİSAN 2021", "2021-04-03", .gregorian, "tr"),
        ("3 Nisan 2021 yılı", "2021-04-03", .gregorian, "tr"),
        ("السبت ٣ نيسان ٢٠٢١", "2021-04-03", .gregorian, "ar"),
        ("۱۳۹۹/۱۲/۲۲", "2021-03-12", .persian, "fa"),
        ("14-09-1432 هـ", "2011-08-14", .islamicUmmAlQura, "ar"),
        ("٥ جانفي ٢٠٢١", "2021-01-05", .gregorian, "ar"),
        ("ژانویه 8, 2015", "2015-01-08", .gregorian, "fa"),
    ])
    func readsTheDate(text: String, iso: String, calendar: DateCalendar, language: String) throws {
        let mention = try #require(DateScanner(referenceDate: Self.reference).mentions(in: text).first, "\(text)")
        #expect(mention.value == CalendarDate(iso: iso), "\(text): \(String(describing: mention.value))")
        #expect(mention.calendar == calendar)
        #expect(mention.language == language)
        #expect(mention.problem == nil)
    }

    @Test func monthOfAnotherCalendarSpansItsGregorianDays() throws {
        let mention = try #require(DateScanner().mentions(in: "Ramadan 1442").first)
        #expect(mention.precision == .month)
        #expect(mention.value == CalendarDate(iso: "2021-04-13"))
        #expect(mention.end == CalendarDate(iso: "2021-05-12"))
    }

    /// A Hijri or Solar Hijri year is never read as a Gregorian year.
    @Test(arguments: ["1442/07/28", "1399/12/22", "12 آذار 1442", "22-12-1399"])
    func hijriRangeYearsAreNotGregorian(text: String) {
        for mention in DateScanner().mentions(in: text) {
            #expect(mention.calendar != .gregorian || mention.value.map { $0.year >= 1600 } ?? true, "\(text)")
        }
    }

    @Test func englishProseIsUnchanged() {
        let text = "On April 4, 2021, 35 people met; 3 mars bars, Mai Tai 2021, room 10-11-12."
        let found = DateScanner(referenceDate: Self.reference).mentions(in: text)
        #expect(found.map(\.text) == ["April 4, 2021"])
    }
}
