import Testing
@testable import CiteproofCore

/// A range written as two markers joined by a dash: `[2]–[5]` is 2, 3, 4, 5.
@Suite struct NoteMarkerRangeTests {
    @Test(arguments: [
        ("see [2]–[5].", ["2", "3", "4", "5"]),
        ("see [2]-[5].", ["2", "3", "4", "5"]),
        ("see [2]—[5].", ["2", "3", "4", "5"]),
        ("see [1]–[2].", ["1", "2"]),
        ("see [1], [2]–[4], [7]", ["1", "2", "3", "4", "7"]),
        ("see [2]–[5]–[7]", ["2", "3", "4", "5", "7"]),
        // Not ranges: backwards, too wide, spaced, a list on either side, a link after the dash.
        ("see [5]–[2].", ["5", "2"]),
        ("see [1]–[90].", ["1", "90"]),
        ("see [2] – [5].", ["2", "5"]),
        ("see [2,3]–[5].", ["2", "3", "5"]),
        ("see [2]–[5,6].", ["2", "5", "6"]),
        ("see [2]–[5](https://example.org).", ["2"]),
        ("see [2]–x.", ["2"]),
    ])
    func labels(text: String, labels: [String]) {
        #expect(NoteMarkers.markers(in: text).map(\.label) == labels)
    }

    /// The numbers inside the range stand on the whole range; the last on its own brackets.
    @Test func spans() {
        let text = "a [2]–[4]"
        let spans = NoteMarkers.markers(in: text).map { m in
            String(decoding: Array(text.utf8)[m.utf8Range], as: UTF8.self)
        }
        #expect(spans == ["[2]", "[2]–[4]", "[4]"])
    }

    @Test func everyTypedMarkerFormatReadsRanges() throws {
        let text = "Title\n\nA claim [2]–[4]. Another [1].\n\nNotes\n\n1. One, March 1, 2024.\n2. Two, March 2, 2024.\n3. Three, March 3, 2024.\n4. Four, March 4, 2024.\n"
        for format in [DocumentFormat.text, .markdown] {
            let document = try TestData.read(text: text, format: format, path: "draft")
            #expect(document.references.map(\.label) == ["2", "3", "4", "1"], "\(format)")
            #expect(Citeproof.check(document).findings.filter { $0.rule == "unused-definition" }.isEmpty, "\(format)")
        }
    }
}
