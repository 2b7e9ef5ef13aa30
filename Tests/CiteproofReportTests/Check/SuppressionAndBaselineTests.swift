import CiteproofCore
import Testing

@Suite struct SuppressionAndBaselineTests {
    func check(_ text: String, format: DocumentFormat, path: String = "draft") throws -> CheckedDocument {
        Suppression.apply(to: Citeproof.check(try Citeproof.read(bytes: Array(text.utf8), path: path, format: format)))
    }

    @Test func disableNextLineHidesOnlyThatRuleOnTheNextNonBlankLine() throws {
        let checked = try check("""
            A.[^1] B.[^2]

            [^1]: Riverton Ledger, March 3, 2024.
            <!-- citeproof-disable-next-line missing-source -->

            [^2]: Widely reported.
            [^3]: Residents knew this.
            """, format: .markdown)
        let bySuppression = Dictionary(grouping: checked.findings, by: \.suppressed)
        #expect(bySuppression[true]?.map { "\($0.rule) \($0.footnote ?? "")" } == ["missing-source 2"])
        #expect(Set(bySuppression[false]?.map(\.rule) ?? []) == ["missing-source", "unused-definition"])
    }

    @Test func directiveNamingAnotherRuleHidesNothing() throws {
        let checked = try check("A.[^1]\n\n<!-- citeproof-disable-next-line unused-definition -->\n[^1]: Widely reported.\n", format: .markdown)
        #expect(checked.findings.map(\.rule) == ["missing-source"])
        #expect(checked.findings.allSatisfy { !$0.suppressed })
    }

    @Test func plainTextIgnoreAppliesToItsNote() throws {
        let checked = try check("""
            Fares rose.[1] Costs rose.[2]

            Notes

            1. Widely reported.
            citeproof: ignore missing-source
            2. Residents knew this.
            """, format: .text)
        let sourceless = checked.findings.filter { $0.rule == "missing-source" }
        #expect(sourceless.map(\.footnote) == ["1", "2"])
        #expect(sourceless.map(\.suppressed) == [true, false])
    }

    @Test func baselineHidesRecordedFindingsAndKeepsNewOnes() throws {
        let old = try check("A.[^1]\n\n[^1]: Widely reported.\n", format: .markdown, path: "/repo/drafts/a.md")
        var report = Report(toolVersion: "1", documents: [old])
        let baseline = Baseline(recording: report, baseDirectory: "/repo")
        #expect(baseline.findings.map(\.path) == ["drafts/a.md"])
        let reread = try Baseline(bytes: Array(baseline.encoded().utf8), path: "b.json")
        #expect(reread == baseline)

        // The draft grows: an edit above the old finding, and a new problem.
        let new = try check("Intro.\n\nA.[^1] B.[^2]\n\n[^1]: Widely reported.\n", format: .markdown, path: "/repo/drafts/a.md")
        report = Report(toolVersion: "1", documents: [new])
        #expect(reread.apply(to: &report, baseDirectory: "/repo") == 1)
        let active = report.documents[0].findings.filter { !$0.suppressed }
        #expect(active.map(\.rule) == ["missing-definition"])
        #expect(report.worstSeverity == .error)
    }

    @Test func badBaselineIsAClearError() {
        #expect(throws: BaselineError.self) { try Baseline(bytes: Array("[1,2]".utf8), path: "b.json") }
        #expect(throws: BaselineError.self) { try Baseline(bytes: Array(#"{"version": 9, "findings": []}"#.utf8), path: "b.json") }
    }

    @Test(arguments: [
        ("/repo/drafts/a.md", "/repo", "drafts/a.md"), ("/data/seeds/x.txt", "/repo/wt", "../../data/seeds/x.txt"),
        ("./drafts/../a.md", "/repo", "a.md"), ("drafts//a.md", nil, "drafts/a.md"),
    ] as [(String, String?, String)])
    func relativePaths(_ path: String, _ base: String?, _ expected: String) {
        #expect(BaselinePath.relative(path, to: base) == expected)
    }
}
