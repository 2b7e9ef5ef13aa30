import Foundation
import Testing

/// Runs the built `citeproof` binary with the command lines the CI and pre-commit examples use.
@Suite(.serialized) struct CLIExampleTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/CiteproofReportTests/Fixtures")

    /// The `citeproof` binary in the build products folder (beside the test bundle).
    static var binary: URL? {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("citeproof")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `command` with `sh -c` in `folder`, with the binary's folder first on PATH.
    func shell(_ command: String, in folder: URL) throws -> Run {
        let binary = try #require(Self.binary, "citeproof binary not found near \(Bundle.main.bundleURL.path)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A scratch repository with the reporter fixtures in `drafts/`.
    func scratchRepository() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citeproof-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        for name in ["every-rule.md", "every-rule.txt"] {
            try FileManager.default.copyItem(
                at: Self.fixtures.appendingPathComponent(name), to: folder.appendingPathComponent("drafts/\(name)"))
        }
        return folder
    }

    /// The `run:` line of the workflow step named `name`.
    func workflowCommand(step name: String) throws -> String {
        let text = try String(contentsOf: Self.packageRoot.appendingPathComponent(".github/workflows/citeproof.yml"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "- name: \(name)" })
        let run = try #require(lines[start...].first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("run: ") })
        return String(run.trimmingCharacters(in: .whitespaces).dropFirst("run: ".count))
    }

    @Test func githubWorkflowCommandAnnotatesAndWritesSARIF() throws {
        let repo = try scratchRepository()
        defer { try? FileManager.default.removeItem(at: repo) }
        let command = try workflowCommand(step: "Check drafts")
        #expect(command.hasPrefix("citeproof check drafts"))
        let run = try shell(command, in: repo)
        #expect(run.status == 1, "errors in the fixture fail the step: \(run.stderr)")
        #expect(run.stdout.hasPrefix("::error file=drafts/every-rule.md,line=7,col=70,"))
        #expect(run.stdout.hasSuffix("citeproof: 3 errors, 4 warnings, 0 notes in 2 documents (2 suppressed)\n"))
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: repo.appendingPathComponent("citeproof.sarif"))) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
        #expect(FileManager.default.fileExists(atPath: repo.appendingPathComponent("citeproof.md").path))
    }

    @Test func preCommitHookEntryFailsOnErrorsAndPassesCleanDrafts() throws {
        let hooks = try String(contentsOf: Self.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let entryLine = try #require(hooks.components(separatedBy: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("entry: ") })
        let entry = entryLine.trimmingCharacters(in: .whitespaces).dropFirst("entry: ".count)
        let repo = try scratchRepository()
        defer { try? FileManager.default.removeItem(at: repo) }
        // pre-commit appends the staged file names to the entry.
        let failing = try shell("\(entry) drafts/every-rule.md drafts/every-rule.txt", in: repo)
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("drafts/every-rule.md:7:70: error: footnote marker [6] has no definition"))
        try "The council met.[^1]\n\n[^1]: Riverton Ledger, March 3, 2024.\n"
            .write(to: repo.appendingPathComponent("drafts/clean.md"), atomically: true, encoding: .utf8)
        let passing = try shell("\(entry) drafts/clean.md", in: repo)
        #expect(passing.status == 0, "\(passing.stdout)\(passing.stderr)")
    }

    @Test func baselineGatesOnlyOnNewFindings() throws {
        let repo = try scratchRepository()
        defer { try? FileManager.default.removeItem(at: repo) }
        let record = try shell("citeproof check drafts --write-baseline .citeproof-baseline.json --fail-on none", in: repo)
        #expect(record.status == 0)
        let gated = try shell("citeproof check drafts --baseline .citeproof-baseline.json --fail-on warning", in: repo)
        #expect(gated.status == 0, "every finding is in the baseline: \(gated.stdout)")
        #expect(gated.stdout.contains("(9 suppressed)"))
        // A new problem in a baselined draft fails the gate again.
        let draft = repo.appendingPathComponent("drafts/every-rule.md")
        try (String(contentsOf: draft, encoding: .utf8) + "\nA new claim.[^8]\n").write(to: draft, atomically: true, encoding: .utf8)
        let fresh = try shell("citeproof check drafts --baseline .citeproof-baseline.json --fail-on warning --format github", in: repo)
        #expect(fresh.status == 1)
        #expect(fresh.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("::") } == [
            "::error file=drafts/every-rule.md,line=17,col=13,title=Missing footnote definition (missing-definition)::footnote marker [8] has no definition",
        ])
    }

    @Test func configFileIsFoundUpwardAndFlagsOverrideIt() throws {
        let repo = try scratchRepository()
        defer { try? FileManager.default.removeItem(at: repo) }
        try "rules:\n  missing-definition: off\n  duplicate-definition: off\nfailOn: warning\n"
            .write(to: repo.appendingPathComponent(".citeproof.yml"), atomically: true, encoding: .utf8)
        let configured = try shell("citeproof check drafts/every-rule.md", in: repo)
        #expect(configured.status == 1, "failOn: warning from the file")
        #expect(!configured.stdout.contains("missing-definition") && configured.stdout.contains("0 errors, 3 warnings"))
        let overridden = try shell("citeproof check drafts/every-rule.md --fail-on error", in: repo)
        #expect(overridden.status == 0)

        try "rules:\n  missing-definition: sometimes\n".write(to: repo.appendingPathComponent(".citeproof.yml"), atomically: true, encoding: .utf8)
        let bad = try shell("citeproof check drafts/every-rule.md", in: repo)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains(".citeproof.yml:2: rules.missing-definition must be one of off, error, warning, note (got 'sometimes')"))
    }

    @Test func initWritesAFileAndRefusesToOverwrite() throws {
        let repo = try scratchRepository()
        defer { try? FileManager.default.removeItem(at: repo) }
        #expect(try shell("citeproof init", in: repo).status == 0)
        #expect(try shell("citeproof check drafts --fail-on none", in: repo).status == 0, "the written file is valid")
        let again = try shell("citeproof init", in: repo)
        #expect(again.status == 2 && again.stderr.contains("already exists; use --force"))
        // Overwriting the same file again and again (FileManager.replaceItemAt failed every second time on Linux).
        for _ in 0..<3 { #expect(try shell("citeproof init --force", in: repo).status == 0) }
    }
}
