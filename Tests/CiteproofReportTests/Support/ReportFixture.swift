import CiteproofCore
import CiteproofReport
import Foundation
import Testing

/// The report every reporter test renders: two drafts (Markdown and plain text) that trigger
/// every rule on this branch, hold `<script>` and quotes, and carry suppression directives.
enum ReportFixture {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    static let golden = testsFolder.appendingPathComponent("Golden")
    static let sarifSchema = testsFolder.appendingPathComponent("Schemas/sarif-schema-2.1.0.json")
    /// The two drafts the per-format tests count findings on.
    static let drafts = ["every-rule.md", "every-rule.txt"]
    /// With the source and date rules' draft and an HTML draft: together they fire every rule (golden files).
    static let everyRuleDrafts = drafts + ["every-rule-sources-dates.md", "every-rule.html", "every-rule-links.md", "every-rule-quotes.md"]

    /// Fixed verdicts with the pages read for `every-rule-quotes.md`, as `check --quotes` has them.
    static func quoteChecks() throws -> [LinkCheck] {
        try [("https://herald.example/2024/05/20/quay", "quote-page-herald.html"), ("https://transport.example/ar/statement", "quote-page-ministry.html")]
            .map { url, page in
                LinkCheck(
                    url: url, outcome: .ok, httpStatus: 200, elapsedMs: 90, checkedAt: Date(timeIntervalSince1970: 1_715_677_200),
                    detail: "HTTP 200", pageBody: Array(try Data(contentsOf: fixtures.appendingPathComponent(page))))
            }
    }

    /// Fixed probe verdicts for `every-rule-links.md`, attached as `check --probe` attaches them.
    static let linkChecks: [LinkCheck] = [
        LinkCheck(
            url: "https://herald.example/2024/05/13/port-reopens", outcome: .ok, httpStatus: 200, elapsedMs: 120,
            checkedAt: Date(timeIntervalSince1970: 1_715_677_200), pageDate: CalendarDate(year: 2023, month: 5, day: 13), detail: "HTTP 200"),
        LinkCheck(
            url: "https://port.example/timetable", outcome: .dead, httpStatus: 404, elapsedMs: 80, checkedAt: Date(timeIntervalSince1970: 1_715_677_200),
            archiveURL: "https://web.archive.org/web/20240510000000/https://port.example/timetable", detail: "HTTP 404"),
        LinkCheck(
            url: "https://ferries.example/notice", outcome: .unreachable, elapsedMs: 20000, checkedAt: Date(timeIntervalSince1970: 1_715_677_200),
            detail: "timed out after 3 attempts"),
        LinkCheck(
            url: "http://transport.example/statement", outcome: .redirected, httpStatus: 301,
            finalURL: "https://transport.example/news/statement", redirects: ["https://transport.example/news/statement"],
            suggestedURL: "https://transport.example/news/statement", elapsedMs: 95, checkedAt: Date(timeIntervalSince1970: 1_715_677_200),
            detail: "HTTP 301"),
        LinkCheck(
            url: "https://x.com/velmora_min/status/1790115474893639932", outcome: .unverifiable, httpStatus: 200, elapsedMs: 60,
            checkedAt: Date(timeIntervalSince1970: 1_715_677_200), detail: "x.com answers every post with a login page"),
        LinkCheck(
            url: "https://herald.example/2024/05/11/ferries", outcome: .soft404, httpStatus: 200, finalURL: "https://herald.example/",
            redirects: ["https://herald.example/"], elapsedMs: 70, checkedAt: Date(timeIntervalSince1970: 1_715_677_200),
            detail: "a deep link redirected to the site's home page"),
    ]
    /// Paths in the report are `drafts/NAME`, as if the run's working directory were the base.
    static let baseDirectory = "/checkout"

    static func report(editingAbove line: Int? = nil, drafts: [String] = drafts) throws -> Report {
        let documents = try drafts.map { name -> CheckedDocument in
            var text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
            if let line {  // simulate an edit: insert lines of body text above `line`
                var lines = text.components(separatedBy: "\n")
                lines.insert(contentsOf: ["An added paragraph.", ""], at: line - 1)
                text = lines.joined(separator: "\n")
            }
            var document = try Citeproof.read(bytes: Array(text.utf8), path: "drafts/\(name)", keepingBody: true)
            var options = CheckOptions()
            if name == "every-rule-links.md" {
                options.probed = true
                document = Citeproof.normalize(document, options: options)
                LinkTargets.attach(Dictionary(uniqueKeysWithValues: linkChecks.map { ($0.url, $0) }), to: &document)
            }
            if name == "every-rule-quotes.md" {
                options.probed = true
                options.quotes = true
                document = Citeproof.normalize(document, options: options)
                let checks = try quoteChecks()
                LinkTargets.attach(Dictionary(uniqueKeysWithValues: checks.map { ($0.url, $0) }), to: &document)
                let pages = Dictionary(uniqueKeysWithValues: checks.map { ($0.url, PageText(html: $0.pageBody!)) })
                QuoteStage.run(&document, pages: pages)
            }
            return Suppression.apply(to: Citeproof.check(document, options: options))
        }
        return Report(toolVersion: "0.0.0-test", documents: documents)
    }
}

/// Runs Python for the validators the issue names; a missing interpreter or module is a failure
/// with a message saying what to install, never a silent pass.
enum Python {
    struct Run {
        var status: Int32
        var output: String
    }

    static func run(_ script: String, arguments: [String] = []) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Records an issue and returns false when `python3` cannot import `module`.
    static func require(_ module: String, install: String) -> Bool {
        guard let run = try? run("import \(module)"), run.status == 0 else {
            Issue.record("python3 with the '\(module)' module is required for this test: \(install)")
            return false
        }
        return true
    }
}

/// Compares output with `Golden/NAME`; `CITEPROOF_UPDATE_GOLDEN=1` rewrites the file instead.
enum Golden {
    static func check(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = ReportFixture.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CITEPROOF_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from the golden file; rerun with CITEPROOF_UPDATE_GOLDEN=1 and review the diff", sourceLocation: sourceLocation)
    }
}
