import Testing
@testable import CiteproofCore

/// A generated draft rendered as Markdown (`[^n]` footnotes) and as plain text (`[n]` notes) yields, in
/// each format, the notes, citations and references the generator wrote: the expectation comes from the
/// generator (each note's text, canonical source and date), not from reading one format with the code
/// under test.
@Suite struct CrossFormatPropertyTests {
    static let seed: UInt64 = 0x5EED_0003
    static let drafts = 150

    /// A draft independent of its format.
    struct GeneratedDraft {
        var title: String
        var published: CalendarDate
        /// Paragraphs of sentences, each with the note it cites (or none).
        var paragraphs: [[(sentence: String, note: Int?)]]
        var notes: [String]
        /// What each note cites: its canonical source and its date, as the generator chose them.
        var expected: [(source: String, date: CalendarDate)]

        var markdown: String {
            var out = ["# \(title)", "", published.longDescription, ""]
            for p in paragraphs {
                out += [p.map { $0.sentence + ($0.note.map { "[^\($0)]" } ?? "") }.joined(separator: " "), ""]
            }
            out += notes.enumerated().map { "[^\($0.offset + 1)]: \($0.element)" }
            return out.joined(separator: "\n") + "\n"
        }

        var plainText: String {
            var out = [title, "", published.longDescription, ""]
            for p in paragraphs {
                out += [p.map { $0.sentence + ($0.note.map { "[\($0)]" } ?? "") }.joined(separator: " "), ""]
            }
            for (i, note) in notes.enumerated() { out += ["[\(i + 1)] \(note)", ""] }
            return out.joined(separator: "\n")
        }
    }

    static let subjects = ["The ministry", "The union", "Residents", "Local officials", "Witnesses", "Aid workers"]
    static let verbs = ["said", "denied", "confirmed", "reported", "announced", "posted"]
    static let objects = ["that the talks had collapsed", "a new curfew", "that supplies were running low",
                          "a video of the crowd", "that the decision was final", "a photo of the depot"]
    static let fillers = ["Others disputed the timeline.", "The figures could not be confirmed.",
                          "Neither side responded to requests for comment."]

    static func draft(_ g: inout SeededGenerator) -> GeneratedDraft {
        let published = DatePropertyTests.randomDate(&g)
        let noteCount = Int.random(in: 1...25, using: &g)
        let lower = "abcdefghijklmnopqrstuvwxyz"
        var notes: [String] = []
        var expected: [(source: String, date: CalendarDate)] = []
        for _ in 0..<noteCount {
            let date = published.adding(days: -Int.random(in: 0...30, using: &g))
            let when = date.longDescription
            let handle = g.string(from: lower, count: Int.random(in: 3...12, using: &g))
            let id = UInt64.random(in: 1_000_000...UInt64(1e18), using: &g)
            // (note, canonical source): the canonical forms of the project's normalizer (x.com for
            // Twitter and bare @handles, t.me without /s/, a news site's registrable host, a named outlet).
            let (note, source) = g.pick([
                ("x.com/\(handle)/status/\(id), \(when).", "x.com/\(handle)/status/\(id)"),
                ("Twitter.com/\(handle), \(when).", "x.com/\(handle)"),
                ("@\(handle), \(when).", "x.com/\(handle)"),
                ("Telegram.me/ \(handle)_news, \(when).", "t.me/\(handle)_news"),
                ("t.me/s/\(handle)_news/\(id % 10000), \(when).", "t.me/\(handle)_news/\(id % 10000)"),
                ("Riverton Ledger, \"\(g.pick(objects).capitalized),\" \(when). https://www.\(handle).com/story/\(id % 1000)?utm_source=twitter",
                 "\(handle).com"),
                ("Ministry of Transport, \"Statement on the strike,\" \(when).", "Ministry of Transport"),
            ])
            notes.append(note)
            expected.append((source, date))
        }
        var paragraphs: [[(String, Int?)]] = []
        var next = 1
        while next <= noteCount {
            var sentences: [(String, Int?)] = []
            for _ in 0..<Int.random(in: 1...4, using: &g) {
                if next <= noteCount, Bool.random(using: &g) {
                    sentences.append(("\(g.pick(subjects)) \(g.pick(verbs)) \(g.pick(objects)).", next))
                    next += 1
                } else {
                    sentences.append((g.pick(fillers), nil))
                }
            }
            paragraphs.append(sentences)
        }
        return GeneratedDraft(
            title: "\(g.pick(subjects)) \(g.pick(verbs)) \(g.pick(objects))", published: published,
            paragraphs: paragraphs, notes: notes, expected: expected)
    }

    /// What must agree between the formats.
    struct Extract: Equatable, CustomStringConvertible {
        var references: [String]
        var labels: [String]
        var notes: [String]
        var sources: [String]
        var dates: [String]
        var published: CalendarDate?

        var description: String {
            "references \(references)\nlabels \(labels)\nnotes \(notes)\nsources \(sources)\ndates \(dates)\npublished \(published?.description ?? "-")"
        }
    }

    static func extract(_ document: Document) -> Extract {
        let citations = document.definitions.flatMap(\.citations)
        return Extract(
            references: document.references.map(\.label), labels: document.definitions.map(\.label),
            notes: document.definitions.map { $0.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") },
            sources: citations.map { $0.source?.identity?.canonical ?? $0.source?.raw ?? "-" },
            dates: citations.map { $0.date?.value?.description ?? "-" },
            published: document.publicationDate?.value)
    }

    /// What the generator wrote, in the shape of `extract`.
    static func expectation(_ draft: GeneratedDraft) -> Extract {
        let labels = draft.notes.indices.map { String($0 + 1) }
        return Extract(
            references: labels, labels: labels,
            notes: draft.notes.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") },
            sources: draft.expected.map(\.source), dates: draft.expected.map(\.date.description),
            published: draft.published)
    }

    @Test func markdownAndPlainTextGiveTheGeneratedNotes() throws {
        var g = SeededGenerator(seed: Self.seed)
        for n in 0..<Self.drafts {
            let draft = Self.draft(&g)
            let expected = Self.expectation(draft)
            let markdown = Citeproof.normalize(try Citeproof.read(bytes: Array(draft.markdown.utf8), path: "draft.md", format: .markdown))
            let text = Citeproof.normalize(try Citeproof.read(bytes: Array(draft.plainText.utf8), path: "draft.txt", format: .text))
            let (m, t) = (Self.extract(markdown), Self.extract(text))
            #expect(m == expected, "draft \(n) (seed \(Self.seed)), Markdown:\n\(m)\n--- generated:\n\(expected)\n--- source:\n\(draft.markdown)")
            #expect(t == expected, "draft \(n) (seed \(Self.seed)), plain text:\n\(t)\n--- generated:\n\(expected)\n--- source:\n\(draft.plainText)")
            if m != expected || t != expected { break }
        }
    }
}
