import Testing
@testable import CiteproofCore

/// Markdown drafts pasted from a word processor: `[1]` markers, notes as an ordered list or
/// `[1] …` paragraphs under a notes heading, read like the text reader reads them.
@Suite struct MarkdownTypedNotesTests {
    static func read(_ markdown: String) throws -> Document {
        try TestData.read(text: markdown, format: .markdown, path: "draft.md")
    }

    @Test func orderedListUnderSourcesHeadingIsNotes() throws {
        let document = try Self.read(
            """
            # Depot fire

            The council met on Monday.[1] The depot burned.[2]

            ## Sources

            1. Riverton Ledger, March 3, 2024.
            2. https://riverton.example.org/minutes
            """)
        #expect(document.definitions.map(\.label) == ["1", "2"])
        #expect(document.references.map(\.label) == ["1", "2"])
        #expect(document.definitions[0].text == "Riverton Ledger, March 3, 2024.")
        // The note stands where its list item's marker does.
        #expect(document.definitions[0].location == SourceLocation(line: 7, column: 1))
        #expect(document.definitions[1].location == SourceLocation(line: 8, column: 1))
        // `[1]` in "Monday.[1]" is on line 3, column 27.
        #expect(document.references[0].location == SourceLocation(line: 3, column: 27))
        #expect(document.definitions[1].citations.first?.urls == ["https://riverton.example.org/minutes"])
    }

    @Test func bracketNotesOnConsecutiveLinesAreNotesEach() throws {
        // One paragraph to cmark; three notes to an editor.
        let document = try Self.read(
            """
            Developer: Example Org[1]
            Latest version: 4.1 / 2 May 2020[2]

            ## Notes

            [1] example.org, 3 March 2018.
            [2] "Release notes". Example Project. 9 January 2019.
            [3] example.org/license, 3 March 2018.
            """)
        #expect(document.definitions.map(\.label) == ["1", "2", "3"])
        #expect(document.definitions.map(\.location.line) == [6, 7, 8])
        #expect(document.definitions[1].text == "\"Release notes\". Example Project. 9 January 2019.")
        // Each label-and-value line is a sentence of its own.
        #expect(document.references.map(\.sentence) == ["Developer: Example Org[1]", "Latest version: 4.1 / 2 May 2020[2]"])
    }

    @Test func bracketParagraphsUnderNotesHeading() throws {
        let document = try Self.read(
            """
            Water rose.[1][2]

            **Notes**

            [1] Riverton Ledger, March 3, 2024.

            [2] Velmora Herald, March 4, 2024.
            """)
        #expect(document.definitions.map(\.label) == ["1", "2"])
        #expect(document.references.map(\.label) == ["1", "2"])
        #expect(document.definitions[1].location == SourceLocation(line: 7, column: 1))
    }

    @Test func markerListsAndRanges() throws {
        let document = try Self.read(
            """
            A claim.[1, 3] Another.[2–4] A third.[1-2]

            ## References

            1. One, March 1, 2024.
            2. Two, March 2, 2024.
            3. Three, March 3, 2024.
            4. Four, March 4, 2024.
            """)
        #expect(document.references.map(\.label) == ["1", "3", "2", "3", "4", "1", "2"])
        #expect(document.definitions.count == 4)
    }

    @Test func footnotesWinInMixedDrafts() throws {
        let document = try Self.read(
            """
            A claim.[^1] Another.[2]

            [^1]: Riverton Ledger, March 3, 2024.

            ## Endnotes

            1. Shadowed by the footnote, March 9, 2024.
            2. Velmora Herald, March 4, 2024.
            """)
        #expect(document.definitions.map(\.label).sorted() == ["1", "2"])
        #expect(document.definitions.first { $0.label == "1" }?.text == "Riverton Ledger, March 3, 2024.")
        #expect(document.references.map(\.label) == ["1", "2"])
    }

    @Test func draftWithoutNotesHeadingKeepsBracketsAsText() throws {
        let document = try Self.read(
            """
            The array a[1] holds the count.

            1. A list item, not a note.
            2. Another.
            """)
        #expect(document.references.isEmpty)
        #expect(document.definitions.isEmpty)
    }

    @Test func markersInCodeAreNotReferences() throws {
        let document = try Self.read(
            """
            Write `x[2]` in code.[1]

            ## Bibliography

            1. Riverton Ledger, March 3, 2024.
            """)
        #expect(document.references.map(\.label) == ["1"])
    }

    @Test func missingTypedNoteIsReported() throws {
        let document = try Self.read(
            """
            A claim.[1] Another.[5]

            ## Sources

            1. Riverton Ledger, March 3, 2024.
            """)
        #expect(document.references.map(\.label) == ["1", "5"])
        #expect(document.definitions.map(\.label) == ["1"])
    }

    @Test(arguments: [
        ("date: 2015-06-03", "2015-06-03"),
        ("published: 03-Jun-2015", "2015-06-03"),
        ("publishDate: June 3, 2015", "2015-06-03"),
        ("pubDate: 2015-06-03T08:15:02+02:00", "2015-06-03"),
        ("created: '3 June 2015'", "2015-06-03"),
        ("date_published: 2015-06-03 08:15:02 +0000", "2015-06-03"),
    ])
    func frontMatterDates(line: String, expected: String) throws {
        let document = try Self.read("---\ntitle: T\n\(line)\n---\n\nBody.\n")
        #expect(document.publicationDate?.value == CalendarDate(iso: expected))
    }

    @Test func frontMatterPrefersPublishedOverUpdated() throws {
        let document = try Self.read("---\nupdated: 2020-01-01\npublished: 03-Jun-2015\n---\n\nBody.\n")
        #expect(document.publicationDate?.value == CalendarDate(iso: "2015-06-03"))
        #expect(document.publicationDate?.origin == "front-matter (published)")
    }
}

/// Plain-text markers with several numbers and ranges.
@Suite struct NoteMarkerGroupTests {
    @Test(arguments: [
        ("a.[3,14]", ["3", "14"]),
        ("a.[3, 14]", ["3", "14"]),
        ("a.[1–3]", ["1", "2", "3"]),
        ("a.[1-3]", ["1", "2", "3"]),
        ("a.[1][4]", ["1", "4"]),
        ("a.[2,4–6]", ["2", "4", "5", "6"]),
        ("a.[3–1]", []),
        ("a.[1–900]", []),
        ("a.[1,x]", []),
        ("see [1](https://example.org)", []),
    ])
    func markers(text: String, labels: [String]) {
        #expect(NoteMarkers.markers(in: text).map(\.label) == labels)
    }

    @Test func textReaderReadsGroups() throws {
        let document = try TestData.read(
            text: "Title\n\nA claim.[1,2] More.[2–3]\n\nNotes\n\n1. One, March 1, 2024.\n2. Two, March 2, 2024.\n3. Three, March 3, 2024.\n",
            format: .text, path: "draft.txt")
        #expect(document.references.map(\.label) == ["1", "2", "2", "3"])
        #expect(document.definitions.map(\.label) == ["1", "2", "3"])
    }
}
