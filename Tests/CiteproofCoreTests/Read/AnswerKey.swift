import Foundation
import Testing
@testable import CiteproofCore

/// A hand-written answer key, `Fixtures/formats/masters/NAME.expected.md`: what every format of a master
/// must give, written down by a person, never by the code under test. The machine-read lines (each key
/// says which in its "How the tests read this key" paragraph):
///
///     Publication date: 2024-03-05 (…)
///     ## Notes …
///     - [^2] (line 20) · prose for people …
///       - cites `x.com/danaokaforriv` · 2024-03-03      (canonical source · cited date, or `-`)
///       - cites nothing                                 (a note with no citation)
///     ## Citations outside notes …
///       - cites `t.me/riverton_news` · 2024-03-02
///     ## Findings …
///     - date-year-outlier · [^4] · warning · 24:35 · prose
///     ## Files …
///     - `pandoc/council-depot.html` · footnote · 1, 2, 3, 4, 5, 6
struct AnswerKey: CustomTestStringConvertible, Sendable {
    struct Cited: Hashable, Sendable, CustomStringConvertible {
        var source: String?
        var date: String?
        var description: String { "\(source ?? "no source") · \(date ?? "-")" }
    }

    struct Note: Sendable {
        var key: Int
        var citations: [Cited]
    }

    /// A finding as the key names it; `note` is the key's label number (`[^N]`), nil for none.
    struct ExpectedFinding: Hashable, Sendable, Comparable, CustomStringConvertible {
        var rule: String
        var note: String
        var severity: String
        var description: String { "\(rule) · \(note) · \(severity)" }
        static func < (a: Self, b: Self) -> Bool { a.description < b.description }
    }

    struct File: Sendable {
        var path: String
        var kind: String
        /// The printed labels, in order: the key's `[^N]` is `labels[N - 1]`.
        var labels: [String]
    }

    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    var name: String
    var published: String?
    var notes: [Note] = []
    var credits: [Cited] = []
    var findings: [ExpectedFinding] = []
    var files: [File] = []

    var testDescription: String { name }

    static let folder = TestData.fixtures.appendingPathComponent("formats/masters")

    static func load(_ name: String) throws -> AnswerKey {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).expected.md"), encoding: .utf8)
        return try parse(text, name: name)
    }

    static func parse(_ text: String, name: String) throws -> AnswerKey {
        var key = AnswerKey(name: name)
        var section = ""
        var noteHasCites: [Int: Bool] = [:]
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            func fail(_ why: String) -> FormatError { FormatError(description: "\(name).expected.md:\(index + 1): \(why): \(line)") }
            if line.hasPrefix("## ") {
                section = ["Notes", "Citations outside notes", "Findings", "Files"]
                    .first { line.dropFirst(3).hasPrefix($0) } ?? ""
                continue
            }
            if line.hasPrefix("Publication date: ") {
                key.published = String(line.dropFirst("Publication date: ".count).prefix(10))
                continue
            }
            switch section {
            case "Notes":
                if line.hasPrefix("- [^") {
                    guard let close = line.firstIndex(of: "]"), let n = Int(line[line.index(line.startIndex, offsetBy: 4)..<close])
                    else { throw fail("a note line starts `- [^N]`") }
                    key.notes.append(Note(key: n, citations: []))
                    noteHasCites[n] = false
                } else if line.hasPrefix("  - cites") {
                    guard !key.notes.isEmpty else { throw fail("a `cites` line before any note") }
                    noteHasCites[key.notes[key.notes.count - 1].key] = true
                    if line != "  - cites nothing" { key.notes[key.notes.count - 1].citations.append(try cited(line, fail)) }
                }
            case "Citations outside notes":
                if line.hasPrefix("  - cites") { key.credits.append(try cited(line, fail)) }
            case "Findings":
                // `- rule-id · …`; other lines (`- no missing-source for …`) are prose.
                guard line.hasPrefix("- "), line.dropFirst(2).prefix(while: { $0 != " " }).allSatisfy({ $0.isLowercase || $0 == "-" }),
                    line.dropFirst(2).drop(while: { $0 != " " }).hasPrefix(" · ")
                else { continue }
                let parts = line.dropFirst(2).components(separatedBy: " · ")
                guard parts.count >= 3, ["error", "warning", "note"].contains(parts[2]) else {
                    throw fail("a finding line is `- rule · [^N] · severity · …`")
                }
                key.findings.append(ExpectedFinding(rule: parts[0], note: parts[1], severity: parts[2]))
            case "Files":
                guard line.hasPrefix("- `") else { continue }
                let parts = line.dropFirst(2).components(separatedBy: " · ")
                guard parts.count == 3 else { throw fail("a file line is `- `path` · kind · labels`") }
                let labels = parts[2].split(separator: " (", maxSplits: 1)[0].components(separatedBy: ", ")
                key.files.append(File(path: parts[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), kind: parts[1], labels: labels))
            default:
                continue
            }
        }
        if let bare = noteHasCites.first(where: { !$0.value }) {
            throw FormatError(description: "\(name).expected.md: note [^\(bare.key)] has no `cites` line (write `  - cites nothing`)")
        }
        guard !key.notes.isEmpty, !key.files.isEmpty, key.published != nil else {
            throw FormatError(description: "\(name).expected.md: no notes, no files or no publication date")
        }
        for file in key.files where file.labels.count != key.notes.count {
            throw FormatError(description: "\(name).expected.md: \(file.path) lists \(file.labels.count) labels for \(key.notes.count) notes")
        }
        return key
    }

    /// `  - cites `SOURCE` · DATE`
    private static func cited(_ line: String, _ fail: (String) -> FormatError) throws -> Cited {
        let parts = line.dropFirst("  - cites ".count).components(separatedBy: " · ")
        guard parts.count == 2, parts[0].hasPrefix("`"), parts[0].hasSuffix("`"), parts[0].count > 2 else {
            throw fail("a citation line is `  - cites `source` · YYYY-MM-DD`")
        }
        return Cited(source: String(parts[0].dropFirst().dropLast()), date: parts[1] == "-" ? nil : parts[1])
    }

    // MARK: - Comparing a file with the key

    /// Reads `file` (a path under Fixtures/formats) and records an issue, starting with the file and the
    /// key's `[^N]` where there is one, for every difference from the key: the notes (count, printed labels,
    /// kind, each citation's canonical source and date, one reference each), the credits, the publication
    /// date and the findings (rule, note, severity; suppressed ones left out).
    func expectMatches(_ file: File, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = TestData.fixtures.appendingPathComponent("formats/" + file.path)
        let checked = Citeproof.check(try TestData.read(url))
        let document = checked.document
        let at = file.path
        func cited(_ c: Citation) -> Cited {
            Cited(source: c.source?.identity?.canonical ?? c.source?.raw, date: c.date?.value.map(\.description))
        }

        #expect(document.publicationDate?.value.description == published,
            "\(at): published \(document.publicationDate.map { "\($0.value) (\($0.origin))" } ?? "-"), key \(published ?? "-")",
            sourceLocation: sourceLocation)
        #expect(document.definitions.map(\.label) == file.labels, "\(at): note labels", sourceLocation: sourceLocation)
        #expect(document.references.map(\.label) == file.labels, "\(at): references, one to each note in order", sourceLocation: sourceLocation)
        for note in notes {
            let label = file.labels[note.key - 1]
            guard let definition = document.definitions.first(where: { $0.label == label }) else {
                Issue.record("\(at): [^\(note.key)] (printed \(label)) not found", sourceLocation: sourceLocation)
                continue
            }
            #expect(definition.kind == file.kind, "\(at): [^\(note.key)] is a \(definition.kind), key \(file.kind)", sourceLocation: sourceLocation)
            let actual = definition.citations.map(cited)
            #expect(actual == note.citations,
                "\(at): [^\(note.key)] cites \(actual.isEmpty ? "nothing" : actual.map(\.description).joined(separator: "; ")), key \(note.citations.isEmpty ? "nothing" : note.citations.map(\.description).joined(separator: "; ")) — \(definition.text)",
                sourceLocation: sourceLocation)
        }
        let credits = document.inlineCitations.map(cited)
        #expect(credits == self.credits, "\(at): credits \(credits), key \(self.credits)", sourceLocation: sourceLocation)

        let actualFindings = checked.findings.filter { !$0.suppressed }.map { finding in
            ExpectedFinding(
                rule: finding.rule,
                note: finding.footnote.map { label in file.labels.firstIndex(of: label).map { "[^\($0 + 1)]" } ?? "printed \(label)" } ?? "—",
                severity: finding.severity.rawValue)
        }
        let expected = Set(findings)
        let actual = Set(actualFindings)
        for missing in expected.subtracting(actual).sorted() {
            Issue.record("\(at): \(missing.note) missing finding \(missing)", sourceLocation: sourceLocation)
        }
        for extra in actual.subtracting(expected).sorted() {
            Issue.record("\(at): \(extra.note) unexpected finding \(extra)", sourceLocation: sourceLocation)
        }
        #expect(actualFindings.count == actual.count, "\(at): a finding is reported twice: \(actualFindings)", sourceLocation: sourceLocation)
    }
}
