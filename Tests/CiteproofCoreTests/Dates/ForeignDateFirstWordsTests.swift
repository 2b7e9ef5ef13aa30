import Testing
@testable import CiteproofCore

/// The ASCII first words of multi-word month names (`rabi`, `dhu`, `jumada` …) are a committed
/// literal, so that scanning English text never builds the folded name table at start-up; this
/// test derives them from the table again and fails when the two differ.
@Suite struct ForeignDateFirstWordsTests {
    @Test func literalEqualsTheDerivedList() {
        let derived = ForeignDateNames.firstWordsOfLongerNames
            .filter { $0.utf8.allSatisfy { $0.isASCIILetter } }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(ForeignDateMatcher.firstASCIIWordsOfLongerNames.map { String(decoding: $0, as: UTF8.self) } == derived,
            "derived: \(derived)")
    }
}
