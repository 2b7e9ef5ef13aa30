import Testing
@testable import CiteproofCore

/// A plain-text note writes its links after their text (`“Title” (https://…).`); the text reader keeps
/// them as the note's links, so a reference is read as one citation, as `[Title](https://…)` is in Markdown.
@Suite struct InlineLinksTests {
    static let note = "“Bowser is elected mayor” (https://www.washingtonpost.com/local/2014/11/04/story.html?tid=pm_local_pop). Washington Post. November 5, 2015. Retrieved January 14, 2015."

    @Test func aWikipediaStyleReferenceIsOneCitationInEveryTypedFormat() throws {
        for (format, notes) in [
            (DocumentFormat.text, "[1] \(Self.note)\n"),
            (.markdown, "[^1]: [“Bowser is elected mayor”](https://www.washingtonpost.com/local/2014/11/04/story.html?tid=pm_local_pop). Washington Post. November 5, 2015. Retrieved January 14, 2015.\n"),
        ] {
            let marker = format == .text ? "[1]" : "[^1]"
            let document = try TestData.read(text: "Title\n\nBowser won.\(marker)\n\n\(notes)", format: format, path: "draft")
            let note = try #require(document.definitions.first)
            #expect(note.citations.count == 1, "\(format)")
            let citation = try #require(note.citations.first)
            #expect(citation.urls == ["https://www.washingtonpost.com/local/2014/11/04/story.html?tid=pm_local_pop"], "\(format)")
            #expect(citation.date?.text == "November 5, 2015", "\(format)")
            let rules = Set(Citeproof.check(document, options: CheckOptions(publishedOverride: CalendarDate(iso: "2019-01-01"))).findings.map(\.rule))
            #expect(rules.isSuperset(of: ["accessed-before-issued", "id-date-mismatch", "tracking-parameters"]), "\(format): \(rules)")
        }
    }

    @Test func theTextAndItsLocationsStay() throws {
        let text = "Title\n\nA claim.[1]\n\n[1] Doe, “A report” (https://example.org/a_(b)), May 2, 2020.\n"
        let document = try TestData.read(text: text, format: .text, path: "draft")
        let note = try #require(document.definitions.first)
        #expect(note.text == "Doe, “A report”, May 2, 2020.")
        let citation = try #require(note.citations.first)
        #expect(citation.urls == ["https://example.org/a_(b)"])
        // The date keeps its place in the source line, after the cut URL.
        #expect(citation.date?.location == SourceLocation(line: 5, column: 50))
    }

    @Test(arguments: [
        "see (https://example.org and more)",  // not one URL
        "(https://example.org) first",  // no text before it
        "see (ftp://example.org).",  // not a web link
        "see (https://example.org)x",  // glued to a word
    ])
    func otherParenthesesAreKept(_ text: String) {
        let lifted = InlineLinks.lift(MappedText(text, sourceOffset: 0))
        #expect(lifted.text.text == text)
        #expect(lifted.links.isEmpty)
    }
}

/// pandoc and word processors write `pp. 20` with a no-break space; the text reader hands the note on
/// with a plain space, so the locator (and the short form it ends) reads as typed.
@Suite struct NoBreakSpaceNoteTests {
    static func shortFormFindings(_ note: String) throws -> [Finding] {
        let text = "Title\n\nThe band formed.[1] It toured.[2]\n\nNotes\n\n[1] Jane Doe, The Long Tour (New York: Harbour Press, 2016), 88.\n[2] \(note)\n"
        let document = try TestData.read(text: text, format: .text, path: "draft")
        return Citeproof.check(document, options: CheckOptions(publishedOverride: CalendarDate(iso: "2020-01-01")))
            .findings.filter { $0.rule == "short-form-mismatch" }
    }

    @Test func aShortFormWithANoBreakSpaceIsAShortForm() throws {
        #expect(try Self.shortFormFindings("Cooper (1998), pp.\u{A0}20-22.").count == 1)
        #expect(try Self.shortFormFindings("Cooper (1998), pp. 20-22.").count == 1)
    }

    @Test func aShortFormOfACitedAuthorIsNotFlagged() throws {
        #expect(try Self.shortFormFindings("Doe (2016), pp.\u{A0}90-92.").isEmpty)
    }

    @Test func locationsAndLinksKeepTheirPlaces() {
        var text = MappedText("p.\u{A0}12 ", sourceOffset: 0)
        text.append("(x)", sourceOffset: 20)
        let spaced = text.replacingNoBreakSpaces(links: [(offset: 6, url: "https://example.org")])
        #expect(spaced.text.text == "p. 12 (x)")
        #expect(spaced.text.sourceOffset(forPlain: 3) == 4)
        #expect(spaced.text.sourceOffset(forPlain: 6) == 20)
        #expect(spaced.links.map(\.offset) == [5])
    }
}
