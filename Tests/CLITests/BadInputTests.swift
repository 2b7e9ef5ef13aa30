import Foundation
import Testing

/// Bad input gets a clear error and exit 2, never a crash, a hang or silent loss,
/// and the run's other inputs are still reported.
@Suite struct BadInputTests {
    let good = "Fixtures/integrity/marker-in-code.md"

    @Test func nonexistentPathIsReportedAndTheOtherInputStillChecked() throws {
        let r = try CLIRunner.run(["check", "no/such/draft.md", good, "--format", "json"])
        #expect(r.exitCode == 2)
        #expect(r.stderr.contains("no/such/draft.md: no such file or directory"))
        #expect(r.stdout.contains("\"path\" : \"Fixtures/integrity/marker-in-code.md\""))
    }

    @Test func directoryWithoutDrafts() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("x".utf8).write(to: dir.appendingPathComponent("notes.csv"))
        let r = try CLIRunner.run(["check", dir.path])
        #expect(r.exitCode == 2)
        #expect(r.stderr.contains("directory holds no drafts"))
    }

    @Test func directoryIsSearchedRecursively() throws {
        let r = try CLIRunner.run(["check", "Fixtures/integrity", "--format", "json", "--fail-on", "none"])
        #expect(r.exitCode == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let documents = json?["documents"] as? [[String: Any]] ?? []
        #expect(documents.count == 9, "one draft per Fixtures/integrity/*.expected")
        // Deterministic order: sorted by path.
        let paths = documents.compactMap { $0["path"] as? String }
        #expect(paths == paths.sorted())
    }

    @Test func binaryFileIsRefused() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("image.md")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]).write(to: file)
        let r = try CLIRunner.run(["check", file.path, good])
        #expect(r.exitCode == 2)
        #expect(r.stderr.contains("looks like a binary file"))
        #expect(r.stdout.contains("marker-in-code.md: 1 note"))
    }

    @Test func invalidUTF8IsDecodedWithReplacementAndSaidSo() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("draft.md")
        var bytes = Array("The council met.[^1] Caf".utf8)
        bytes += [0xE9, 0xFF]
        bytes += Array(" closed.\n\n[^1]: Riverton Ledger, March 3, 2024.\n".utf8)
        try Data(bytes).write(to: file)
        let r = try CLIRunner.run(["check", file.path, "--format", "json"])
        #expect(r.exitCode == 0)
        #expect(r.stdout.contains("not valid UTF-8"))
        #expect(r.stdout.contains("Riverton Ledger, March 3, 2024."))
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("draft.txt")
        let text = "Title\n\nMarch 12, 2024\n\nThe council met. [1]\n\n[1] Riverton Ledger, March 11, 2024.\n"
        var data = Data([0xFF, 0xFE])
        data.append(text.data(using: .utf16LittleEndian)!)
        try data.write(to: file)
        let r = try CLIRunner.run(["check", file.path, "--format", "json"])
        #expect(r.exitCode == 0)
        #expect(r.stdout.contains("\"text\" : \"Riverton Ledger, March 11, 2024.\""))
        #expect(r.stdout.contains("\"value\" : \"2024-03-12\""))
    }

    @Test func emptyFileIsADraftWithNothingInIt() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("empty.md")
        try Data().write(to: file)
        let r = try CLIRunner.run(["check", file.path])
        #expect(r.exitCode == 0)
        #expect(r.stdout.contains("0 notes, 0 citations, no publication date found"))
    }

    @Test func standardInput() throws {
        let draft = "The council met.[^1]\n\n[^1]: Riverton Ledger, March 3, 2024.\n[^2]: unused\n"
        let r = try CLIRunner.run(["check", "-", "--format-in", "markdown", "--fail-on", "warning"], stdin: Data(draft.utf8))
        #expect(r.exitCode == 1)
        #expect(r.stdout.contains("<stdin>:4:1: warning: note [2] is defined but never referenced [unused-definition]"))
    }

    @Test func oversizedInputIsRefusedWithTheLimit() throws {
        let r = try CLIRunner.run(["check", good, "--max-bytes", "100"])
        #expect(r.exitCode == 2)
        #expect(r.stderr.contains("over the limit of 100 bytes"))
    }

    @Test func usageErrorsExitTwo() throws {
        let bad = try CLIRunner.run(["check", good, "--published", "2021-02-30"])
        #expect(bad.exitCode == 2)
        #expect(bad.stderr.contains("--published must be a real date"))
        let unknown = try CLIRunner.run(["explain", "no-such-rule"])
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr.contains("unknown rule 'no-such-rule'"))
        let format = try CLIRunner.run(["check", good, "--format", "pdf"])
        #expect(format.exitCode == 2)
    }
}
