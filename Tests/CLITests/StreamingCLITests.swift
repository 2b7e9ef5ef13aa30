import Foundation
import Testing

/// `--format jsonl`, the streamed JSON and text reports, and `--shard K/N` (with GNU parallel as the
/// engine that runs the shards).
@Suite struct StreamingCLITests {
    static let drafts = ["Fixtures/integrity", "Fixtures/sample", "Fixtures/formats", "Fixtures/conformance/seeds"]
    static let fixed = ["--published", "2024-05-14", "--fail-on", "none"]

    static func object(_ text: some StringProtocol) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary)
    }

    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }

    /// Validates every line against `Schemas/citeproof-report-line.schema.json` (its `$ref`s point into
    /// the report schema).
    static func validateLines(_ jsonl: String) throws -> (ok: Bool, output: String) {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report.jsonl")
        try Data(jsonl.utf8).write(to: file)
        let script = """
            import json, sys, warnings
            warnings.simplefilter("ignore", DeprecationWarning)
            import jsonschema
            line_schema = json.load(open(sys.argv[1])); report_schema = json.load(open(sys.argv[2]))
            resolver = jsonschema.RefResolver.from_schema(line_schema, store={report_schema["$id"]: report_schema})
            validator = jsonschema.Draft7Validator(line_schema, resolver=resolver)
            bad = 0
            for number, line in enumerate(open(sys.argv[3]), 1):
                for e in list(validator.iter_errors(json.loads(line)))[:3]:
                    bad += 1; print(number, list(e.path), e.message[:300])
            sys.exit(1 if bad else 0)
            """
        let schemas = CLIRunner.packageRoot.appendingPathComponent("Schemas")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", script, schemas.appendingPathComponent("citeproof-report-line.schema.json").path,
            schemas.appendingPathComponent("citeproof-report.schema.json").path, file.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus == 0, output)
    }

    @Test func jsonLinesHoldTheJSONExportsDocumentsThenItsSummary() throws {
        let jsonl = try CLIRunner.run(["check"] + Self.drafts + Self.fixed + ["--format", "jsonl"])
        let json = try CLIRunner.run(["check"] + Self.drafts + Self.fixed + ["--format", "json"])
        #expect(jsonl.exitCode == json.exitCode, "\(jsonl.stderr)")
        let export = try Self.object(json.stdout)
        let lines = Self.lines(jsonl.stdout)
        let documents = try #require(export["documents"] as? [NSDictionary])
        #expect(documents.count > 10)
        #expect(lines.count == documents.count + 1)
        #expect(!lines.contains { $0.contains("\n") || $0.isEmpty })
        for (line, document) in zip(lines, documents) {
            #expect(try Self.object(line) == document, "\(document["path"] ?? "")")
        }
        let lastLine = try #require(lines.last)
        let last = try Self.object(lastLine)
        #expect(Set(last.allKeys.compactMap { $0 as? String }) == ["failures", "schemaVersion", "summary", "tool"])
        for key in ["failures", "schemaVersion", "summary", "tool"] {
            #expect(last[key] as? NSObject == export[key] as? NSObject, "\(key)")
        }
        let valid = try Self.validateLines(jsonl.stdout)
        #expect(valid.ok, "\(valid.output)")
        let broken = try Self.validateLines(jsonl.stdout.replacingOccurrences(of: "\"schemaVersion\":2", with: "\"schemaVersion\":1"))
        #expect(!broken.ok, "the validator must be able to fail")
    }

    @Test func streamedReportsEqualTheWholeReportPath() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // json and text alone are streamed; with sarif beside them the whole report is built first.
        let streamed = try CLIRunner.run(
            ["check"] + Self.drafts + Self.fixed
                + ["--format", "json", "--format", "text:\(dir.path)/streamed.txt", "--write-baseline", "\(dir.path)/streamed-baseline.json"])
        let whole = try CLIRunner.run(
            ["check"] + Self.drafts + Self.fixed
                + [
                    "--format", "json", "--format", "text:\(dir.path)/whole.txt", "--format", "sarif:\(dir.path)/report.sarif",
                    "--write-baseline", "\(dir.path)/whole-baseline.json",
                ])
        #expect(streamed.exitCode == whole.exitCode)
        #expect(streamed.stdout == whole.stdout)
        #expect(streamed.stderr == whole.stderr)
        for (a, b) in [("streamed.txt", "whole.txt"), ("streamed-baseline.json", "whole-baseline.json")] {
            let left = try Data(contentsOf: dir.appendingPathComponent(a))
            #expect(!left.isEmpty)
            #expect(left == (try Data(contentsOf: dir.appendingPathComponent(b))), "\(a) vs \(b)")
        }
        // The baseline hides every finding of the streamed run, as it does in the whole report.
        let again = try CLIRunner.run(
            ["check"] + Self.drafts + ["--published", "2024-05-14", "--format", "jsonl", "--baseline", "\(dir.path)/streamed-baseline.json"])
        #expect(again.exitCode == 0, "every finding is in the baseline: \(again.stderr)")
        let lastLine = try #require(Self.lines(again.stdout).last)
        let summary = try #require(try Self.object(lastLine)["summary"] as? NSDictionary)
        #expect(summary["errors"] as? Int == 0 && summary["warnings"] as? Int == 0)
        #expect((summary["suppressed"] as? Int ?? 0) > 0)
    }

    @Test func shardMustBeKOfN() throws {
        for bad in ["0/2", "3/2", "2", "a/b"] {
            let r = try CLIRunner.run(["check", "Fixtures/sample", "--shard", bad])
            #expect(r.exitCode == 2)
            #expect(r.stderr.contains("--shard must be K/N with 1 <= K <= N"), "\(r.stderr)")
        }
    }

    /// The map step: GNU parallel runs two shards at once; their document lines, merged and sorted by
    /// path, are a single run's, and their summaries add up to its summary.
    @Test func twoShardsUnderGNUParallelEqualOneRun() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let check = ([CLIRunner.binary.path, "check"] + Self.drafts + Self.fixed + ["--format", "jsonl"]).joined(separator: " ")
        let gnu = try CLIRunner.run(["parallel", "--version"], executable: "/usr/bin/env")
        try #require(gnu.stdout.hasPrefix("GNU parallel"), "GNU parallel is needed: apt-get install parallel (scripts/setup)")
        let run = try CLIRunner.run(
            ["parallel", "--halt", "never", "\(check) --shard {}/2 > \(dir.path)/shard-{}.jsonl", ":::", "1", "2"],
            executable: "/usr/bin/env")
        #expect(run.exitCode == 0, "\(run.stderr)")
        let single = try CLIRunner.run(["check"] + Self.drafts + Self.fixed + ["--format", "jsonl"])

        func documentLines(_ text: String) throws -> [(path: String, line: Substring)] {
            try Self.lines(text).dropLast().map { (try #require(try Self.object($0)["path"] as? String), $0) }
        }
        let shards = try (1...2).map { try String(contentsOf: dir.appendingPathComponent("shard-\($0).jsonl"), encoding: .utf8) }
        let merged = try shards.flatMap(documentLines).sorted { $0.path < $1.path }
        let expected = try documentLines(single.stdout).sorted { $0.path < $1.path }
        #expect(try shards.allSatisfy { try !documentLines($0).isEmpty }, "both shards hold drafts")
        #expect(merged.count == expected.count)
        #expect(merged.map(\.line) == expected.map(\.line))

        func summary(_ text: String) throws -> [String: Int] {
            let last = try #require(Self.lines(text).last)
            return try #require(try Self.object(last)["summary"] as? [String: Int])
        }
        let parts = try shards.map(summary)
        let whole = try summary(single.stdout)
        for key in ["documents", "footnotes", "citations", "errors", "warnings", "notes", "suppressed"] {
            #expect(parts.reduce(0) { $0 + ($1[key] ?? 0) } == whole[key], "\(key)")
        }
    }
}
