import CiteproofCore
import CiteproofReport
import Foundation
import Testing

/// A program embedding citeproof runs the whole pipeline from the library alone (`CheckRun`) and
/// gets the very report the CLI writes.
@Suite struct EmbeddingTests {
    static let drafts = [
        "Fixtures/sample/ministry-statement.md", "Fixtures/formats/pandoc/council-depot.html",
        "Fixtures/formats/pandoc/transit-strike.docx", "Fixtures/formats/libreoffice/council-depot.odt",
        "Fixtures/integrity/bracket-notes.txt",
    ]

    @Test(arguments: drafts)
    func libraryRunGivesTheCLIsJSON(_ draft: String) throws {
        let cli = try CLIRunner.run(["check", draft, "--format", "json", "--published", "2024-05-14", "--fail-on", "none"])
        #expect(cli.exitCode == 0, "\(cli.stderr)")

        let path = CLIRunner.packageRoot.appendingPathComponent(draft).path
        let options = CheckOptions(publishedOverride: CalendarDate(iso: "2024-05-14"))
        // The CLI names the draft as it was given (relative to its working directory).
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let report = try CheckRun(options: options).run([CheckInput(path: draft, bytes: bytes)])
        #expect(JSONReporter().render(report) == cli.stdout)
    }

    /// The streamed run, as the README shows it, gives the CLI's JSON Lines.
    @Test func streamedLibraryRunGivesTheCLIsJSONLines() throws {
        let cli = try CLIRunner.run(["check"] + Self.drafts + ["--format", "jsonl", "--published", "2024-05-14", "--fail-on", "none"])
        #expect(cli.exitCode == 0, "\(cli.stderr)")
        let inputs = try Self.drafts.map { draft in
            CheckInput(path: draft, bytes: try [UInt8](Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent(draft))))
        }
        let output = ReportOutput.memory()
        let stream = JSONLinesReporter().stream(to: output)
        let summary = try CheckRun(options: CheckOptions(publishedOverride: CalendarDate(iso: "2024-05-14"))).run(inputs) {
            try stream.write($0)
        }
        try stream.finish(summary)
        #expect(output.text == cli.stdout)
    }

    @Test func publishedOptionResolvesYearlessNoteDates() throws {
        // No dateline, no metadata: only --published gives the yearless note date its year.
        let draft = "The channel said so.[^1]\n\n[^1]: Telegram.me/some_channel, April 3.\n"
        let cli = try CLIRunner.run(
            ["check", "-", "--format-in", "markdown", "--format", "json", "--published", "2021-04-04"],
            stdin: Data(draft.utf8))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any])
        let document = try #require((json["documents"] as? [[String: Any]])?.first)
        let footnote = try #require((document["footnotes"] as? [[String: Any]])?.first)
        let citation = try #require((footnote["citations"] as? [[String: Any]])?.first)
        let date = try #require(citation["date"] as? [String: Any])
        #expect(date["value"] as? String == "2021-04-03")
        #expect(date["yearInferred"] as? Bool == true)
        #expect((document["publicationDate"] as? [String: Any])?["origin"] as? String == "option")
    }

    @Test func yearlessDateAfterThePublishedDateIsCheckedToo() throws {
        // Resolved against --published, "December 30" of a draft published January 2 is the previous
        // December; no date rule may treat it as after publication.
        let draft = "The channel said so.[^1]\n\n[^1]: Telegram.me/some_channel, December 30.\n"
        let report = try CheckRun(options: CheckOptions(publishedOverride: CalendarDate(iso: "2022-01-02"), format: .markdown))
            .run([CheckInput(path: "draft.md", bytes: Array(draft.utf8))])
        let checked = try #require(report.documents.first)
        #expect(checked.document.definitions[0].citations[0].date?.value == CalendarDate(iso: "2021-12-30"))
        #expect(!checked.findings.contains { $0.rule == "date-after-publication" })
    }

    @Test func aMissingInputIsReportedOnceOnStandardError() throws {
        let result = try CLIRunner.run(["check", "no-such-draft.md"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.components(separatedBy: "no-such-draft.md").count == 2, "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("no-such-draft.md"), "stdout: \(result.stdout)")
    }
}
