import CiteproofCore
import Foundation
import Testing

@Suite struct ExitCodeAndOutputTests {
    @Test func failOnThresholds() throws {
        // unused-definition.md has exactly one warning.
        let draft = "Fixtures/integrity/unused-definition.md"
        #expect(try CLIRunner.run(["check", draft]).exitCode == 0)
        #expect(try CLIRunner.run(["check", draft, "--fail-on", "warning"]).exitCode == 1)
        #expect(try CLIRunner.run(["check", draft, "--fail-on", "note"]).exitCode == 1)
        #expect(try CLIRunner.run(["check", "Fixtures/integrity/duplicate-definition.md"]).exitCode == 1)
        #expect(try CLIRunner.run(["check", "Fixtures/integrity/duplicate-definition.md", "--fail-on", "none"]).exitCode == 0)
    }

    @Test func textReportIsCompilerStyleWithCaret() throws {
        let r = try CLIRunner.run(["check", "Fixtures/integrity/missing-definition.md"])
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try #require(lines.firstIndex { $0.hasPrefix("Fixtures/integrity/missing-definition.md:9:44: error:") })
        #expect(lines[first].hasSuffix("[missing-definition]"))
        #expect(lines[first + 1].contains("9 | The contractor blamed a shortage of barges.[^2]"))
        // The caret stands under the marker.
        let codeLine = lines[first + 1]
        let caretLine = lines[first + 2]
        let bar = try #require(codeLine.firstIndex(of: "|"))
        let markerColumn = codeLine.distance(from: bar, to: try #require(codeLine.range(of: "[^2]")).lowerBound)
        let caretColumn = caretLine.distance(from: try #require(caretLine.firstIndex(of: "|")), to: try #require(caretLine.firstIndex(of: "^")))
        #expect(markerColumn == caretColumn)
        #expect(!r.stdout.contains("\u{1B}["), "no colour when not a terminal")
        #expect(r.stdout.contains("1 error, 0 warnings, 0 notes in 1 document"))
    }

    @Test func outputFileIsWrittenAndStdoutStaysEmpty() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.json")
        try Data("old".utf8).write(to: out)
        let r = try CLIRunner.run(["check", "Fixtures/integrity/numbering-gap.md", "--format", "json", "--output", out.path])
        #expect(r.exitCode == 0)
        #expect(r.stdout.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
        #expect(json?["schemaVersion"] as? Int == 2)
        // No temporary file is left beside the report.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.json"])
    }

    @Test func outputIntoAMissingFolderFailsClearly() throws {
        let r = try CLIRunner.run(["check", "Fixtures/integrity/numbering-gap.md", "--output", "/nonexistent/dir/r.txt"])
        #expect(r.exitCode == 2)
        #expect(r.stderr.contains("does not exist"))
    }

    @Test func inputsAreNeverModified() throws {
        let path = CLIRunner.packageRoot.appendingPathComponent("Fixtures/integrity/bracket-notes.txt")
        let before = try Data(contentsOf: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path.path)
        _ = try CLIRunner.run(["check", path.path, "--format", "json"])
        #expect(try Data(contentsOf: path) == before)
        let after = try FileManager.default.attributesOfItem(atPath: path.path)
        #expect(after[.modificationDate] as? Date == attributes[.modificationDate] as? Date)
    }

    @Test func jsonOutputIsDeterministic() throws {
        let a = try CLIRunner.run(["check", "Fixtures/integrity", "--format", "json", "--fail-on", "none"])
        let b = try CLIRunner.run(["check", "Fixtures/integrity", "--format", "json", "--fail-on", "none"])
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
    }

    @Test func rulesAndExplain() throws {
        let rules = try CLIRunner.run(["rules"])
        #expect(rules.exitCode == 0)
        for id in ["missing-definition", "unused-definition", "duplicate-definition", "numbering-gap", "missing-source"] {
            #expect(rules.stdout.contains(id))
        }
        let markdown = try CLIRunner.run(["rules", "--format", "markdown"])
        #expect(markdown.exitCode == 0)
        #expect(markdown.stdout == RuleRegistry.markdownTable())
        let explain = try CLIRunner.run(["explain", "numbering-gap"])
        #expect(explain.exitCode == 0)
        #expect(explain.stdout.contains("Triggers on"))
        #expect(explain.stdout.contains("Stays quiet on"))
    }

    @Test func helpListsTheFormatsAndExitCodes() throws {
        let help = try CLIRunner.run(["check", "--help"])
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("--fail-on"))
        #expect(help.stdout.contains("--published"))
        let root = try CLIRunner.run(["--help"])
        #expect(root.stdout.contains("Exit codes"))
    }
}

@Suite struct OutputTargetTests {
    /// `--output /dev/null` must write into the device, never rename a file over it.
    @Test func characterDeviceIsWrittenInPlace() throws {
        var before = stat()
        #expect(stat("/dev/null", &before) == 0)
        let r = try CLIRunner.run(["check", "Fixtures/integrity/numbering-gap.md", "--format", "json", "--output", "/dev/null"])
        #expect(r.exitCode == 0)
        var after = stat()
        #expect(stat("/dev/null", &after) == 0)
        #expect((after.st_mode & S_IFMT) == S_IFCHR)
        #expect(after.st_rdev == before.st_rdev)
    }

    @Test func directoryAsOutputIsRefused() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIRunner.run(["check", "Fixtures/integrity/numbering-gap.md", "--output", dir.path])
        #expect(r.exitCode == 2)
        #expect(r.stderr.contains("is a directory"))
    }
}

@Suite struct NormalizeCommandTests {
    @Test func spellingsOfOneAccountNormalizeAlike() throws {
        let r = try CLIRunner.run(["normalize", "Twitter.com/KM94310", "mobile.twitter.com/KM94310?s=20", "@KM94310", "--format", "json"])
        #expect(r.exitCode == 0)
        let results = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
        let canonical = results.compactMap { ($0["identity"] as? [String: Any])?["canonical"] as? String }
        #expect(canonical == ["x.com/km94310", "x.com/km94310", "x.com/km94310"])
    }

    @Test func readsStandardInputOneALine() throws {
        let r = try CLIRunner.run(["normalize"], stdin: Data("Telegram.me/ Qais_alkhazali\n\nhttps://news.bbc.co.uk/x\n".utf8))
        #expect(r.exitCode == 0)
        #expect(r.stdout.contains("Telegram.me/ Qais_alkhazali → t.me/qais_alkhazali (channel, telegram)"))
        #expect(r.stdout.contains("→ bbc.co.uk (website)"))
    }

    @Test func unknownPlatformIsAUsageError() throws {
        let r = try CLIRunner.run(["normalize", "@x", "--handle-platform", "myspace"])
        #expect(r.exitCode == 2)
        #expect(r.stderr.contains("unknown platform 'myspace'"))
    }
}

/// Long runs show progress on a terminal (standard error), and never in a pipe or with --quiet.
@Suite struct ProgressTests {
    static let folder = "Fixtures/formats"  // more than 20 drafts

    @Test func progressOnATerminalOnly() throws {
        let binary = CLIRunner.binary.path
        // `script` gives the command a real pseudo-terminal.
        let onTTY = try CLIRunner.run(
            ["-qec", "\(binary) check \(Self.folder) --fail-on none > /dev/null", "/dev/null"], executable: "/usr/bin/script")
        #expect(onTTY.exitCode == 0, "\(onTTY.stderr)")
        #expect(onTTY.stdout.contains("reading drafts"), "progress goes to the terminal")
        let quiet = try CLIRunner.run(
            ["-qec", "\(binary) check \(Self.folder) --fail-on none --quiet > /dev/null", "/dev/null"], executable: "/usr/bin/script")
        #expect(!quiet.stdout.contains("reading drafts"))
        let piped = try CLIRunner.run(["check", Self.folder, "--fail-on", "none"])
        #expect(!piped.stderr.contains("reading drafts"))
    }
}

extension ExitCodeAndOutputTests {
    /// A report that cannot be written (a full disk: `/dev/full`) is a clear error and exit 2.
    @Test func aFullDiskIsAnErrorNotASilentLoss() throws {
        let r = try CLIRunner.run(["check", "Fixtures/integrity/numbering-gap.md", "--format", "json", "--output", "/dev/full"])
        #expect(r.exitCode == 2)
        #expect(r.stderr.contains("/dev/full: cannot write report"), "\(r.stderr)")
    }
}
