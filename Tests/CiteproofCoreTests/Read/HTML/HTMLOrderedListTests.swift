import Testing
@testable import CiteproofCore

/// An `<ol>` after a notes heading gives notes numbered as a browser prints them.
@Suite struct HTMLOrderedListTests {
    static func page(_ lists: String, before: String = "") -> String {
        """
        <html><body>
        <p>A claim [3]. Another [4]–[6]. A third [10].</p>
        \(before)
        <h2>Notes</h2>
        \(lists)
        </body></html>
        """
    }

    static func labels(_ html: String) throws -> (notes: [String], markers: [String], texts: [String]) {
        let document = try TestData.read(text: html, format: .html, path: "draft.html")
        return (document.definitions.map(\.label), document.references.map(\.label), document.definitions.map(\.text))
    }

    @Test func startValueAndAListContinuedAfterASubheading() throws {
        let read = try Self.labels(Self.page("""
            <ol start="3"><li>Ledger, May 1, 2024.</li><li><p>Ledger, May 2, 2024.</p></li><li value="5">Ledger, May 3, 2024.</li><li>Ledger, May 4, 2024.</li></ol>
            <h3>More</h3>
            <ol start="10"><li>Ledger, May 10, 2024.</li></ol>
            """))
        #expect(read.notes == ["3", "4", "5", "6", "10"])
        #expect(read.markers == ["3", "4", "5", "6", "10"])
        #expect(read.texts == ["Ledger, May 1, 2024.", "Ledger, May 2, 2024.", "Ledger, May 3, 2024.", "Ledger, May 4, 2024.", "Ledger, May 10, 2024."])
    }

    /// A reversed list counts down from its start, or from its number of items.
    @Test func reversedListCountsDown() throws {
        let items = "<li>Ledger, May 6, 2024.</li><li>Ledger, May 5, 2024.</li><li>Ledger, May 4, 2024.</li><li>Ledger, May 3, 2024.</li>"
        #expect(try Self.labels(Self.page("<ol reversed start=\"6\">\(items)</ol>")).notes == ["6", "5", "4", "3"])
        #expect(try Self.labels(Self.page("<ol reversed>\(items)</ol>")).notes == ["4", "3", "2", "1"])
    }

    /// Letters, bullets and the numbered list before the notes heading number no notes.
    @Test func onlyDecimalListsAfterTheNotesHeadingAreNotes() throws {
        let read = try Self.labels(Self.page(
            """
            <ol type="a"><li>Ledger, May 1, 2024.</li></ol>
            <ul><li>Ledger, May 2, 2024.</li></ul>
            """, before: "<ol start=\"3\"><li>A step.</li><li>Another.</li></ol>"))
        #expect(read.notes.isEmpty)
    }

    /// Nested lists keep their own counts: the sub-items are not numbered notes of the outer list.
    @Test func aNestedListHasItsOwnCount() throws {
        let read = try Self.labels(Self.page("""
            <ol start="3"><li>Ledger, May 1, 2024.<ul><li>a remark</li></ul></li><li>Ledger, May 2, 2024.<ol><li>sub</li></ol></li></ol>
            """))
        #expect(read.notes.prefix(2) == ["3", "4"])
        #expect(read.texts.first == "Ledger, May 1, 2024. a remark")
    }

    /// A start or value far out of range is bounded (no overflow counting on from Int.max) and reads as no
    /// note label (notes have at most four digits); a start that is no number is ignored.
    @Test func hostileNumbersAreBounded() throws {
        let read = try Self.labels(Self.page("""
            <ol start="9223372036854775807"><li>Ledger, May 1, 2024.</li><li>Ledger, May 2, 2024.</li></ol>
            <ol start="-9223372036854775808" reversed><li>Ledger, May 3, 2024.</li><li>Ledger, May 4, 2024.</li></ol>
            <ol start="x"><li>Ledger, May 5, 2024.</li><li value="1e3">Ledger, May 6, 2024.</li></ol>
            """))
        #expect(read.notes == ["1", "2"])
        #expect(read.texts == ["Ledger, May 5, 2024.", "Ledger, May 6, 2024."])
    }
}
