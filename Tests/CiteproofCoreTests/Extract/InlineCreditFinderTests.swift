import Foundation
import Testing

@testable import CiteproofCore

/// The credit finder is a byte scan that replaced two Swift `Regex`es; the regexes stay here as
/// the specification it is compared with.
@Suite struct InlineCreditFinderTests {
    nonisolated(unsafe) static let parenthetical = try! Regex(
        #"(?i)\((?<label>source|sources|credit|credits|photo|photo credit|image|image credit|image source|video|screenshot|via|courtesy)\s*:\s*(?<body>[^()]{3,400})\)"#)
    nonisolated(unsafe) static let leading = try! Regex(
        #"(?i)^(?<label>source|sources|credit|credits|photo credit|image credit|image source)\s*:\s*(?<body>.{3,400})$"#)

    static func specified(_ paragraph: String) -> [String] {
        (paragraph.matches(of: parenthetical).map { $0 } + paragraph.matches(of: leading).map { $0 }).compactMap { m in
            guard let body = m.output["body"]?.substring, let label = m.output["label"]?.substring else { return nil }
            let offset = paragraph.utf8.distance(from: paragraph.utf8.startIndex, to: body.startIndex)
            return "\(label.lowercased())|\(offset)|\(String(body).trimmingCharacters(in: " ."))"
        }
    }

    static func found(_ paragraph: String) -> [String] {
        InlineCreditFinder.matches(in: paragraph).map { "\($0.label)|\($0.offset)|\($0.text)" }
    }

    static let cases = [
        "The strike spread (source: Telegram.me/ Qais_alkhazali, April 2, 2021) by noon.",
        "(Photo Credit : Reuters) and (VIA:@km94310) and (image source:   ab) and (video: x)",
        "(source: a (nested) one) (credits:abc)(courtesy: The Ledger.)",
        "Source: Harbour Lines, \"Winter Timetable,\" February 12, 2024.",
        "Image credit: Port authority",
        "Sources :\n  Ministry statement, May 1",
        "Source: two\nlines",
        "Credit: ab",
        "(source:)",
        "(sourcex: abc) (photo  credit: abc) ( source: abc) (SCREENSHOT:\t\t\u{e9}t\u{e9} 2021)",
        "(source: \(String(repeating: "x", count: 400)))",
        "(source: \(String(repeating: "x", count: 401)))",
        "(via: 😀😀😀) (via: e\u{301}e\u{301})",
        "Caption (photo: AP, 2021). Another (credit: AFP).",
    ]

    @Test(arguments: cases)
    func findsWhatTheRegexesFound(_ paragraph: String) {
        #expect(Self.found(paragraph) == Self.specified(paragraph))
    }

    /// Seeded random paragraphs built from the pieces credits are made of.
    @Test func randomParagraphsAgreeWithTheRegexes() {
        let pieces = [
            "(", ")", "source", "Sources", "photo", " credit", "Image", "via", ":", " ", "  ", "\n", "\t", "x", "ab", ".", "é",
            "😀", "Telegram.me/ X", ", April 2, 2021", "credit", "courtesy",
        ]
        var state: UInt64 = 0x5EED
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<2000 {
            let paragraph = (0..<(next() % 14)).map { _ in pieces[next() % pieces.count] }.joined()
            #expect(Self.found(paragraph) == Self.specified(paragraph), "\(paragraph.debugDescription)")
        }
    }
}
