import Testing
@testable import CiteproofCore

/// `MarkdownReader.droppingLines` gives what splitting at the `Character` "\n" and joining all but
/// the first lines gave (the front matter's lines are blanked so): checked against that on
/// generated texts with `\r\n`, lone `\r`, empty lines and non-ASCII text.
@Suite struct DroppingLinesTests {
    static func splitAndJoin(_ count: Int, of text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(count).joined(separator: "\n")
    }

    @Test func agreesWithSplittingAndJoining() {
        var rng = SeededGenerator(seed: 401)
        let pieces = ["\n", "\r\n", "\r", "---", "title: x", "é", "\u{301}", "", " ", "[^1]: note", "\n\n"]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in rng.pick(pieces) }.joined()
            for count in 1...4 {
                #expect(String(MarkdownReader.droppingLines(count, of: text)) == Self.splitAndJoin(count, of: text), "\(count) \(text.debugDescription)")
            }
        }
        #expect(MarkdownReader.droppingLines(2, of: "---\ntitle: x\n---\nBody") == "---\nBody")
        #expect(MarkdownReader.droppingLines(1, of: "a\r\nb\nc") == "c", "a \\r\\n is no line feed of its own")
    }
}
