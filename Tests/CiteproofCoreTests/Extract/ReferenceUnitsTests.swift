import Testing
@testable import CiteproofCore

/// A reference written in period-separated fields (Wikipedia's CS1, APA) is one citation,
/// not one per sentence: its fragments read as short forms of unknown works, and its date
/// and URL ended up in different citations.
@Suite struct ReferenceUnitsTests {
    static func units(_ note: String) -> [String] {
        ReferenceUnits.units(of: note, sentences: SentenceSplitter.sentences(in: note)).map { String(note[$0]) }
    }

    @Test func anAuthorDateReferenceIsOneUnit() {
        let note = "Harrow, Edith (2004). The Geometry of Lakes: an introduction. Northfield University Press. p. 652. ISBN 0-521-53927-7."
        #expect(Self.units(note) == [note])
    }

    @Test func aTitledWebReferenceIsOneUnitAndALongRemarkAfterItIsNot() {
        let note = "\"Population Clock\". Marlow Statistics Office. July 4, 2017. Retrieved September 11, 2017. "
            + "The office revises the clock every month from births, deaths and migration."
        #expect(Self.units(note) == [
            "\"Population Clock\". Marlow Statistics Office. July 4, 2017. Retrieved September 11, 2017.",
            "The office revises the clock every month from births, deaths and migration.",
        ])
    }

    @Test func twoReferencesInOneNoteStayTwo() {
        let note = "Doe, Jane (2010). Punishment for Sale. Penguin Press. p. xi. Roe, Richard (2012). The Illusion of Markets. Harbour Press."
        #expect(Self.units(note) == [
            "Doe, Jane (2010). Punishment for Sale. Penguin Press. p. xi.",
            "Roe, Richard (2012). The Illusion of Markets. Harbour Press.",
        ])
    }

    @Test func proseNotesAndSignalsAreLeftAsSentences() {
        #expect(Self.units("Interfax, March 5, 2022. See also the council's minutes.").count == 2)
        #expect(Self.units("The figures were revised. They fell by half.").count == 2)
    }

    @Test func aFieldSplitReferenceNoLongerReadsAsShortForms() throws {
        let draft = """
            The proof is standard.[^1]

            [^1]: Harrow, Edith (2004). *The Geometry of Lakes: an introduction*. Northfield University Press. p. 652. ISBN 0-521-53927-7.

            """
        let run = CheckRun(options: CheckOptions(publishedOverride: CalendarDate(iso: "2020-02-24")))
        let report = try run.run([CheckInput(path: "draft.md", bytes: Array(draft.utf8))])
        let findings = try #require(report.documents.first).findings
        #expect(!findings.contains { $0.rule == "short-form-mismatch" || $0.rule == "missing-source" }, "\(findings.map(\.message))")
    }

    @Test func theDateAndTheURLOfOneReferenceAreCompared() throws {
        let draft = """
            The mayor was elected.[^1]

            [^1]: ["Mayor elected"](https://www.example-post.com/local/2014/11/04/mayor-elected.html). *Example Post*. November 5, 2015. Retrieved January 14, 2016.

            """
        let run = CheckRun(options: CheckOptions(publishedOverride: CalendarDate(iso: "2019-10-22")))
        let report = try run.run([CheckInput(path: "draft.md", bytes: Array(draft.utf8))])
        let findings = try #require(report.documents.first).findings
        #expect(findings.contains { $0.rule == "id-date-mismatch" }, "\(findings.map(\.message))")
    }

    @Test func theSentenceAfterAnAuthorHeadIsItsTitleHoweverLong() {
        let note = "Baker, Peter (January 26, 2017). \"U.S. to Restore Full Relations With the Island, Erasing a Last Trace of Cold War Hostility\". The Example Times."
        #expect(Self.units(note) == [note])
        let noDate = "Salmond, Anne. Two Worlds: First Meetings Between Maori and Europeans 1642–1772. Auckland: Penguin Books. p. 82. ISBN 0-670-83298-7."
        #expect(Self.units(noDate) == [noDate])
    }

    @Test func aQuotedTitleWithItsFormatOpensAUnit() {
        let note = "\"Human Development Report 2018\" (PDF). United Nations Development Programme. p. 22. Retrieved 14 September 2018."
        #expect(Self.units(note) == [note])
    }

    @Test func listedReferencesAndMLATitlesStaySeparate() {
        #expect(Self.units("\"Teen idol\". The Tennessean. September 24, 2015. - Lynch, Gerald. \"Most searched\". Tech Radar. October 25, 2015.").count >= 2)
        #expect(Self.units("Green, Sue. \"Rain.\" Herald, 15 Jan. 2014. Web. 2 Mar. 2004.").count >= 2)
    }

    @Test func aNoteBundlingReferencesAsAListIsCutBeforeEachItem() {
        let note = "Taxation: - Prasad, M.; Deng, Y. (April 2, 2009). \"Taxation and welfare\". Socio-Economic Review. hdl:10419/95615. "
            + "- Matthews, Dylan (September 19, 2012). \"Other countries\". The Example Post."
        let units = Self.units(note)
        #expect(units.count >= 2, "\(units)")
        #expect(units.last?.hasPrefix("- Matthews") == true, "\(units)")
    }
}
