import Testing
@testable import CiteproofCore

/// `ReferenceResolver`: which earlier full citation a short form repeats.
@Suite struct ReferenceResolverTests {
    /// Two earlier works by the same author: the short form's title picks the first one, though
    /// the other is the latest by that author.
    @Test func shortFormWithATitleRepeatsTheWorkOfThatTitle() throws {
        let document = try TestData.read(
            text: """
                A.[^1] B.[^2] C.[^3] D.[^4]

                [^1]: Jane Doe, "A Study of Harbour Tolls in the Baltic Ports", _Journal of Maritime History_, vol. 12, no. 2 (1987), pp. 132-40.
                [^2]: Jane Doe and Rob Roe, _Tides and Trade: The Baltic Ports_ (Boston: Harbour Press, 1964).
                [^3]: Doe, "A Study of Harbour Tolls...", pp. 132-133.
                [^4]: Doe, 15.
                """, format: .markdown, path: "draft.md")
        let repeats = { (label: String) in
            document.definitions.first { $0.label == label }?.citations.first?.reference?.repeats
        }
        #expect(repeats("3") == "1")
        #expect(repeats("4") == "2", "without a title, the latest work by that author")
    }
}
