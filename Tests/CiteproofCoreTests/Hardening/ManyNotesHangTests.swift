import Testing
@testable import CiteproofCore

/// Hangs found while hardening (a hang: more than a second on an input of at most 64 KB). Each draft
/// goes through the same entry points as the CLI (`Citeproof.read`, then `Citeproof.check`). Timings
/// in the reasons are of a release build (`.build-*/release/citeproof check F --format json`), with
/// `perf record -g` showing where the time goes.
@Suite struct ManyNotesHangTests {
    /// Reads and checks the draft `make(n)` and `make(4n)`: four times the input may cost at most
    /// ten times the CPU time of the test's thread (linear work costs about 4×, quadratic 16×). A ratio of
    /// CPU times, not a stopwatch limit, so a debug build on a loaded machine gives the same verdict as a
    /// release build on a quiet one (`HangGuard`); the speed itself is measured by `Benchmarks/run.sh`.
    static func expectLinear(
        _ name: String, format: DocumentFormat, n: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation,
        _ make: (Int) -> String
    ) throws {
        try HangGuard.expectScales(name, n: n, sourceLocation: sourceLocation) { size in
            let document = try Citeproof.read(bytes: Array(make(size).utf8), path: name, format: format)
            _ = Citeproof.check(document)
        }
    }

    /// 1,500 markers in one paragraph, 28 KB, took 5.95 s: `SentenceSplitter.sentence(in:containing:)`,
    /// called once per marker, re-split the whole paragraph each time (quadratic). Now split once.
    @Test func manyMarkersInOneMarkdownParagraph() throws {
        try Self.expectLinear("markers.md", format: .markdown, n: 400) { n in
            (0..<n).map { "x[^\($0)]" }.joined(separator: " ") + "\n\n" + (0..<n).map { "[^\($0)]: n" }.joined(separator: "\n") + "\n"
        }
    }

    /// Benchmarks/corpus `huge` at 2 MB (1,000 notes, most citing dated X posts) took 7.9 s, 85 % in
    /// `DateYearOutlierRule`, which compared every dated citation with every other (and worked out
    /// each one's platform again each time). Now grouped once by platform and section.
    @Test func manyDatedPostsOfOnePlatform() throws {
        try Self.expectLinear("posts.md", format: .markdown, n: 300) { n in
            (0..<n).map { "Claim \($0).[^\($0)]" }.joined(separator: " ") + "\n\n"
                + (0..<n).map { "[^\($0)]: x.com/user\($0 % 7)/status/\(1_000_000 + $0), June \($0 % 28 + 1), \($0 % 50 == 0 ? 2014 : 2015)." }
                .joined(separator: "\n") + "\n"
        }
    }

    /// The same shape as plain text (`[n]` markers): 5.28 s at 1,500 markers, in the same place.
    @Test func manyMarkersInOnePlainTextParagraph() throws {
        try Self.expectLinear("markers.txt", format: .text, n: 400) { n in
            (1...n).map { "x[\($0)]" }.joined(separator: " ") + "\n\n" + (1...n).map { "[\($0)] n" }.joined(separator: "\n\n") + "\n"
        }
    }

    /// 3,400 definitions and no marker, 64 KB, took 2.85 s in the definition-matching loop (now one pass).
    @Test func manyMarkdownDefinitions() throws {
        try Self.expectLinear("definitions.md", format: .markdown, n: 800) { n in
            (0..<n).map { "[^\($0)]: t.me/a\($0)" }.joined(separator: "\n") + "\n"
        }
    }

    /// 1,200 pandoc-style notes on one 190 KB line of HTML took 3.36 s (0.89 s with a line break after
    /// each paragraph), 71 % in `SourceText.location(ofUTF8Offset:)` counting the column from the start
    /// of the line; fixed with scalar checkpoints (`SourceTextLocationTests`). Here at 64 KB, compared
    /// with the same page broken into lines, so that the test measures the line length alone.
    @Test func manyNotesOnOneLineOfHTMLCostNoMoreThanOnManyLines() throws {
        let paragraphs = (1...400).map {
            "<p>Sentence number \($0) is here.<a href=\"#fn\($0)\" class=\"footnote-ref\" id=\"fnref\($0)\"><sup>\($0)</sup></a></p>"
        }
        let notes = (1...400).map { "<li id=\"fn\($0)\"><p>t.me/chan\($0), April 3, 2021.</p></li>" }
        func page(_ separator: String) -> String {
            "<html><body>" + paragraphs.joined(separator: separator) + "<section class=\"footnotes\"><ol>"
                + notes.joined(separator: separator) + "</ol></section></body></html>"
        }
        func cost(_ html: String) throws -> Double {
            try HangGuard.cpuCost {
                let document = try Citeproof.read(bytes: Array(html.utf8), path: "page.html", format: .html)
                #expect(document.references.count == 400 && document.definitions.count == 400)
                _ = Citeproof.check(document)
            }
        }
        // CPU time of this thread, best of three: one line may cost at most three times as much as many
        // lines (counting columns from the start of the line cost ×4 at 190 KB, and grows with the line).
        try HangGuard.watch("one line of HTML") {
            let manyLines = try cost(page("\n"))
            let oneLine = try cost(page(""))
            #expect(oneLine < manyLines * 3, "one line \(oneLine) s, many lines \(manyLines) s of CPU")
        }
    }
}
