import Testing
@testable import CiteproofCore

/// A generated draft rendered as Markdown (`[^n]` footnotes) and as plain text (`[n]` notes)
/// yields the same notes, citations and references.
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
        for _ in 0..<noteCount {
            let when = published.adding(days: -Int.random(in: 0...30, using: &g)).longDescription
            let handle = g.string(from: lower, count: Int.random(in: 3...12, using: &g))
            let id = UInt64.random(in: 1_000_000...UInt64(1e18), using: &g)
            notes.append(g.pick([
                "x.com/\(handle)/status/\(id), \(when).", "Twitter.com/\(handle), \(when).", "@\(handle), \(when).",
                "Telegram.me/ \(handle)_news, \(when).", "t.me/s/\(handle)_news/\(id % 10000), \(when).",
                "Riverton Ledger, \"\(g.pick(objects).capitalized),\" \(when). https://www.\(handle).com/story/\(id % 1000)?utm_source=twitter",
                "Ministry of Transport, \"Statement on the strike,\" \(when).",
            ]))
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
            paragraphs: paragraphs, notes: notes)
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

    @Test func markdownAndPlainTextGiveTheSameNotes() throws {
        var g = SeededGenerator(seed: Self.seed)
        for n in 0..<Self.drafts {
            let draft = Self.draft(&g)
            let markdown = try Citeproof.read(bytes: Array(draft.markdown.utf8), path: "draft.md", format: .markdown)
            let text = try Citeproof.read(bytes: Array(draft.plainText.utf8), path: "draft.txt", format: .text)
            let (m, t) = (Self.extract(markdown), Self.extract(text))
            #expect(m == t, "draft \(n) (seed \(Self.seed)):\nmarkdown:\n\(m)\ntext:\n\(t)\n--- markdown source:\n\(draft.markdown)")
            #expect(m.labels.count == draft.notes.count && m.references == m.labels, "draft \(n): \(m)")
            if m != t { break }
        }
    }
}
