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

    /// The byte scanner decides ASCII tails and en-dash ranges itself (the pattern is the fallback
    /// for other non-ASCII text), and decides them as the pattern does.
    @Test func theByteScannerDecidesAsciiAndEnDashTails() {
        typealias Scanner = ReferenceParser.LocatorScanner
        #expect(Scanner.scan("Jane Doe, The Long Siege (Penguin Press, 2016), 88.") == .found("88"))
        #expect(Scanner.scan("Doe, pp. 12–15.") == .found("12–15"))
        #expect(Scanner.scan("ISAACSON, supra note 23 at 138.") == .found("138"))
        #expect(Scanner.scan("Smith, Review 4: 204 (p. 7).") == .found("204"))
        #expect(Scanner.scan("Interfax, March 5, 2022.") == .found("2022"))
        #expect(Scanner.scan("The Long Siege (Penguin Press)") == .none)
        #expect(Scanner.scan("app. 5") == .none)
        #expect(Scanner.scan("Müller, 91.") == .found("91"), "a non-ASCII letter away from the tail does not matter")
        #expect(Scanner.scan("Doe, ٣12") == .undecided, "a non-ASCII digit next to the number is the pattern's to read")
        var rng = SeededGenerator(seed: 7)
        let pieces = ["Doe", ", ", "p. ", "pp. ", "at ", ": ", "12", "345", "–", "-", " (p. 7)", ".", " ", "Press", "2016", ")", "e.", "o'", "x:", "_", "\t"]
        for _ in 0..<4000 {
            let text = (0..<Int.random(in: 1...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let scanned = Scanner.scan(text)
            #expect(scanned != .undecided, "\(text.debugDescription)")
            #expect(scanned == (Self.whole(text).map { .found($0) } ?? .none), "\(text.debugDescription)")
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
