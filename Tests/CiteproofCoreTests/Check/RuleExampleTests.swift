import Testing
@testable import CiteproofCore

/// Every rule's documented examples run as tests: triggering ones must produce a finding
/// of that rule, non-triggering ones none.
@Suite struct RuleExampleTests {
    static let triggering: [(String, Int)] = RuleRegistry.all.flatMap { rule in
        rule.description.triggeringExamples.indices.map { (rule.description.id, $0) }
    }
    static let nonTriggering: [(String, Int)] = RuleRegistry.all.flatMap { rule in
        rule.description.nonTriggeringExamples.indices.map { (rule.description.id, $0) }
    }

    /// The example through the whole pipeline (`CheckRun`), as `citeproof check` runs it: the
    /// publication date settled before extraction, probe verdicts from the example's own list.
    static func findings(_ ruleID: String, _ example: RuleExample) throws -> [Finding] {
        var options = CheckOptions(
            publishedOverride: example.published.flatMap(CalendarDate.init(iso:)), probed: !example.linkChecks.isEmpty,
            format: example.format)
        // Verdicts carrying the pages read are what `check --quotes` has.
        options.quotes = example.linkChecks.contains { $0.pageBody != nil }
        let run = CheckRun(options: options, prober: FixedVerdicts(checks: example.linkChecks))
        let report = try run.run([CheckInput(path: "example", bytes: Array(example.draft.utf8))])
        let checked = try #require(report.documents.first, "the example was read: \(report.failures)")
        if !example.linkChecks.isEmpty {
            #expect(checked.document.allCitations.contains { $0.citation.probe != nil }, "the example's verdict found its citation")
        }
        return checked.findings.filter { $0.rule == ruleID }
    }

    /// A probe stage that answers from a list (the examples' verdicts), for the rules that need one.
    struct FixedVerdicts: LinkProber {
        var checks: [LinkCheck]

        func check(_ requests: [LinkRequest]) throws -> [String: LinkCheck] {
            Dictionary(checks.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    @Test(arguments: triggering)
    func triggeringExampleTriggers(ruleID: String, index: Int) throws {
        let rule = try #require(RuleRegistry.rule(id: ruleID))
        let example = rule.description.triggeringExamples[index]
        #expect(try !Self.findings(ruleID, example).isEmpty, "\(ruleID) example \(index):\n\(example.draft)")
    }

    @Test(arguments: nonTriggering)
    func nonTriggeringExampleIsQuiet(ruleID: String, index: Int) throws {
        let rule = try #require(RuleRegistry.rule(id: ruleID))
        let example = rule.description.nonTriggeringExamples[index]
        let found = try Self.findings(ruleID, example)
        #expect(found.isEmpty, "\(ruleID) example \(index): \(found.map(\.message))")
    }

    @Test func ruleIDsAreUniqueKebabCaseAndEveryRuleHasBothKindsOfExample() {
        let ids = RuleRegistry.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
        for rule in RuleRegistry.all {
            let d = rule.description
            #expect(d.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(d.id)")
            #expect(!d.triggeringExamples.isEmpty, "\(d.id) has no triggering example")
            #expect(!d.nonTriggeringExamples.isEmpty, "\(d.id) has no non-triggering example")
            #expect(!d.summary.isEmpty && !d.rationale.isEmpty)
        }
    }
}
