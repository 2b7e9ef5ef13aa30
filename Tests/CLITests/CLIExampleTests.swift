import Foundation
import Testing
import Yams

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
    func shell(_ command: String, in folder: URL, environment extra: [String: String] = [:]) throws -> Run {
        let binary = try #require(Self.binary, "citeproof binary not found near \(Bundle.main.bundleURL.path)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["NO_COLOR"] = "1"
        for (key, value) in extra { environment[key] = value }
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

    /// A step of a workflow or action file, by name.
    func step(_ name: String, in file: String) throws -> [String: Any] {
        let text = try String(contentsOf: Self.packageRoot.appendingPathComponent(file), encoding: .utf8)
        let yaml = try #require(try Yams.load(yaml: text) as? [String: Any])
        let steps: [Any]
        if let runs = yaml["runs"] as? [String: Any] {
            steps = runs["steps"] as? [Any] ?? []
        } else {
            let jobs = try #require(yaml["jobs"] as? [String: Any])
            steps = jobs.values.compactMap { ($0 as? [String: Any])?["steps"] as? [Any] }.flatMap { $0 }
        }
        return try #require(steps.compactMap { $0 as? [String: Any] }.first { $0["name"] as? String == name }, "no step \(name) in \(file)")
    }

    /// The action's "Check drafts" command with the environment GitHub would give it: each `env:`
    /// value with `${{ inputs.X }}` replaced by the workflow's `with:` input, else the action's default.
    func actionCheckCommand() throws -> (command: String, environment: [String: String], uses: String) {
        let workflowStep = try step("Check drafts", in: ".github/workflows/citeproof.yml")
        let with = workflowStep["with"] as? [String: Any] ?? [:]
        let actionText = try String(contentsOf: Self.packageRoot.appendingPathComponent("action.yml"), encoding: .utf8)
        let action = try #require(try Yams.load(yaml: actionText) as? [String: Any])
        let inputs = try #require(action["inputs"] as? [String: Any])
        let actionStep = try step("Check drafts", in: "action.yml")
        var environment: [String: String] = [:]
        for (key, value) in actionStep["env"] as? [String: Any] ?? [:] {
            var text = "\(value)"
            for (input, declared) in inputs {
                let given = with[input].map { "\($0)" } ?? (declared as? [String: Any])?["default"].map { "\($0)" } ?? ""
                text = text.replacingOccurrences(of: "${{ inputs.\(input) }}", with: given)
            }
            #expect(!text.contains("${{"), "\(key) refers to an input action.yml does not declare")
            environment[key] = text
        }
        return (try #require(actionStep["run"] as? String), environment, workflowStep["uses"] as? String ?? "")
    }

    @Test func githubActionCheckStepAnnotatesAndWritesSARIF() throws {
        let repo = try scratchRepository()
        defer { try? FileManager.default.removeItem(at: repo) }
        let (command, environment, uses) = try actionCheckCommand()
        #expect(uses == "./", "the example workflow uses the action at the repository's root")
        #expect(command.hasPrefix("citeproof check $CITEPROOF_PATHS"))
        #expect(environment["CITEPROOF_PATHS"] == "drafts")
        let run = try shell(command, in: repo, environment: environment)
        #expect(run.status == 1, "errors in the fixture fail the step: \(run.stderr)")
        #expect(run.stdout.hasPrefix("::error file=drafts/every-rule.md,line=7,col=70,"))
        #expect(run.stdout.hasSuffix("citeproof: 3 errors, 4 warnings, 0 notes in 2 documents (2 suppressed)\n"))
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: repo.appendingPathComponent("citeproof.sarif"))) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
        #expect(FileManager.default.fileExists(atPath: repo.appendingPathComponent("citeproof.md").path))
        // The optional inputs: a publication date, and a threshold that lets the step pass.
        var dated = environment
        dated["CITEPROOF_PUBLISHED"] = "2024-05-14"
        dated["CITEPROOF_FAIL_ON"] = "none"
        let passing = try shell(command, in: repo, environment: dated)
        #expect(passing.status == 0, "\(passing.stderr)")
        let bad = try shell(command, in: repo, environment: environment.merging(["CITEPROOF_FAIL_ON": "sometimes"]) { $1 })
        #expect(bad.status == 2)
    }

    @Test func githubActionSummaryStepAppendsTheMarkdownReport() throws {
        let repo = try scratchRepository()
        defer { try? FileManager.default.removeItem(at: repo) }
        let (command, environment, _) = try actionCheckCommand()
        _ = try shell(command, in: repo, environment: environment)
        let summary = try #require(try step("Summary", in: "action.yml")["run"] as? String)
        let file = repo.appendingPathComponent("summary.md")
        let run = try shell(summary, in: repo, environment: ["GITHUB_STEP_SUMMARY": file.path])
        #expect(run.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("## citeproof"))
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
