import CiteproofCore
@testable import CiteproofReport
import Foundation
import Testing

/// A note that names an outlet and links a page of it cites one source: the site, keyed on its
/// registrable domain, with the name among its spellings.
@Suite struct SourceTableTests {
    static func checked(_ text: String, path: String = "draft.md") throws -> CheckedDocument {
        Citeproof.check(try Citeproof.read(bytes: Array(text.utf8), path: path))
    }

    @Test func theSamplesHeraldIsOneSource() throws {
        let sample = ReportFixture.testsFolder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sample/ministry-statement.md")
        let document = Citeproof.check(try Citeproof.read(bytes: Array(try Data(contentsOf: sample)), path: "ministry-statement.md"))
        let rows = SourceTable(document.document).rows
        let herald = rows.filter { row in row.spellings.contains { $0.lowercased().contains("velmora herald") || $0.contains("velmora-herald") } }
        #expect(herald.count == 1, "\(herald.map(\.source))")
        #expect(herald.first?.source == "www.velmora-herald.example")
        #expect(herald.first?.spellings.first == "Velmora Herald")
        #expect(herald.first?.notes == ["7"])
    }

    @Test func aNamedOutletAndItsURLInOneNoteAreOneSource() throws {
        let document = try Self.checked("""
            The ministry spoke.[^1]

            [^1]: The Velmora Herald, "Ministry: shift rules stay," May 13, 2024. See https://velmora-herald.example/2024/05/13/rules, May 13, 2024.
            """)
        let citations = document.document.definitions[0].citations
        #expect(citations.count == 2)
        #expect(citations.map { $0.source?.identity?.kind } == [.website, .website])
        #expect(citations.first?.source?.identity?.canonical == "velmora-herald.example")
        #expect(citations.map { $0.source?.identity?.name } == ["The Velmora Herald", "The Velmora Herald"])
        let rows = SourceTable(document.document).rows
        #expect(rows.map(\.source) == ["velmora-herald.example"])
        #expect(rows.first?.spellings == ["The Velmora Herald", "https://velmora-herald.example/2024/05/13/rules"])
    }

    @Test func anOutletNamedDifferentlyFromTheDomainStaysItsOwnSource() throws {
        let document = try Self.checked("""
            The ministry spoke.[^1]

            [^1]: Riverton Ledger, "Ministry: shift rules stay," May 13, 2024. See https://velmora-herald.example/2024/05/13/rules, May 13, 2024.
            """)
        #expect(document.document.definitions[0].citations.first?.source?.identity?.kind == .named)
        #expect(SourceTable(document.document).rows.map(\.source) == ["Riverton Ledger", "velmora-herald.example"])
    }

    @Test func theNameIsNoMisspellingOfTheSite() throws {
        let document = try Self.checked("""
            The ministry spoke.[^1] The port reopened.[^2]

            [^1]: Velmora Herald, "Ministry: shift rules stay," May 13, 2024. See https://velmora-herald.example/2024/05/13/rules, May 13, 2024.
            [^2]: velmora-herald.example, May 14, 2024.
            """)
        #expect(!document.findings.contains { $0.rule == "source-variant" }, "\(document.findings.map(\.message))")
        #expect(SourceTable(document.document).rows.map(\.source) == ["velmora-herald.example"])
    }
}
