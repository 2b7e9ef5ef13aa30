import CiteproofCore
import CiteproofReport
import Testing

/// Every format, rendered from the same fixture report, equals its reviewed golden file.
@Suite struct GoldenFileTests {
    static let reporters: [(String, any Reporter)] = [
        ("report.txt", TextReporter()),
        ("report.json", JSONReporter()),
        ("report.sarif", SARIFReporter(baseDirectory: ReportFixture.baseDirectory)),
        ("report.github.txt", GitHubReporter(baseDirectory: ReportFixture.baseDirectory)),
        ("report.junit.xml", JUnitReporter(baseDirectory: ReportFixture.baseDirectory, failureThreshold: .warning)),
        ("report.md", MarkdownReporter(baseDirectory: ReportFixture.baseDirectory)),
        ("report.html", HTMLReporter(baseDirectory: ReportFixture.baseDirectory)),
        ("report.prov.json", PROVReporter(baseDirectory: ReportFixture.baseDirectory)),
        ("report.csl.json", CSLJSONReporter(baseDirectory: ReportFixture.baseDirectory)),
    ]

    @Test(arguments: reporters.map(\.0))
    func renderingMatchesGoldenFile(_ name: String) throws {
        let reporter = Self.reporters.first { $0.0 == name }!.1
        try Golden.check(reporter.render(try ReportFixture.report(drafts: ReportFixture.everyRuleDrafts)), name)
    }

    @Test func fixtureExercisesEveryRegisteredRuleAndSuppression() throws {
        let findings = try ReportFixture.report(drafts: ReportFixture.everyRuleDrafts).documents.flatMap(\.findings)
        let fired = Set(findings.map(\.rule))
        for rule in RuleRegistry.all.map({ $0.description.id }) {
            #expect(fired.contains(rule), "the reporter fixture triggers no \(rule) finding")
        }
        #expect(findings.filter(\.suppressed).count == 2)
    }

    @Test(arguments: reporters.map(\.0))
    func renderingIsDeterministic(_ name: String) throws {
        let reporter = Self.reporters.first { $0.0 == name }!.1
        #expect(reporter.render(try ReportFixture.report(drafts: ReportFixture.everyRuleDrafts)) == reporter.render(try ReportFixture.report(drafts: ReportFixture.everyRuleDrafts)))
    }
}
