import Foundation
import Testing

/// Every hostile file in Fixtures/hostile ends the run with exit 2 and one clear line on stderr,
/// quickly, never expanding an entity or reading outside the archive.
@Suite struct HostileInputCLITests {
    static let refused = [
        "zip-bomb-ratio.docx", "zip-bomb-lying-size.docx", "path-traversal.docx", "truncated.docx", "not-a-zip.docx",
        "billion-laughs.docx", "xxe-footnotes.docx", "deep-nesting.docx", "billion-laughs.odt", "xxe.odt", "binary-png.md",
    ]

    @Test(arguments: refused)
    func refusedWithOneLineAndExitTwo(_ name: String) throws {
        // A hang guard only (CLIRunner stops the process and throws after ten minutes); the time a
        // refusal takes is measured on a release build by Benchmarks/budgets.sh.
        let r = try CLIRunner.run(["check", "Fixtures/hostile/\(name)", "--format", "json"], timeout: 600)
        #expect(r.exitCode == 2)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(r.stderr)")
        #expect(lines.first?.hasPrefix("citeproof: Fixtures/hostile/\(name): ") == true)
        #expect(!(r.stdout + r.stderr).contains("root:x:0:0"))
        #expect(!(r.stdout + r.stderr).contains("lollollol"))
    }

    @Test func htmlWithEntitiesIsReadWithoutExpandingThem() throws {
        let r = try CLIRunner.run(["check", "Fixtures/hostile/xxe.html", "--format", "json", "--fail-on", "none"])
        #expect(r.exitCode == 0)
        #expect(!r.stdout.contains("root:x:0:0"))
        #expect(!r.stdout.contains("lollollol"))
    }

    @Test func oneGibibyteZipBombIsRefusedWithoutInflating() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gen = Process()
        gen.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gen.arguments = ["python3", CLIRunner.packageRoot.appendingPathComponent("Fixtures/hostile/generate.py").path, "--large", dir.path]
        gen.standardOutput = FileHandle.nullDevice
        try gen.run()
        while gen.isRunning { usleep(20_000) }
        let bomb = dir.appendingPathComponent("zip-bomb-1gib.docx")
        try #require(FileManager.default.fileExists(atPath: bomb.path))
        let r = try CLIRunner.run(["check", bomb.path], timeout: 600)
        #expect(r.exitCode == 2)
        #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
    }
}
