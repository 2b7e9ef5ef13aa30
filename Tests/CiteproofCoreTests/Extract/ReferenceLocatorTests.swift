import Foundation
import Testing
@testable import CiteproofCore

/// `ReferenceParser.locator(in:)` looks only at the tail the end-anchored pattern can match; on
/// every labelled reference and on generated strings it agrees with the pattern run on the whole text.
@Suite struct ReferenceLocatorTests {
    static func whole(_ s: String) -> String? {
        s.firstMatch(of: ReferenceParser.locatorPattern).map { String($0.output[1].substring!) }
    }

    @Test func agreesOnTheLabelledReferences() throws {
        let url = TestData.conformance.appendingPathComponent("references/cases.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count > 900)
        for line in lines {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let text = (object["input"] ?? object["text"] ?? object["string"]) as? String
            else { continue }
            #expect(ReferenceParser.locator(in: text) == Self.whole(text), "\(text)")
            #expect(ReferenceParser.locator(in: " " + text) == Self.whole(" " + text), "\(text)")
        }
    }

    @Test func agreesOnGeneratedStrings() {
        var rng = SeededGenerator(seed: 20261201)
        let pieces = ["Doe", ", ", "p. ", "pp. ", "at ", ": ", "12", "345", "–", "-", " (p. 7)", ".", " ", "Press", "2016", "ü", ")"]
        for _ in 0..<4000 {
            let text = (0..<Int.random(in: 1...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            #expect(ReferenceParser.locator(in: text) == Self.whole(text), "\(text.debugDescription)")
        }
    }
}
