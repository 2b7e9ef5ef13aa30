import Testing
@testable import CiteproofCore
@testable import CiteproofReport

/// The text report's caret stands under the first character of the date in an Arabic note, also
/// when letters before it carry combining marks or joiners (columns count Unicode scalars; the
/// caret is padded by the characters those scalars make).
@Suite struct RightToLeftCaretTests {
    @Test func caretUnderTheArabicDate() throws {
        // `بيانٌ` carries a tanween (a combining mark); `خبرگزاری‌ها` a zero-width non-joiner.
        let draft = """
            # Protests in the south

            March 14, 2021

            Supporters shared the video.[^1] Another channel posted it.[^2] A third followed.[^3]

            [^1]: Telegram.me/basra_news, ١٢ آذار ٢٠٢١.
            [^2]: Telegram.me/sabreen_s1, ١٢ آذار ٢٠٢١.
            [^3]: Telegram.me/some_channel، بيانٌ خبرگزاری‌ها، ١٢ آذار ٢٠٢٠.

            """
        let document = try Citeproof.read(bytes: Array(draft.utf8), path: "rtl.md")
        let finding = try #require(Citeproof.check(document).findings.first { $0.rule == "date-year-outlier" })
        let location = try #require(finding.location)
        let line = try #require(document.source.lineText(location.line))
        let dateStart = try #require(line.range(of: "١٢ آذار ٢٠٢٠"))
        // The column counts scalars.
        #expect(location.column == line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: dateStart.lowerBound) + 1)
        let lines = TextReporter().diagnostic(finding, in: document).split(separator: "\n", omittingEmptySubsequences: false)
        let caretLine = try #require(lines.first { $0.hasSuffix("^") && $0.contains("|") })
        let pad = caretLine[caretLine.index(caretLine.firstIndex(of: "|")!, offsetBy: 2)...].dropLast()
        // As many pad characters as characters before the date on the line.
        #expect(pad.count == line.distance(from: line.startIndex, to: dateStart.lowerBound))
        #expect(pad.allSatisfy { $0 == " " })
    }
}
