import Foundation
import Testing

/// The audit export validates against the JSON Schema in `Schemas/` (Python `jsonschema`,
/// Draft 7). A missing interpreter or module fails the test with what to install.
@Suite struct JSONSchemaTests {
    static func validate(_ json: String, schema: String = "Schemas/citeproof-report.schema.json") throws -> (ok: Bool, output: String) {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = dir.appendingPathComponent("report.json")
        try Data(json.utf8).write(to: report)
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                print("python3 with the 'jsonschema' module is required: pip install jsonschema"); sys.exit(3)
            schema = json.load(open(sys.argv[1])); data = json.load(open(sys.argv[2]))
            errors = list(jsonschema.Draft7Validator(schema).iter_errors(data))
            for e in errors[:5]: print(list(e.path), e.message)
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, CLIRunner.packageRoot.appendingPathComponent(schema).path, report.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus == 0, output)
    }

    @Test func fixturesAndSeedExportValidates() throws {
        let paths = ["Fixtures/integrity", "Fixtures/sample", "Fixtures/formats", "Fixtures/conformance/seeds", "no/such/file.md"]
        let r = try CLIRunner.run(["check"] + paths + ["--format", "json"])
        #expect(r.exitCode == 2, "the missing path makes the run exit 2, yet the others are reported")
        let result = try Self.validate(r.stdout)
        #expect(result.ok, "\(result.output)")
        #expect(r.stdout.contains("\"failures\""))
    }

    @Test func schemaRejectsAnExportMissingItsVersion() throws {
        let r = try CLIRunner.run(["check", "Fixtures/integrity/numbering-gap.md", "--format", "json"])
        let broken = r.stdout.replacingOccurrences(of: "\"schemaVersion\" : 2,", with: "")
        let result = try Self.validate(broken)
        #expect(!result.ok, "the validator must be able to fail")
    }
}
