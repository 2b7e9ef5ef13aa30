import Foundation
import Testing
@testable import CiteproofCore

/// `PatternScan`'s byte scanners decide as the patterns they replace (kept here as the oracle):
/// where a scanner answers, its answer is the pattern's, and the wrappers the extract stage calls
/// (the scanner, else the pattern) always agree with the pattern.
@Suite struct PatternScanTests {
    typealias Scan = (PatternScan.Bytes) -> Bool?

    nonisolated(unsafe) static let heads: [(name: String, scan: Scan, pattern: Regex<AnyRegexOutput>)] = [
        ("quotedTitleHead", PatternScan.quotedTitleHead, ReferenceUnits.quotedTitleHead),
        ("authorHead", PatternScan.authorHead, ReferenceUnits.authorHead),
        ("mlaTitle", PatternScan.mlaTitle, ReferenceUnits.mlaTitle),
        ("listItem", PatternScan.listItem, ReferenceUnits.listItem),
        ("authorDateHead", PatternScan.authorDateHead, ReferenceUnits.authorDateHead),
    ]

    /// Checks every scanner on `text`; returns how many answered (rather than leaving it to the pattern).
    @discardableResult
    static func check(_ text: Substring) -> Int {
        var answered = 0
        for head in heads {
            let expected = text.firstMatch(of: head.pattern) != nil
            let scanned = PatternScan.withBytes(text, head.scan)
            if let scanned {
                answered += 1
                #expect(scanned == expected, "\(head.name) \(String(text).debugDescription)")
            }
            #expect(ReferenceUnits.matches(text, head.scan, head.pattern) == expected, "\(head.name) \(String(text).debugDescription)")
        }
        let signal = text.firstMatch(of: SourcePatterns.signal)?.range.upperBound
        #expect(SourcePatterns.signalEnd(in: text) == signal, "signal \(String(text).debugDescription)")
        if PatternScan.withBytes(text, PatternScan.signal) != nil { answered += 1 }
        let ibid = text.firstMatch(of: SourcePatterns.ibid)?.range.upperBound
        #expect(SourcePatterns.ibidEnd(in: text) == ibid, "ibid \(String(text).debugDescription)")
        if PatternScan.withBytes(text, PatternScan.ibid) != nil { answered += 1 }
        return answered
    }

    /// The reference with its typographic quotes and dashes made ASCII and other non-ASCII dropped,
    /// so that the scanners, not the patterns, decide it.
    static func ascii(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "“", "”": out += "\""
            case "‘", "’": out += "'"
            case "–", "—": out += "-"
            default: if scalar.isASCII { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    @Test func agreesOnTheLabelledReferencesAndTheirSentences() throws {
        let url = TestData.conformance.appendingPathComponent("references/cases.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count > 900)
        var answered = 0
        for line in lines {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let text = object["text"] as? String
            else { continue }
            for variant in [text, Self.ascii(text), "- " + Self.ascii(text)] {
                answered += Self.check(Substring(variant))
                for sentence in SentenceSplitter.sentences(in: variant) {
                    answered += Self.check(variant[sentence])
                }
            }
        }
        #expect(answered > 20_000, "the scanners decide most texts themselves")
    }

    @Test func agreesOnGeneratedHeads() {
        var rng = SeededGenerator(seed: 20261201)
        let pieces = [
            "Doe", "doe", "O'Neil", "Smith-Jones", ", ", ",", "; ", ";", " ", "  ", "\t", "J.", "Jane", "J. R.", ".", "(", ")", "2004",
            "1999a", "19", "March 3, 2011", "n.d.", "\"", "Title", "“", "”", "!", "?", "-", "*", "•", "’", "É", "é", ":", "_",
            "'", "1,2004", "a2004", "2004b", "2004_", "x", "See", "See also", "See, e.g.,", "Cf.", "But see", "Source:", "Via",
            "ibid", "Ibid.", "id", "Id.,", "idem", "2004,5", "2004.", "x.2004", "2004'", "'1", "a:", ";1", "\u{A0}", "\u{301}", "\n", "\r\n", "abcdefghijklmnopqrstuvwxyzabcdefghijkl",
        ]
        var answered = 0
        for _ in 0..<6000 {
            let text = (0..<Int.random(in: 1...14, using: &rng)).map { _ in rng.pick(pieces) }.joined()
            answered += Self.check(Substring(text))
            // Substrings that do not start at their string's start, as the extract stage passes them.
            let padded = "x. " + text
            answered += Self.check(padded[padded.index(padded.startIndex, offsetBy: 3)...])
        }
        #expect(answered > 30_000)
    }

    /// Texts shaped like the heads (a name, a bracket with a date or a quote, an ending), so that the
    /// year's word boundaries and the length limits are met often.
    @Test func agreesOnGeneratedHeadShapes() {
        var rng = SeededGenerator(seed: 14)
        let names = ["Doe", "Doe, J.", "Doe, Jane", "O'Neil, J. R.; Roe, R.", "doe", "D", "\"Title\"", "\"Title.\"", "- Doe, J.",
            String(repeating: "Abc ", count: 30), "Doe, J.;Roe, R.", "Doe, J. R. R. R. R. R. R. R. R. R. R. R. R. R. R. R."]
        let inner = ["2004", "2004a", "2004ab", "March 3, 2011", "x.2004", "2004.5", "1,2004", "2004,5", "a2004", "2004_", "_2004",
            "n.d.", "12004", "2004'", "'2004", "2004:", "x:2004", "2004;1", "2004-05", "PDF", String(repeating: "x", count: 38) + " 2004",
            "2004 " + String(repeating: "y", count: 9), "2004 " + String(repeating: "y", count: 10), ""]
        let tails = ["", ".", ". ", " .", "..", ". x", " (PDF).", " (in German) (PDF).", ")", "\t."]
        var answered = 0
        for _ in 0..<4000 {
            let text = rng.pick(names) + rng.pick(["", " ", "  "]) + "(" + rng.pick(inner) + rng.pick(["", " ", "x"]) + ")"
                + rng.pick(tails)
            answered += Self.check(Substring(text))
        }
        #expect(answered > 20_000)
    }

    @Test func theScannersDecideTheUsualShapes() {
        func decided(_ scan: Scan, _ text: String) -> Bool? { PatternScan.withBytes(Substring(text), scan) }
        #expect(decided(PatternScan.authorDateHead, "Harrow, Edith (2004).") == true)
        #expect(decided(PatternScan.authorDateHead, "Doe, J.; Roe, R. (March 3, 2011).") == true)
        #expect(decided(PatternScan.authorDateHead, "Doe, J. (1,2004).") == false, "a digit group is no year")
        #expect(decided(PatternScan.authorDateHead, "Doe, J. (2004,5).") == false, "nor a number with a decimal comma")
        #expect(decided(PatternScan.authorDateHead, "Doe, J. (2004.5).") == false)
        #expect(decided(PatternScan.authorDateHead, "Doe, J. (x.2004).") == true, "a period between a letter and a digit parts words")
        #expect(decided(PatternScan.authorDateHead, "Doe, J. (2004a).") == true)
        #expect(decided(PatternScan.authorDateHead, "Doe, J. (2004ab).") == false)
        #expect(decided(PatternScan.authorHead, "Salmond, Anne.") == true)
        #expect(decided(PatternScan.authorHead, "Doe, J.; Roe, R.") == true)
        #expect(decided(PatternScan.quotedTitleHead, "\"Population Clock\". Marlow Statistics Office.") == true)
        #expect(decided(PatternScan.quotedTitleHead, "\"Population Clock\" (PDF).") == true)
        #expect(decided(PatternScan.mlaTitle, "\"Floods.\"") == true)
        #expect(decided(PatternScan.listItem, "- Doe, J. (2009).") == true)
        #expect(decided(PatternScan.listItem, "• Doe") == nil, "a bullet is the pattern's to read")
        #expect(decided(PatternScan.authorHead, "Müller, Anne.") == nil)
        #expect(decided(PatternScan.authorHead, "the end.") == false, "an ASCII lower-case opening is refused whatever follows")
        #expect(PatternScan.withBytes(Substring("See also, the minutes"), PatternScan.signal) == .some(10))
        #expect(PatternScan.withBytes(Substring("Ibid., 12."), PatternScan.ibid) == .some(6))
    }
}
