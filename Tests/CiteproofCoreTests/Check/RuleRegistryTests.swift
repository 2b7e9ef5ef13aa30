import Foundation
import Testing
@testable import CiteproofCore

/// The registry is the one source of truth for rule names and the README's rules table.
@Suite struct RuleRegistryTests {
    /// `url-soft-404` → `URLSoft404Rule`, `id-date-mismatch` → `IdDateMismatchRule`: each word
    /// capitalized, `url` written as the acronym `URL`, then `Rule`.
    static func typeName(forID id: String) -> String {
        id.split(separator: "-").map { word in
            word == "url" ? "URL" : word.prefix(1).uppercased() + word.dropFirst()
        }.joined() + "Rule"
    }

    @Test func conventionExamples() {
        #expect(Self.typeName(forID: "url-soft-404") == "URLSoft404Rule")
        #expect(Self.typeName(forID: "id-date-mismatch") == "IdDateMismatchRule")
        #expect(Self.typeName(forID: "ambiguous-date") == "AmbiguousDateRule")
    }

    @Test(arguments: RuleRegistry.all.map { $0.description.id })
    func ruleTypeIsNamedAfterItsID(_ id: String) throws {
        let rule = try #require(RuleRegistry.rule(id: id))
        #expect(String(describing: rule) == Self.typeName(forID: id))
    }

    @Test func everyRuleFileIsNamedAfterItsType() throws {
        let folder = TestData.packageRoot.appendingPathComponent("Sources/CiteproofCore/Check/Rules")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        for rule in RuleRegistry.all {
            #expect(files.contains("\(rule).swift"), "no file \(rule).swift for \(rule.description.id)")
        }
    }

    @Test func readmeRulesTableIsTheGeneratedOne() throws {
        let readme = try String(contentsOf: TestData.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- rules:begin -->\n"), "README.md has no <!-- rules:begin --> marker")
        let end = try #require(
            readme.range(of: "<!-- rules:end -->", range: begin.upperBound..<readme.endIndex), "README.md has no <!-- rules:end --> marker")
        let table = String(readme[begin.upperBound..<end.lowerBound])
        #expect(table == RuleRegistry.markdownTable(), "README's rules table is stale: run scripts/update-readme-rules")
    }
}
