import CiteproofCore
import CiteproofReport
import Foundation
import Testing

@Suite struct PROVReporterTests {
    /// Reads the document back with the reference `prov` package and prints what it found.
    static let reader = """
        import sys, prov
        from prov.model import ProvEntity, ProvActivity, ProvAgent, ProvDerivation, ProvUsage, ProvGeneration, ProvAssociation
        doc = prov.read(sys.argv[1], format="json")
        recs = doc.get_records()
        count = lambda cls: sum(1 for r in recs if isinstance(r, cls))
        agents = [r for r in recs if isinstance(r, ProvAgent)]
        software = [a for a in agents if any(str(t) == "prov:SoftwareAgent" for t in a.get_asserted_types())]
        print("entities", count(ProvEntity), "activities", count(ProvActivity), "software", len(software),
              "derivations", count(ProvDerivation), "usages", count(ProvUsage), "generations", count(ProvGeneration),
              "associations", count(ProvAssociation))
        """

    @Test func readsBackWithThePythonProvPackage() throws {
        guard Python.require("prov", install: "pip install prov") else { return }
        let report = try ReportFixture.report()
        let text = PROVReporter(baseDirectory: ReportFixture.baseDirectory).render(report)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("citeproof-\(UUID().uuidString).json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Python.run(Self.reader, arguments: [file.path])
        #expect(run.status == 0, "prov.read failed:\n\(run.output)")
        // 2 drafts + 9 notes + 5 sources (3 in the .md, 2 in the .txt) + 1 archived copy + the report.
        #expect(run.output.contains("entities 18 activities 1 software 1"), "\(run.output)")
        #expect(run.output.contains("usages 2 generations 1 associations 1"), "\(run.output)")
    }

    @Test func timestampsAppearOnlyWhenGiven() throws {
        let report = try ReportFixture.report()
        #expect(!PROVReporter(baseDirectory: nil).render(report).contains("Time"))
        let stamped = PROVReporter(baseDirectory: nil, startTime: "2024-03-12T10:00:00Z", endTime: "2024-03-12T10:00:01Z").render(report)
        #expect(stamped.contains("\"prov:startTime\" : \"2024-03-12T10:00:00Z\""))
    }
}
