import Foundation
import Testing
@testable import CiteproofCore

/// The HTML reader on the committed pandoc and LibreOffice pages, and on small hand-written ones.
@Suite struct HTMLReaderTests {
    static func fixture(_ relative: String) throws -> Document {
        try TestData.read(TestData.fixtures.appendingPathComponent("formats/" + relative))
    }

    static func read(_ html: String) throws -> Document {
        try TestData.read(text: html, format: .html, path: "page.html")
    }

    @Test func pandocFootnotesAreFoundWithLineAndColumn() throws {
        let document = try Self.fixture("pandoc/council-depot.html")
        #expect(document.references.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(document.definitions.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        // `<a href="#fn1" class="footnote-ref"` is on line 168 at column 18 after "neighbours."
        #expect(document.references[0].location == SourceLocation(line: 168, column: 18))
        // `<li id="fn1"` is line 199, column 1.
        #expect(document.definitions[0].location == SourceLocation(line: 199, column: 1))
        #expect(document.definitions.allSatisfy { $0.location.column != nil })
    }
}
