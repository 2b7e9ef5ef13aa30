import Foundation
import Testing
@testable import CiteproofCore

/// Every format of a master draft — the Markdown itself, and the HTML, .docx and .odt that pandoc,
/// LibreOffice and python-docx wrote from it — gives the notes, citations, credits, publication date and
/// findings of the master's hand-written answer key (`Fixtures/formats/masters/NAME.expected.md`, read
/// by `AnswerKey`). The key, not the Markdown reader, is the reference: a reader bug that every format
/// shares cannot hide.
@Suite struct CrossFormatEquivalenceTests {
    static let keyNames = ["council-depot", "flood-volunteers", "transit-strike"]
    /// A malformed key stops the run with its line (a key that read as empty would assert nothing).
    static let keys: [AnswerKey] = keyNames.map { name in
        do { return try AnswerKey.load(name) } catch { fatalError("\(error)") }
    }
    static let files: [String] = keys.flatMap { $0.files.map(\.path) }
    static let brokenDerived = ["pandoc/broken.html", "pandoc/broken.docx", "pandoc/broken.odt"]

    /// Differences from a key that are bugs of the code, not of the key, each matched by the file's key
    /// and the note it concerns. When the bug is fixed, `withKnownIssue` reports that the issue no longer
    /// occurs, and the entry must go.
    static let knownIssues: [(key: String, note: String, why: String)] = []

    /// Rules that exist on this branch.
    static let comparedRules: Set<String> = Set(RuleRegistry.all.map { $0.description.id })

    /// Whitespace folded, curly quotes folded to plain ones.
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

    /// The seed's HTML and .docx against the plain-text seed (whose notes `SeedAcceptanceTests` checks by hand).
    struct Summary: Equatable, CustomStringConvertible {
        var notes: [String]
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
        Summary(
            notes: document.definitions.map { normalized($0.text) },
            citations: document.definitions.flatMap { d in
                d.citations.map { "\(normalized($0.source?.raw ?? "-")) | \($0.date?.value.map(\.description) ?? "-")" }
            },
            credits: document.inlineCitations.map { "\(normalized($0.source?.raw ?? "-")) | \($0.date?.value.map(\.description) ?? "-")" },
            published: document.publicationDate?.value,
            referenceCount: document.references.count,
            findings: Citeproof.check(document).findings.map(\.rule).sorted())
    }

    static func read(_ relative: String) throws -> Document {
        try TestData.read(TestData.fixtures.appendingPathComponent("formats/" + relative))
    }

    @Test func theKeysListEveryFileOfTheirMasters() throws {
        let listed = Set((Self.keys + [try AnswerKey.load("sections")]).flatMap { $0.files.map(\.path) })
        let formats = TestData.fixtures.appendingPathComponent("formats")
        var onDisk: Set<String> = []
        for folder in ["masters", "pandoc", "libreoffice", "python-docx"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: formats.appendingPathComponent(folder).path)
            where !name.hasPrefix("broken.") && !name.hasSuffix(".expected.md") {
                onDisk.insert("\(folder)/\(name)")
            }
        }
        #expect(onDisk == listed, "on disk, not in a key: \(onDisk.subtracting(listed).sorted()); in a key, not on disk: \(listed.subtracting(onDisk).sorted())")
        #expect(Self.files.count >= 18)
    }

    /// The key reader refuses what it cannot read instead of reading less: a note without `cites`
    /// lines, a finding without a severity, a file with the wrong number of labels.
    @Test func aKeyItCannotReadIsRefused() throws {
        let good = """
            Publication date: 2024-03-05
            ## Notes
            - [^1] (line 3) · prose
              - cites `x.com/a` · 2024-03-01
            ## Findings — exactly these
            - date-year-outlier · [^1] · warning · 3:1 · prose
            - no missing-source: prose
            ## Files
            - `masters/a.md` · footnote · 1
            """
        let key = try AnswerKey.parse(good, name: "good")
        #expect(key.notes.map(\.citations) == [[AnswerKey.Cited(source: "x.com/a", date: "2024-03-01")]])
        #expect(key.findings == [AnswerKey.ExpectedFinding(rule: "date-year-outlier", note: "[^1]", severity: "warning")])
        #expect(key.files.map(\.labels) == [["1"]])
        for broken in [
            good.replacingOccurrences(of: "  - cites `x.com/a` · 2024-03-01\n", with: ""),
            good.replacingOccurrences(of: "· warning ·", with: "· 3:1 ·"),
            good.replacingOccurrences(of: "· footnote · 1", with: "· footnote · 1, 2"),
            good.replacingOccurrences(of: "`x.com/a` · 2024-03-01", with: "x.com/a, March 1, 2024"),
        ] {
            #expect(throws: AnswerKey.FormatError.self) { try AnswerKey.parse(broken, name: "broken") }
        }
    }

    @Test(arguments: files)
    func fileGivesItsAnswerKey(_ path: String) throws {
        let key = try #require(Self.keys.first { $0.files.contains { $0.path == path } })
        let file = key.files.first { $0.path == path }!
        let known = Self.knownIssues.filter { $0.key == key.name }
        if known.isEmpty {
            try key.expectMatches(file)
        } else {
            try withKnownIssue(Comment(rawValue: known.map { "\($0.note): \($0.why)" }.joined(separator: "; "))) {
                try key.expectMatches(file)
            } matching: { issue in
                let text = issue.comments.map(\.rawValue).joined()
                return known.contains { text.hasPrefix("\(path): \($0.note) ") }
            }
        }
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
        let transit = try #require(Self.keys.first { $0.name == "transit-strike" })
        for file in transit.files.map(\.path) {
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
