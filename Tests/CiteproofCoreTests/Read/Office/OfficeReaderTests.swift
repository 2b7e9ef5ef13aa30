import Foundation
import Testing
@testable import CiteproofCore

/// .docx and .odt specifics: paragraph locations, labels, note kinds, metadata fallbacks.
@Suite struct OfficeReaderTests {
    static func read(_ relative: String) throws -> Document {
        try TestData.read(TestData.fixtures.appendingPathComponent("formats/" + relative))
    }

    @Test func pandocDocxLocationsAreParagraphsAndKeepWordIDs() throws {
        let document = try Self.read("pandoc/council-depot.docx")
        #expect(document.locationUnit == .paragraph)
        // pandoc 2.17 numbers notes from 20 and skips 25 here (footnotes.xml: 20, 21, 22, 23, 24, 26).
        #expect(document.definitions.map(\.internalID) == ["20", "21", "22", "23", "24", "26"])
        // Paragraph 3 is the first body paragraph after title and date; the marker follows "neighbours.".
        let first = try #require(document.references.first)
        #expect(first.location.line == 3)
        let line = try #require(document.source.lineText(3))
        #expect(line.hasSuffix("neighbours.[1]"))
        #expect(first.location.column == line.unicodeScalars.count - 2)
    }

    @Test func labelsFollowWordsNumberFormats() {
        #expect(DOCXNoteNumbering.label(kind: "footnote", ordinal: 4, formats: [:]) == "4")
        #expect(DOCXNoteNumbering.label(kind: "endnote", ordinal: 4, formats: [:]) == "iv")
        #expect(DOCXNoteNumbering.label(kind: "endnote", ordinal: 4, formats: ["endnote": "decimal"]) == "4")
        #expect(DOCXNoteNumbering.label(kind: "footnote", ordinal: 28, formats: ["footnote": "lowerLetter"]) == "bb")
        #expect(DOCXNoteNumbering.label(kind: "footnote", ordinal: 3, formats: ["footnote": "chicago"]) == "3")
    }

    @Test func fileTimesAreNeverPublicationDates() throws {
        // core.xml says 2000-01-01 (pandoc) / 2024-06-10 (python-docx): the dateline wins.
        #expect(try Self.read("pandoc/flood-volunteers.docx").publicationDate?.value == CalendarDate(year: 2023, month: 11, day: 20))
        let endnotes = try Self.read("python-docx/transit-strike.endnotes.docx")
        #expect(endnotes.publicationDate?.value == CalendarDate(year: 2024, month: 6, day: 12))
        #expect(endnotes.publicationDate?.origin == "dateline")
    }

    @Test func odtNoteBodiesAreNotBodyText() throws {
        let document = try Self.read("pandoc/flood-volunteers.odt")
        // The remark's July 2021 dates live in note 2, not in the body paragraph that references it.
        let sentence = try #require(document.references.first { $0.label == "2" }?.sentence)
        #expect(!sentence.contains("July"))
        #expect(document.definitions[1].remarks.flatMap(\.dates).map(\.text) == ["July 2021", "July 15, 2021"])
    }

    @Test func codeSpansKeepTheirLiteralMarkers() throws {
        for file in ["pandoc/broken.docx", "pandoc/broken.odt", "pandoc/broken.html"] {
            let document = try Self.read(file)
            #expect(document.unresolvedMarkers.map(\.text) == ["[^9]"], "\(file)")
            #expect(document.source.string.contains("see note [^1]"), "\(file)")
        }
    }
}
