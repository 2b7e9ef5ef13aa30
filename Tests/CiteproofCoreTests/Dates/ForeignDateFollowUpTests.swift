import Testing
@testable import CiteproofCore

/// Forms read since the first version: Persian ordinal days, transliterated Hijri months of
/// several words without a day, a weekday written after the date.
@Suite struct ForeignDateFollowUpTests {
    static let scanner = DateScanner(referenceDate: CalendarDate(year: 2021, month: 4, day: 4))

    @Test(arguments: [
        ("دوازدهم آبان ۱۳۹۳", "2014-11-03"), ("یکم فروردین ۱۳۹۴", "2015-03-21"), ("بیست و سوم اردیبهشت ۱۳۸۹", "2010-05-13"),
        ("سی ام اسفند ۱۳۸۷", "2009-03-20"), ("سی‌ام اسفند ۱۳۸۷", "2009-03-20"), ("دوشنبه دوازدهم آبان ۱۳۹۳", "2014-11-03"),
        ("شانزدهم آذر ۱۳۹۳", "2014-12-07"),
    ])
    func persianOrdinalDays(text: String, iso: String) throws {
        let mention = try #require(Self.scanner.parse(text), "\(text)")
        #expect(mention.value == CalendarDate(iso: iso))
        #expect(mention.calendar == .persian && mention.precision == .day && mention.problem == nil)
    }

    @Test func persianOrdinalWordAloneIsNoDate() {
        #expect(Self.scanner.mentions(in: "دوازدهم نشست شورا").isEmpty)
        #expect(Self.scanner.mentions(in: "بیست و سوم").isEmpty)
    }

    @Test(arguments: ["Rabi' al-Awwal 1442", "Rabi al-Awwal 1442", "Rabi’ al-Awwal 1442", "Dhu al-Hijjah 1442", "Jumada al-Ula 1442"])
    func transliteratedMonthOfSeveralWordsWithoutDay(text: String) throws {
        let mention = try #require(Self.scanner.parse(text), "\(text)")
        #expect(mention.precision == .month)
        #expect(mention.calendar == .islamicUmmAlQura)
        #expect(mention.end != nil)
    }

    @Test func rabiAlAwwal1442IsOctoberToNovember2020() throws {
        let mention = try #require(Self.scanner.parse("Rabi' al-Awwal 1442"))
        // Umm al-Qura: 1 Rabi' al-Awwal 1442 = October 18, 2020.
        #expect(mention.value == CalendarDate(year: 2020, month: 10, day: 18))
        #expect(mention.end == CalendarDate(year: 2020, month: 11, day: 15))
    }

    @Test func englishWordsBeforeASpaceStayEnglish() {
        #expect(Self.scanner.mentions(in: "Dhu said the Rabi was late in 2021.").isEmpty)
    }

    @Test func weekdayAfterTheDateIsChecked() throws {
        let right = try #require(Self.scanner.parse("2 Ocak 2015 Cuma"))  // a Friday
        #expect(right.value == CalendarDate(year: 2015, month: 1, day: 2) && right.problem == nil)
        #expect(right.text == "2 Ocak 2015 Cuma")
        let wrong = try #require(Self.scanner.parse("2 Ocak 2015 Pazartesi"))
        #expect(wrong.problem == .weekdayMismatch(written: 2, actual: 6))
        let russian = try #require(Self.scanner.parse("3 апреля 2021 г., суббота"))
        #expect(russian.problem == nil && russian.value == CalendarDate(year: 2021, month: 4, day: 3))
        let hijri = try #require(Self.scanner.parse("٢٨ رجب ١٤٤٢ هـ الجمعة"))  // Umm al-Qura: Friday, March 12, 2021
        #expect(hijri.problem == nil)
    }

    @Test func weekdayAfterTheDateInANoteGivesInvalidDate() throws {
        let draft = "# Ankara\n\nApril 10, 2021\n\nThe ministry said so.[^1]\n\n[^1]: Anadolu Ajansı, 3 Nisan 2021 Pazartesi.\n"
        let rules = Citeproof.check(try TestData.read(text: draft, format: .markdown)).findings.map(\.rule)
        #expect(rules == ["invalid-date"], "\(rules)")
    }
}

/// A number and a period before a month name of any language read is a day, not a sentence end.
@Suite struct OrdinalDayIsNoSentenceEndTests {
    @Test(arguments: ["Die Zeit, 3. April 2021.", "FAZ, 12. März 2021.", "Der Standard, 1. Jänner 2021."])
    func germanNoteIsOneCitationWithItsSource(note: String) throws {
        let draft = "# Berlin\n\nApril 10, 2021\n\nThe paper reported it.[^1]\n\n[^1]: \(note)\n"
        let document = try TestData.read(text: draft, format: .markdown)
        #expect(Citeproof.check(document).findings.isEmpty, "\(Citeproof.check(document).findings.map(\.message))")
        #expect(document.definitions.first?.citations.count == 1)
        #expect(document.definitions.first?.citations.first?.date?.value != nil)
    }

    @Test func sentenceSplitterKeepsTheDayWithItsMonth() {
        let text = "Die Zeit, 3. April 2021. Der Spiegel, 4. April 2021. It rose to 3. Then it fell."
        let sentences = SentenceSplitter.sentences(in: text).map { String(text[$0]) }
        #expect(sentences == ["Die Zeit, 3. April 2021.", "Der Spiegel, 4. April 2021.", "It rose to 3.", "Then it fell."])
    }
}

/// Suggestions for `body-date-mismatch` in the note's own script and calendar, and the Hijri
/// ±1-day tolerance of `date-after-publication`.
@Suite struct ForeignDateSuggestionTests {
    static func findings(_ body: String, _ note: String, published: String = "April 10, 2021") throws -> [Finding] {
        let draft = "# Statements\n\n\(published)\n\n\(body)[^1]\n\n[^1]: \(note)\n"
        return Citeproof.check(try TestData.read(text: draft, format: .markdown)).findings
    }

    /// The sentence's day comes after the notes' (a report written days after its event is ordinary
    /// and not compared; a source dated before the event it reports is not).
    @Test(arguments: [
        ("Telegram.me/mod_russia, 5 апреля 2021 г.", "6 апреля 2021 г."),
        ("Mehr News, ۱۵ فروردین ۱۴۰۰.", "۱۷ فروردین ۱۴۰۰"),
        ("BBC Persian, ۱۴۰۰/۰۱/۱۵.", "۱۴۰۰/۰۱/۱۷"),
        ("Le Monde, 5 avril 2021.", "6 avril 2021"),
        ("Telegram.me/mod_russia, 30 марта 2021 г.", "6 апреля 2021 г."),
    ])
    func bodyDateMismatchSuggestsTheNoteInItsOwnWriting(note: String, corrected: String) throws {
        let found = try Self.findings("On April 6, 2021, the ministry said the exercise had ended.", note)
        let finding = try #require(found.first { $0.rule == "body-date-mismatch" }, "\(found.map(\.message))")
        #expect(finding.suggestion?.hasSuffix("or correct the note's date to \(corrected)") == true, "\(finding.suggestion ?? "")")
    }

    @Test func hijriNoteIsCorrectedInTheHijriCalendarAndArabicDigits() throws {
        // ٢٨ رجب ١٤٤٢ هـ is March 12, 2021 (Umm al-Qura); March 9 is 25 Rajab.
        let found = try Self.findings("On March 9, 2021, the group said so.", "Telegram.me/sabreen_s1, ٢٨ رجب ١٤٤٢ هـ.", published: "March 14, 2021")
        let finding = try #require(found.first { $0.rule == "body-date-mismatch" }, "\(found.map(\.message))")
        #expect(finding.suggestion?.hasSuffix("to ٢٥ رجب ١٤٤٢ هـ") == true, "\(finding.suggestion ?? "")")
        #expect(finding.message.contains("Umm al-Qura; ±1 day"))
    }

    @Test func hijriMonthChangesInArabic() throws {
        let found = try Self.findings("On March 14, 2021, the group said so.", "Telegram.me/sabreen_s1, ٢٨ رجب ١٤٤٢ هـ.", published: "March 20, 2021")
        let finding = try #require(found.first { $0.rule == "body-date-mismatch" }, "\(found.map(\.message))")
        // March 14, 2021 is 1 Sha'ban 1442.
        #expect(finding.suggestion?.hasSuffix("to ١ شعبان ١٤٤٢ هـ") == true, "\(finding.suggestion ?? "")")
    }

    @Test func englishNoteSuggestionUnchanged() throws {
        let found = try Self.findings("On April 3, 2021, the ministry said so.", "Telegram.me/mod_russia, April 5, 2021.")
        #expect(found.first?.suggestion == "write April 5, 2021 in the sentence, or correct the note's date")
    }

    @Test func hijriDayAfterPublicationIsWithinTolerance() throws {
        // 28 Rajab 1442 = March 12, 2021 (Umm al-Qura); the draft is dated March 11.
        let found = try Self.findings("The group said so.", "Telegram.me/sabreen_s1, 28 رجب 1442 هـ.", published: "March 11, 2021")
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func hijriTwoDaysAfterPublicationIsANoteNamingTheTolerance() throws {
        let found = try Self.findings("The group said so.", "Telegram.me/sabreen_s1, 28 رجب 1442 هـ.", published: "March 10, 2021")
        let finding = try #require(found.first { $0.rule == "date-after-publication" })
        #expect(finding.severity == .note)
        #expect(finding.message.contains("Umm al-Qura; ±1 day"), "\(finding.message)")
    }

    @Test func hijriWellAfterPublicationIsAnError() throws {
        let found = try Self.findings("The group said so.", "Telegram.me/sabreen_s1, 28 رجب 1442 هـ.", published: "March 1, 2021")
        let finding = try #require(found.first { $0.rule == "date-after-publication" })
        #expect(finding.severity == .error)
        #expect(finding.message.contains("Umm al-Qura; ±1 day"))
    }

    @Test func gregorianDayAfterPublicationUnchanged() throws {
        let found = try Self.findings("The group said so.", "Telegram.me/sabreen_s1, March 12, 2021.", published: "March 11, 2021")
        #expect(found.map(\.rule) == ["date-after-publication"])
        #expect(found.first?.severity == .note)
    }
}
