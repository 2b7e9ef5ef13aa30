import Testing
@testable import CiteproofCore

/// The source rules on hand-built documents (the citation extractor is written elsewhere).
@Suite struct SourceRulesTests {
    /// A document whose notes each hold citations `(text, source as written, urls)`.
    static func document(_ notes: [(label: String, citations: [(text: String, source: String?, urls: [String])])]) -> Document {
        let definitions = notes.enumerated().map { index, note in
            FootnoteDefinition(
                label: note.label, location: SourceLocation(line: 10 + index, column: 1),
                text: note.citations.map(\.text).joined(separator: " "),
                citations: note.citations.map { citation in
                    Citation(
                        text: citation.text, location: SourceLocation(line: 10 + index, column: 5),
                        source: citation.source.map { CitedSource(raw: $0, identity: SourceNormalizer.identify($0)) },
                        urls: citation.urls)
                })
        }
        return Document(path: "draft.md", format: .markdown, sha256: "", source: SourceText(""), definitions: definitions)
    }

    static let context = CheckContext(severity: .warning)
    static let noteContext = CheckContext(severity: .note)

    @Test func invalidHandleNamesTheRule() throws {
        let doc = Self.document([
            ("1", [("Telegram.me/abc, April 3, 2021.", "Telegram.me/abc", [])]),
            ("2", [("Telegram.me/centerkaf, April 3, 2021.", "Telegram.me/centerkaf", [])]),
            ("3", [("Twitter.com/abcdefghijklmnopq, April 3, 2021.", "Twitter.com/abcdefghijklmnopq", [])]),
        ])
        let findings = InvalidHandleRule().check(doc, context: Self.context)
        #expect(findings.map(\.footnote) == ["1", "3"])
        let first = try #require(findings.first)
        #expect(first.rule == "invalid-handle")
        #expect(first.severity == .warning)
        #expect(first.message.contains("5–32 letters"))
        #expect(findings.last?.severity == .note)
    }

    @Test func sourceVariantListsSpellings() throws {
        let doc = Self.document([
            ("6", [("See e.g., Twitter.com/KM94310, April 3, 2021.", "Twitter.com/KM94310", [])]),
            ("7", [("x.com/km94310, April 3, 2021.", "x.com/km94310", [])]),
            ("8", [("@KM94310, April 3, 2021.", "@KM94310", [])]),
            ("9", [("Telegram.me/centerkaf, April 3, 2021.", "Telegram.me/centerkaf", [])]),
            ("10", [("Telegram.me/centerkaf, April 4, 2021.", "Telegram.me/centerkaf", [])]),
        ])
        let findings = SourceVariantRule().check(doc, context: Self.noteContext)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.footnote == "7")
        #expect(finding.message == "x.com/km94310 is written 3 ways: “Twitter.com/KM94310”, “x.com/km94310”, “@KM94310”.")
        #expect(finding.suggestion == "Twitter.com/KM94310")
        #expect(finding.evidence.map(\.footnote) == ["6", "7", "8"])
    }

    @Test func sourceVariantIgnoresDifferentArticlesOfOneSite() {
        let doc = Self.document([
            ("1", [("https://ahlulhaq.com/a", "https://ahlulhaq.com/a", [])]),
            ("2", [("https://ahlulhaq.com/b", "https://ahlulhaq.com/b", [])]),
        ])
        #expect(SourceVariantRule().check(doc, context: Self.noteContext).isEmpty)
    }

    @Test func trackingParametersSuggestsCleanURL() throws {
        let doc = Self.document([
            ("1", [("https://twitter.com/KM94310/status/1?s=20&t=abc", "https://twitter.com/KM94310/status/1?s=20&t=abc", [])]),
            ("2", [("Video.", nil, ["https://youtu.be/dQw4w9WgXcQ?si=Xy"])]),
            ("3", [("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", [])]),
        ])
        let findings = TrackingParametersRule().check(doc, context: Self.noteContext)
        #expect(findings.map(\.footnote) == ["1", "2"])
        let first = try #require(findings.first)
        #expect(first.suggestion == "https://twitter.com/KM94310/status/1")
        #expect(first.message == "URL carries tracking parameters “s”, “t”.")
        #expect(findings.last?.suggestion == "https://youtu.be/dQw4w9WgXcQ")
    }

    @Test func duplicateCitationOnlyForConsecutiveIdenticalNotes() throws {
        let doc = Self.document([
            ("2", [("Ahlulhaq.com, April 2, 2021.", "Ahlulhaq.com", [])]),
            ("3", [("Ahlulhaq.com, April 3, 2021.", "Ahlulhaq.com", [])]),
            ("4", [("Telegram.me/centerkaf, April 3, 2021.", "Telegram.me/centerkaf", [])]),
            ("5", [("Telegram.me/centerkaf, April 3, 2021.", "Telegram.me/centerkaf", [])]),
        ])
        let findings = DuplicateCitationRule().check(doc, context: Self.noteContext)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.footnote == "5")
        #expect(finding.suggestion == "Ibid.")
    }

    @Test func descriptionsHaveBothKindsOfExample() {
        let rules: [any Rule.Type] = [
            InvalidHandleRule.self, SourceVariantRule.self, TrackingParametersRule.self, DuplicateCitationRule.self,
        ]
        for rule in rules {
            #expect(!rule.description.triggeringExamples.isEmpty)
            #expect(!rule.description.nonTriggeringExamples.isEmpty)
        }
        #expect(Set(rules.map { $0.description.id }).count == 4)
    }
}
