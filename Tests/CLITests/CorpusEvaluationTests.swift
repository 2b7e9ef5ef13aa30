import Foundation
import Testing

/// Runs `scripts/corpus-eval --json` with the built binary over the real-world corpus
/// (`Corpus/*/article.*` against each `key.json`) and holds citeproof to its precision and
/// recall there, over the whole corpus and in each format.
///
/// The goal (issue 12) is precision ≥ 0.95 and recall ≥ 0.90. citeproof does not reach it
/// yet, so the thresholds below are REGRESSION FLOORS: the figures actually measured, a
/// little below, so a change that makes citeproof cry wolf more or find less fails here.
/// Raise them as citeproof improves; replace them by the goal once it is met.
@Suite(.serialized) struct CorpusEvaluationTests {
    /// The goal the floors are meant to reach.
    static let goal = (precision: 0.95, recall: 0.90)

    /// Measured on the 25 articles (12 Wikipedia articles, 8 PLOS papers, 3 18F posts, a NIST page and a
    /// Programming Historian lesson; 24 key problems in each of the five formats): all formats together
    /// precision 0.991, recall 0.875; by format (precision/recall) md 1.000/0.917, html 0.957/0.833,
    /// docx 1.000/0.875, odt 1.000/0.875, txt 1.000/0.875 (the text reader takes a note's written-out
    /// links, `“Title” (https://…)`, as its links; word-processor notes read no-break spaces as spaces;
    /// a note a converter writes out twice is one access date). The floors sit just below.
    static let precisionFloor: [String: Double] = [
        "all": 0.97, "md": 0.97, "html": 0.93, "docx": 0.97, "odt": 0.97, "txt": 0.97,
    ]
    static let recallFloor: [String: Double] = [
        "all": 0.85, "md": 0.89, "html": 0.81, "docx": 0.85, "odt": 0.85, "txt": 0.85,
    ]
    /// The articles in the corpus.
    static let minimumArticles = 25

    struct Totals: Decodable {
        var precision: Double
        var recall: Double
        var runs: Int
        var errors: Int
        var warnings_errors: Int
        var problems: Int
    }

    struct Article: Decodable {
        var id: String
    }

    struct Evaluation: Decodable {
        var articles: [Article]
        var totals: [String: Totals]
    }

    static func evaluate() throws -> Evaluation {
        let script = CLIRunner.packageRoot.appendingPathComponent("scripts/corpus-eval")
        #expect(FileManager.default.isExecutableFile(atPath: script.path), "scripts/corpus-eval is missing or not executable")
        // The script needs python3 (standard library only): without it this fails, it does not skip.
        let result = try CLIRunner.run(
            ["--json", "--binary", CLIRunner.binary.path], timeout: 1800, executable: script.path)
        #expect(result.exitCode == 0, "corpus-eval failed: \(result.stderr)")
        return try JSONDecoder().decode(Evaluation.self, from: Data(result.stdout.utf8))
    }

    @Test func precisionAndRecallHoldTheirFloorsOverTheCorpusAndInEachFormat() throws {
        let evaluation = try Self.evaluate()
        #expect(evaluation.articles.count >= Self.minimumArticles, "articles found: \(evaluation.articles.map(\.id))")
        for format in ["all", "md", "html", "docx", "odt", "txt"] {
            let totals = try #require(evaluation.totals[format], "no totals for \(format)")
            #expect(totals.errors == 0, "\(format): \(totals.errors) runs of citeproof failed")
            #expect(totals.runs >= Self.minimumArticles * (format == "all" ? 5 : 1), "\(format): \(totals.runs) runs")
            #expect(totals.problems > 0, "\(format): the keys list no problem at all")
            let precisionFloor = try #require(Self.precisionFloor[format])
            let recallFloor = try #require(Self.recallFloor[format])
            #expect(
                totals.precision >= precisionFloor,
                "\(format): precision \(totals.precision) fell below its floor \(precisionFloor) (goal \(Self.goal.precision))")
            #expect(
                totals.recall >= recallFloor,
                "\(format): recall \(totals.recall) fell below its floor \(recallFloor) (goal \(Self.goal.recall))")
        }
    }
}
