import Testing
@testable import CiteproofCore

/// `SourceText.location(ofUTF8Offset:)` counts columns in Unicode scalars, and its cost does not grow
/// with the length of the line: a minified HTML page is a single line with every marker on it
/// (before the scalar checkpoints, 1,200 markers on a 190 KB line took 3.4 s in a release build).
@Suite struct SourceTextLocationTests {
    /// The column by counting from the start of the line, as the definition says.
    static func naiveLocation(_ bytes: [UInt8], _ offset: Int) -> CiteproofCore.SourceLocation {
        var line = 1
        var column = 1
        for i in 0..<min(offset, bytes.count) {
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else if bytes[i] & 0xC0 != 0x80 {
                column += 1
            }
        }
        return CiteproofCore.SourceLocation(line: line, column: column)
    }

    @Test func everyOffsetMapsToTheLineAndScalarColumnCountedByHand() {
        var g = SeededGenerator(seed: 0x5EED_0005)
        let pieces = ["a", "bc", " ", "\n", "é", "—", "🙂", "\r\n", "[^1]", "漢字"]
        for _ in 0..<60 {
            let text = (0..<Int.random(in: 0...900, using: &g)).map { _ in g.pick(pieces) }.joined()
            let source = SourceText(text)
            let bytes = Array(text.utf8)
            for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
                #expect(source.location(ofUTF8Offset: offset) == Self.naiveLocation(bytes, offset), "offset \(offset) of \(text.debugDescription)")
            }
        }
    }

    /// 20,000 lookups near the end of a 1.2 MB line cost at most four times the CPU time of the same
    /// lookups in the same text broken into short lines (counting from the start of the line made them
    /// cost hundreds of times more). A ratio of CPU times, best of three (`HangGuard`), not a stopwatch.
    @Test func locationsOnOneLongLineCostNoMoreThanOnShortLines() {
        let piece = "Officials confirmed the closure — “x”.[^1]"
        let oneLine = String(repeating: piece + " ", count: 25_000)  // ≈ 1.2 MB, one line
        let manyLines = String(repeating: piece + "\n", count: 25_000)  // the same bytes, one piece a line
        func cost(_ text: String) -> Double {
            let source = SourceText(text)
            let count = text.utf8.count
            return HangGuard.cpuCost {
                var last = 0
                for k in 0..<20_000 {
                    last = source.location(ofUTF8Offset: count - 1 - k * 50).column ?? 0
                }
                #expect(last > 0)
            }
        }
        HangGuard.watch("20,000 lookups on a 1.2 MB line") {
            let long = cost(oneLine)
            let short = cost(manyLines)
            #expect(long < short * 4, "one line \(long) s, many lines \(short) s of CPU")
        }
    }
}
