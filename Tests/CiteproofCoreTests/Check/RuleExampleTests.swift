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

    static func findings(_ ruleID: String, _ example: RuleExample) throws -> [Finding] {
        var document = try TestData.read(text: example.draft, format: example.format)
        let options = CheckOptions(
            publishedOverride: example.published.flatMap(CalendarDate.init(iso:)), probed: !example.linkChecks.isEmpty)
        if !example.linkChecks.isEmpty {
            // As `check --probe` does: normalize, attach the verdicts by URL, then check.
            document = Citeproof.normalize(document, options: options)
            LinkTargets.attach(Dictionary(example.linkChecks.map { ($0.url, $0) }, uniquingKeysWith: { a, _ in a }), to: &document)
            #expect(document.allCitations.contains { $0.citation.probe != nil }, "the example's verdict found its citation")
        }
        return Citeproof.check(document, options: options).findings.filter { $0.rule == ruleID }
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
