import Testing
@testable import CiteproofCore

@Suite struct DateIdentifierDecoderTests {
    @Test func xStatusIDFromTheAPIDocumentation() throws {
        // X's API documentation shows tweet 1050118621198921728 created at 2018-10-10T20:19:24Z.
        let decoded = try #require(DateIdentifierDecoders.decode("https://twitter.com/TwitterDev/status/1050118621198921728").first)
        #expect(decoded.utcDescription == "2018-10-10 20:19:24 UTC")
        #expect(DateIdentifierDecoders.decode("x.com/i/web/status/1050118621198921728").first?.utcDay == decoded.utcDay)
    }

    @Test func sequentialIDsBeforeNovember2010AreNotDecoded() {
        #expect(DateIdentifierDecoders.decode("https://twitter.com/jack/status/20").isEmpty)
    }

    @Test func discordMessageID() throws {
        // (id >> 22) + 1420070400000 ms: 827875078963200000 is 2021-04-03 12:00:00 UTC.
        let decoded = try #require(DateIdentifierDecoders.decode("https://discord.com/channels/1/2/827875078963200000").first)
        #expect(decoded.utcDescription == "2021-04-03 12:00:00 UTC")
    }

    @Test func waybackCaptureAndTheArchivedPathDate() {
        let decoded = DateIdentifierDecoders.decode("https://web.archive.org/web/20210405083000/https://example.com/2021/04/03/story.html")
        #expect(decoded.map(\.utcDescription) == ["2021-04-05 08:30:00 UTC", "2021-04-03"])
    }

    @Test func blueskyTID() throws {
        // A TID is 53 bits of microseconds, 10 bits of clock id, base32-sortable: build one for 2024-01-01T00:00:00Z.
        let micros: UInt64 = 1_704_067_200_000_000
        let alphabet = Array("234567abcdefghijklmnopqrstuvwxyz")
        var value = micros << 10
        var tid = ""
        for _ in 0..<13 { tid = String(alphabet[Int(value & 31)]) + tid; value >>= 5 }
        let decoded = try #require(DateIdentifierDecoders.decode("https://bsky.app/profile/a.bsky.social/post/\(tid)").first)
        #expect(decoded.utcDescription == "2024-01-01 00:00:00 UTC")
    }

    @Test func oneDayOfToleranceForTimeZones() throws {
        let rule = IdDateMismatchRule()
        let decoded = try #require(DateIdentifierDecoders.decode("https://twitter.com/a/status/1050118621198921728").first)
        let day = decoded.utcDay
        #expect(!rule.contradicts(decoded, first: day.adding(days: 1), last: day.adding(days: 1)))
        #expect(rule.contradicts(decoded, first: day.adding(days: 2), last: day.adding(days: 2)))
        #expect(rule.contradicts(decoded, first: day.adding(days: -365), last: day.adding(days: -365)))
    }
}

/// Rules on documents built by hand, for cases the seed does not have.
@Suite struct DateRuleDocumentTests {
    func document(_ notes: [(String, String, String?)], sentences: [String: String] = [:], published: String? = "2021-04-04") -> Document {
        let definitions = notes.enumerated().map { index, note in
            let mention = DateScanner().parse(note.2 ?? "")
            let citation = Citation(
                text: "\(note.1)\(note.2.map { ", \($0)" } ?? "").", source: CitedSource(raw: note.1),
                date: mention.map { $0.citedDate(role: .citation) })
            return FootnoteDefinition(label: note.0, location: SourceLocation(line: 10 + index, column: 1), text: citation.text, citations: [citation])
        }
        let references = notes.map { note in
            FootnoteReference(label: note.0, location: SourceLocation(line: 2, column: 5), sentence: sentences[note.0] ?? "Someone wrote so.")
        }
        return Document(
            path: "draft", format: .markdown, sha256: "", source: SourceText(""),
            publicationDate: published.flatMap(CalendarDate.init(iso:)).map { PublicationDate(value: $0, origin: "option") },
            references: references, definitions: definitions)
    }

    func run<R: Rule>(_ rule: R, _ document: Document) -> [Finding] {
        rule.check(document, context: CheckContext(severity: R.description.defaultSeverity))
    }

    @Test func yearOutlierIsSilentWhenTheSentenceSpeaksOfThatYear() {
        let notes = [("1", "x.com/a", "April 3, 2021"), ("2", "x.com/b", "April 3, 2021"), ("3", "x.com/c", "April 3, 2020")]
        #expect(run(DateYearOutlierRule(), document(notes)).map(\.footnote) == ["3"])
        #expect(run(DateYearOutlierRule(), document(notes, sentences: ["3": "In 2020, the user had written the same."])).isEmpty)
        #expect(run(DateYearOutlierRule(), document(notes, sentences: ["3": "Back in the spring, she wrote."])).isEmpty)
    }

    @Test func yearOutlierNeedsSiblingsOfTheSamePlatform() {
        let notes = [("1", "x.com/a", "April 3, 2021"), ("2", "t.me/b", "April 3, 2020")]
        #expect(run(DateYearOutlierRule(), document(notes)).isEmpty)
    }

    @Test func publicationDayPlusOneIsOnlyANote() throws {
        let found = run(DateAfterPublicationRule(), document([("1", "t.me/a", "April 5, 2021")]))
        #expect(try #require(found.first).severity == .note)
        #expect(run(DateAfterPublicationRule(), document([("1", "t.me/a", "April 6, 2021")])).first?.severity == .error)
    }

    @Test func bodyMismatchIgnoresDatesFarFromTheNote() {
        let notes = [("1", "t.me/a", "April 3, 2021")]
        #expect(run(BodyDateMismatchRule(), document(notes, sentences: ["1": "On January 3, 2020, the commander was killed."])).isEmpty)
        #expect(run(BodyDateMismatchRule(), document(notes, sentences: ["1": "He said: \"On April 9, we attack.\""])).isEmpty)
        #expect(run(BodyDateMismatchRule(), document(notes, sentences: ["1": "On April 3, the channel posted."])).isEmpty)
        #expect(run(BodyDateMismatchRule(), document(notes, sentences: ["1": "On April 5, the channel posted."])).count == 1)
    }

    @Test func telegramAccountsPredateChannels() {
        #expect(run(DateBeforePlatformRule(), document([("1", "t.me/somebody", "April 3, 2014")])).isEmpty)
        #expect(run(DateBeforePlatformRule(), document([("1", "t.me/somebody/12", "April 3, 2014")])).count == 1)
    }
}
