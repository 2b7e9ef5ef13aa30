import CiteproofCore
import CiteproofReport
import Foundation
import Testing

@Suite struct SARIFReporterTests {
    static let validator = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        log = json.load(open(sys.argv[2]))
        failures = 0
        for cls in (jsonschema.Draft7Validator, jsonschema.Draft4Validator):
            for error in cls(schema).iter_errors(log):
                failures += 1
                print(cls.__name__, "/".join(map(str, error.absolute_path)), error.message)
        sys.exit(1 if failures else 0)
        """

    @Test func outputValidatesAgainstTheOfficialSchema() throws {
        guard Python.require("jsonschema", install: "pip install jsonschema") else { return }
        var report = try ReportFixture.report()
        report.failures = [InputFailure(path: "drafts/gone.md", message: "drafts/gone.md: no such file")]
        let sarif = SARIFReporter(baseDirectory: ReportFixture.baseDirectory).render(report)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("citeproof-\(UUID().uuidString).sarif")
        try sarif.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Python.run(Self.validator, arguments: [ReportFixture.sarifSchema.path, file.path])
        #expect(run.status == 0, "SARIF does not validate:\n\(run.output)")
    }

    @Test func schemaCheckRejectsAnInvalidLog() throws {
        guard Python.require("jsonschema", install: "pip install jsonschema") else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("citeproof-\(UUID().uuidString).sarif")
        try #"{"version": "2.1.0", "runs": [{"results": [{"level": "fatal", "message": {"text": "x"}}]}]}"#
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Python.run(Self.validator, arguments: [ReportFixture.sarifSchema.path, file.path])
        #expect(run.status == 1)
    }

    @Test func resultsCarryRuleIndexRelativeURIsAndSuppressions() throws {
        let json = try JSONSerialization.jsonObject(
            with: Data(SARIFReporter(baseDirectory: ReportFixture.baseDirectory).render(ReportFixture.report()).utf8))
        let run = try #require(((json as? [String: Any])?["runs"] as? [[String: Any]])?.first)
        let rules = try #require((run["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 9)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let uri = (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
            #expect(uri?.hasPrefix("drafts/every-rule.") == true)
        }
        #expect(results.filter { $0["suppressions"] != nil }.count == 2)
    }

    /// Inserting lines above every finding moves them all, and changes no fingerprint.
    @Test func fingerprintsSurviveEditsAboveTheFinding() throws {
        func prints(_ report: Report) -> [String] {
            report.documents.flatMap { FindingFingerprint.fingerprints(for: $0.findings, documentPath: $0.document.path) }
        }
        let before = try ReportFixture.report()
        let after = try ReportFixture.report(editingAbove: 6)
        #expect(before.documents[0].findings.map { $0.location?.line } != after.documents[0].findings.map { $0.location?.line })
        #expect(prints(before) == prints(after))
        #expect(Set(prints(before)).count == prints(before).count, "fingerprints are unique")
    }
}
