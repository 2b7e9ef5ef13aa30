import Testing
@testable import CiteproofCore

/// A Hijri or Solar Hijri year is never judged as a Gregorian one: no `date-before-platform`
/// (Telegram in the year 1442) and no `invalid-date`.
@Suite struct NonGregorianYearTests {
    @Test(arguments: [
        "28 رجب 1442 هـ", "1442/07/28", "۱۳۹۹/۱۲/۲۲", "22-12-1399", "14-09-1442 هـ", "٢٨ رجب ١٤٤٢", "Ramadan 1442",
        "28 Rajab 1442", "۲۲ اسفند ۱۳۹۹", "30 صفر 1443 هـ",
    ])
    func hijriAndSolarHijriYearsAreNotGregorian(date: String) throws {
        let draft = "# Statements\n\nMarch 14, 2021\n\nThe channel posted it.[^1]\n\n[^1]: https://t.me/centerkaf/1234, \(date).\n"
        let document = try TestData.read(text: draft, format: .markdown)
        let rules = Citeproof.check(document).findings.map(\.rule)
        #expect(!rules.contains("date-before-platform"), "\(date): \(rules)")
        #expect(!rules.contains("invalid-date"), "\(date): \(rules)")
    }
}

@Suite struct SolarHijriURLPathTests {
    static func rules(_ note: String) throws -> [String] {
        let draft = "# Tehran\n\nMarch 14, 2021\n\nThe agency reported it.[^1]\n\n[^1]: \(note)\n"
        return Citeproof.check(try TestData.read(text: draft, format: .markdown)).findings.map(\.rule)
    }

    @Test func pathDateAgreesWithTheNote() throws {
        #expect(try Self.rules("https://www.mehrnews.com/fa/news/1399/12/22/5172 , ۲۲ اسفند ۱۳۹۹.") == [])
        #expect(try Self.rules("https://www.mehrnews.com/fa/news/1399/12/22/5172 , March 12, 2021.") == [])
    }

    /// `/1442/07/12/` may be Rajab 1442 (Hijri, 2021) or a Solar Hijri 1442 (2063): no path date is read.
    @Test func hijriLookingPathGivesNoPathDate() throws {
        #expect(try Self.rules("https://www.example-news.sa/1442/07/12/story , ١٢ رجب ١٤٤٢ هـ.") == [])
        #expect(try Self.rules("https://www.example-news.sa/1442/07/12/story , February 24, 2021.") == [])
        #expect(DateIdentifierDecoders.decode("https://www.example-news.sa/1442/07/12/story").isEmpty)
    }

    @Test func pathDateContradictsTheNote() throws {
        #expect(try Self.rules("https://www.mehrnews.com/fa/news/1399/12/22/5172 , ۱۵ اسفند ۱۳۹۹.").contains("id-date-mismatch"))
    }
}

/// Datelines and HTML metadata in the sources' languages and calendars give the publication date.
@Suite struct ForeignPublicationDateTests {
    @Test(arguments: [
        ("تاریخ انتشار: ۲۲ اسفند ۱۳۹۹", "2021-03-12"), ("٢٨ رجب ١٤٤٢ هـ", "2021-03-12"), ("Опубликовано: 12 марта 2021 г.", "2021-03-12"),
        ("Publié le 12 mars 2021", "2021-03-12"),
    ])
    func dateline(line: String, iso: String) throws {
        let draft = "# Title\n\n\(line)\n\nText.[^1]\n\n[^1]: Ahlulhaq.com, March 1, 2021.\n"
        let document = try TestData.read(text: draft, format: .markdown)
        #expect(document.publicationDate?.value == CalendarDate(iso: iso), "\(line)")
    }

    @Test func htmlMetaInPersian() throws {
        let html = """
            <html><head><meta name="date" content="۱۳۹۹/۱۲/۲۲"></head><body><p>Text.</p></body></html>
            """
        let document = try TestData.read(text: html, format: .html)
        #expect(document.publicationDate?.value == CalendarDate(iso: "2021-03-12"))
    }
}
