import Foundation
import Testing
@testable import CiteproofCore

/// The same draft as Markdown, HTML, .docx and .odt (written by pandoc, LibreOffice and python-docx)
/// gives the same notes, citations, inline credits, publication date and findings.
@Suite struct CrossFormatEquivalenceTests {
    /// Derived files of each master (Fixtures/formats/README.md).
    static let derived: [(master: String, file: String)] = [
        ("council-depot", "pandoc/council-depot.html"), ("council-depot", "pandoc/council-depot.docx"),
        ("council-depot", "pandoc/council-depot.odt"), ("council-depot", "libreoffice/council-depot.html"),
        ("council-depot", "libreoffice/council-depot.docx"), ("council-depot", "libreoffice/council-depot.odt"),
        ("council-depot", "python-docx/council-depot.plain-notes.docx"),
        ("flood-volunteers", "pandoc/flood-volunteers.html"), ("flood-volunteers", "pandoc/flood-volunteers.docx"),
        ("flood-volunteers", "pandoc/flood-volunteers.odt"),
        ("transit-strike", "pandoc/transit-strike.html"), ("transit-strike", "pandoc/transit-strike.docx"),
        ("transit-strike", "pandoc/transit-strike.odt"), ("transit-strike", "python-docx/transit-strike.endnotes.docx"),
        ("transit-strike", "libreoffice/transit-strike.endnotes.odt"),
        ("transit-strike", "libreoffice/transit-strike.endnotes.html"),
    ]
    static let brokenDerived = ["pandoc/broken.html", "pandoc/broken.docx", "pandoc/broken.odt"]

    /// Rules that exist on this branch; others (date, source rules) are compared on their own branches.
    static let comparedRules: Set<String> = Set(RuleRegistry.all.map { $0.description.id })

    static func read(_ relative: String) throws -> Document {
        try TestData.read(TestData.fixtures.appendingPathComponent("formats/" + relative))
    }

    /// Whitespace folded, curly quotes and dashes folded to plain ones.
    static func normalized(_ s: String) -> String {
        let folded = s.map { c -> Character in
            switch c {
            case "“", "”", "„", "″": return "\""
            case "‘", "’", "′": return "'"
            case "\u{A0}": return " "
            default: return c
            }
        }
        return String(folded).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    struct Summary: Equatable, CustomStringConvertible {
        var notes: [String]
        var kinds: Set<String>
        var citations: [String]
        var credits: [String]
        var published: CalendarDate?
        var referenceCount: Int
        var findings: [String]

        var description: String {
            "notes: \(notes)\ncitations: \(citations)\ncredits: \(credits)\npublished: \(published.map(\.description) ?? "-")\nreferences: \(referenceCount)\nfindings: \(findings)"
        }
    }

    static func summary(_ document: Document) -> Summary {
        let findings = Citeproof.check(document).findings.map(\.rule).filter(comparedRules.contains).sorted()
        return Summary(
            notes: document.definitions.map { normalized($0.text) },
            kinds: Set(document.definitions.map(\.kind)),
            citations: document.definitions.flatMap { d in
                d.citations.map { "\(normalized($0.source?.raw ?? "-")) | \($0.date?.value.map(\.description) ?? "-")" }
            },
            credits: document.inlineCitations.map { "\(normalized($0.source?.raw ?? "-")) | \($0.date?.value.map(\.description) ?? "-")" },
            published: document.publicationDate?.value,
            referenceCount: document.references.count,
            findings: findings)
    }

    @Test(arguments: derived.map(\.file))
    func derivedFileReadsLikeItsMaster(_ file: String) throws {
        let master = try #require(Self.derived.first { $0.file == file }?.master)
        var expected = Self.summary(try Self.read("masters/\(master).md"))
        let actual = Self.summary(try Self.read(file))
        expected.kinds = actual.kinds  // endnote files keep their kind; checked below
        #expect(expected.notes.count >= 6 && expected.citations.count >= 6 && expected.credits.count == 1)
        #expect(actual == expected, "\(file)\n--- actual\n\(actual)\n--- master\n\(expected)")
    }

    @Test func endnoteFilesSayEndnoteAndKeepPrintedLabels() throws {
        let docx = try Self.read("python-docx/transit-strike.endnotes.docx")
        #expect(docx.definitions.allSatisfy { $0.kind == "endnote" })
        #expect(docx.definitions.map(\.label) == ["i", "ii", "iii", "iv", "v", "vi", "vii"])
        #expect(docx.definitions.map(\.internalID) == (1...7).map { String($0) })
        let odt = try Self.read("libreoffice/transit-strike.endnotes.odt")
        #expect(odt.definitions.map(\.label) == ["i", "ii", "iii", "iv", "v", "vi", "vii"])
        #expect(odt.references.map(\.label) == odt.definitions.map(\.label))
    }

    @Test func linkTargetsInNotesSurviveEveryFormat() throws {
        for file in ["masters/transit-strike.md"] + Self.derived.filter({ $0.master == "transit-strike" }).map(\.file) {
            let document = try Self.read(file)
            let urls = document.definitions[1].citations.flatMap(\.urls)
            #expect(urls.contains("https://x.com/priya_raman_nmu/status/1799912345678901234"), "\(file): \(urls)")
        }
    }

    @Test(arguments: brokenDerived)
    func brokenDerivedFilesGiveOnlyTheUnresolvedMarker(_ file: String) throws {
        let document = try Self.read(file)
        #expect(document.definitions.count == 3)
        #expect(document.references.map(\.label) == ["1", "2", "3"])
        #expect(document.definitions.map(\.label) == ["1", "2", "3"])
        // pandoc kept the LAST of the duplicate [^2] definitions.
        #expect(document.definitions[1].citations.first?.date?.value == CalendarDate(year: 2024, month: 5, day: 18))
        #expect(document.unresolvedMarkers.map(\.text) == ["[^9]"])
        let findings = Citeproof.check(document).findings.map(\.rule).filter(Self.comparedRules.contains)
        #expect(findings == ["unresolved-marker"], "\(file): \(findings)")
    }

    @Test func brokenMarkdownMasterIsNotRepaired() throws {
        let findings = Set(Citeproof.check(try Self.read("masters/broken.md")).findings.map(\.rule))
        #expect(findings.isSuperset(of: ["missing-definition", "unused-definition", "duplicate-definition", "numbering-gap"]))
        #expect(!findings.contains("unresolved-marker"))
    }

    @Test(arguments: ["seed/seed.html", "seed/seed.docx"])
    func seedReadsLikeThePlainTextSeed(_ file: String) throws {
        let seed = try TestData.read(TestData.seedPath, format: .text)
        let document = try Self.read(file)
        let expected = Self.summary(seed)
        let actual = Self.summary(document)
        #expect(actual.notes.count == 8)
        #expect(actual.citations.count == 9)
        #expect(actual == expected, "\(file)\n--- actual\n\(actual)\n--- seed\n\(expected)")
        #expect(document.publicationDate?.value == CalendarDate(year: 2021, month: 4, day: 4))
        #expect(document.publicationDate?.origin == "dateline")
        #expect(document.references.map(\.label) == (1...8).map(String.init))
        #expect(document.inlineCitations.first?.source?.raw == "Telegram.me/ Qais_alkhazali")
    }
}
