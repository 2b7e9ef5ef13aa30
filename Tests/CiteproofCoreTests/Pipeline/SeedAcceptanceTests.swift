import Testing
@testable import CiteproofCore

/// The seed article (Fixtures/conformance/seeds): the first acceptance case.
@Suite
struct SeedAcceptanceTests {
    let document: Document

    init() throws {
        document = try TestData.read(TestData.seedPath, format: .text)
    }

    @Test func publicationDateComesFromTheDateline() throws {
        let published = try #require(document.publicationDate)
        #expect(published.value == CalendarDate(year: 2021, month: 4, day: 4))
        #expect(published.origin == "dateline")
        #expect(published.location?.line == 3)
    }

    @Test func eightNotesEachReferencedOnceInOrder() {
        #expect(document.definitions.map(\.label) == (1...8).map(String.init))
        #expect(document.references.map(\.label) == (1...8).map(String.init))
        let lines = document.references.map(\.location.line)
        #expect(lines == lines.sorted())
        #expect(document.definitions.allSatisfy { $0.location.column == 1 })
    }

    @Test func noteSevenHoldsTwoCitations() throws {
        let seven = try #require(document.definitions.first { $0.label == "7" })
        #expect(seven.citations.count == 2)
        #expect(seven.citations[0].source?.raw == "Twitter.com/ELNAZ16424879")
        #expect(seven.citations[0].date?.text == "April 3, 2021")
        #expect(seven.citations[1].signal == "See")
        #expect(seven.citations[1].source?.raw == "MEMRI TV Clip No. 7700")
        #expect(seven.citations[1].title?.hasPrefix("Hizbullah Sec.-Gen. Hassan Nasrallah") == true)
        #expect(seven.citations[1].date?.text == "January 5, 2020")
        // The explanatory remark keeps its event date apart.
        #expect(seven.remarks.count == 1)
        #expect(seven.remarks[0].dates.map(\.text) == ["January 3, 2020"])
    }

    @Test func nineCitationsInAll() {
        #expect(document.definitions.reduce(0) { $0 + $1.citations.count } == 9)
        #expect(document.definitions.filter { $0.label != "7" }.allSatisfy { $0.citations.count == 1 })
    }

    @Test func theCaptionCreditIsOneInlineCitation() throws {
        #expect(document.inlineCitations.count == 1)
        let credit = try #require(document.inlineCitations.first)
        #expect(credit.source?.raw == "Telegram.me/ Qais_alkhazali")
        #expect(credit.date?.value == CalendarDate(year: 2021, month: 4, day: 2))
    }

    @Test func noteEightEndsAtItsDate() throws {
        let eight = try #require(document.definitions.last)
        #expect(eight.text == "Twitter.com/mernashamari, April 3, 2020.")
        #expect(eight.citations.first?.date?.value == CalendarDate(year: 2020, month: 4, day: 3))
    }

    @Test func signalsAreKept() throws {
        let six = try #require(document.definitions.first { $0.label == "6" })
        #expect(six.citations.first?.signal == "See e.g.,")
        #expect(six.citations.first?.source?.raw == "Twitter.com/KM94310")
    }

    @Test func noIntegrityFinding() {
        let checked = Citeproof.check(document)
        let integrity: Set<String> = ["missing-definition", "unused-definition", "duplicate-definition", "numbering-gap", "missing-source"]
        #expect(checked.findings.filter { integrity.contains($0.rule) }.isEmpty)
    }

    @Test func referenceSentencesAreTheSentenceBeforeTheMarker() throws {
        let five = try #require(document.references.first { $0.label == "5" })
        #expect(five.sentence.hasPrefix("On April 4, the Hizbullah Brigades' Telegram channel"))
        let one = try #require(document.references.first { $0.label == "1" })
        #expect(one.sentence.hasPrefix("According to an Iraqi security source"))
    }
}

/// Issue 4's acceptance: the seed's canonical sources, by note.
@Suite
struct SeedSourceTests {
    @Test func canonicalSourcesByNote() throws {
        let document = Citeproof.normalize(try TestData.read(TestData.seedPath, format: .text))
        var byCanonical: [String: [String]] = [:]
        for (label, citation) in document.allCitations {
            let canonical = try #require(citation.source?.identity?.canonical, "\(citation.text)")
            byCanonical[canonical, default: []].append(label ?? "inline")
        }
        #expect(byCanonical == [
            "al-rafidain.news": ["1"], "ahlulhaq.com": ["2", "3"], "t.me/centerkaf": ["4", "5"],
            "t.me/qais_alkhazali": ["inline"], "x.com/km94310": ["6"], "x.com/elnaz16424879": ["7"],
            "x.com/mernashamari": ["8"], "MEMRI TV Clip No. 7700": ["7"],
        ])
        let memri = document.definitions[6].citations[1].source?.identity
        #expect(memri?.kind == .named)
        #expect(memri?.url == nil, "no invented URL for a named source")
    }
}
