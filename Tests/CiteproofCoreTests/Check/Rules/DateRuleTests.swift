import Testing
@testable import CiteproofCore

/// The date rules of this branch (the lead lists them in `RuleRegistry` at merge).
enum DateRules {
    static let all: [any Rule.Type] = [
        DateAfterPublicationRule.self, DateYearOutlierRule.self, BodyDateMismatchRule.self,
        IdDateMismatchRule.self, DateBeforePlatformRule.self, InvalidDateRule.self,
        AmbiguousDateRule.self, MissingDateRule.self,
    ]

    static func run(_ rule: any Rule.Type, on document: Document) -> [Finding] {
        rule.init().check(document, context: CheckContext(severity: rule.description.defaultSeverity))
    }

    static func read(_ example: RuleExample) throws -> Document {
        var document = try TestData.read(text: example.draft, format: example.format)
        if let published = example.published.flatMap(CalendarDate.init(iso:)) {
            document.publicationDate = PublicationDate(value: published, origin: "option")
        }
        return document
    }
}

/// Each date rule's documented examples, read by the real pipeline.
@Suite struct DateRuleExampleTests {
    static let triggering: [(String, Int)] = DateRules.all.flatMap { rule in
        rule.description.triggeringExamples.indices.map { (rule.description.id, $0) }
    }
    static let nonTriggering: [(String, Int)] = DateRules.all.flatMap { rule in
        rule.description.nonTriggeringExamples.indices.map { (rule.description.id, $0) }
    }

    static func rule(_ id: String) throws -> any Rule.Type {
        try #require(DateRules.all.first { $0.description.id == id })
    }

    @Test(arguments: triggering) func triggeringExampleTriggers(ruleID: String, index: Int) throws {
        let rule = try Self.rule(ruleID)
        let example = rule.description.triggeringExamples[index]
        let findings = DateRules.run(rule, on: try DateRules.read(example))
        #expect(!findings.isEmpty, "\(ruleID) example \(index):\n\(example.draft)")
        #expect(findings.allSatisfy { $0.rule == ruleID && !$0.evidence.isEmpty })
    }

    @Test(arguments: nonTriggering) func nonTriggeringExampleIsQuiet(ruleID: String, index: Int) throws {
        let rule = try Self.rule(ruleID)
        let example = rule.description.nonTriggeringExamples[index]
        let findings = DateRules.run(rule, on: try DateRules.read(example))
        #expect(findings.isEmpty, "\(ruleID) example \(index): \(findings.map(\.message))")
    }

    @Test func idsAreUniqueAndEveryRuleHasBothKindsOfExample() {
        let ids = DateRules.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids) == [
            "date-after-publication", "date-year-outlier", "body-date-mismatch", "id-date-mismatch",
            "date-before-platform", "invalid-date", "ambiguous-date", "missing-date",
        ])
        for rule in DateRules.all {
            #expect(!rule.description.triggeringExamples.isEmpty && !rule.description.nonTriggeringExamples.isEmpty)
        }
    }
}

/// The seed article: the acceptance case of the date rules. Precision first: the only
/// findings are the year outlier on [8] and the body/note mismatch on [5].
@Suite
struct DateRulesSeedTests {
    let findings: [Finding]

    init() throws {
        let document = try TestData.read(TestData.seedPath, format: .text)
        findings = DateRules.all.flatMap { DateRules.run($0, on: document) }
    }

    @Test func noteEightIsAYearOutlierCorrectedToApril3_2021() throws {
        let outliers = findings.filter { $0.rule == "date-year-outlier" }
        #expect(outliers.count == 1)
        let finding = try #require(outliers.first)
        #expect(finding.footnote == "8")
        #expect(finding.severity == .warning)
        #expect(finding.suggestion == "April 3, 2021")
        let siblings = finding.evidence.filter { $0.kind == "sibling-note" }.compactMap(\.footnote)
        #expect(siblings == ["6", "7"])
        #expect(finding.evidence.contains { $0.kind == "publication-date" })
        #expect(finding.evidence.contains { $0.kind == "sentence" && $0.text.contains("One user wrote") })
    }

    @Test func noteFiveDisagreesWithItsSentence() throws {
        let mismatches = findings.filter { $0.rule == "body-date-mismatch" }
        #expect(mismatches.map(\.footnote) == ["5"])
        let finding = try #require(mismatches.first)
        #expect(finding.message.contains("April 4, 2021") && finding.message.contains("April 3, 2021"))
        #expect(finding.evidence.contains { $0.kind == "sentence" && $0.text.hasPrefix("On April 4, the Hizbullah") })
    }

    @Test func noOtherDateFinding() {
        let other = findings.filter { !($0.rule == "date-year-outlier" && $0.footnote == "8") && !($0.rule == "body-date-mismatch" && $0.footnote == "5") }
        #expect(other.isEmpty, "\(other.map { "\($0.rule) [\($0.footnote ?? "-")]: \($0.message)" })")
    }
}
