import Foundation
import Testing
@testable import CiteproofCore

/// The registry is the one source of truth for rule names and the README's rules table.
@Suite struct RuleRegistryTests {
    @Test func readmeRulesTableIsTheGeneratedOne() throws {
        let readme = try String(contentsOf: TestData.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- rules:begin -->\n"), "README.md has no <!-- rules:begin --> marker")
        let end = try #require(
            readme.range(of: "<!-- rules:end -->", range: begin.upperBound..<readme.endIndex), "README.md has no <!-- rules:end --> marker")
        let table = String(readme[begin.upperBound..<end.lowerBound])
        #expect(table == RuleRegistry.markdownTable(), "README's rules table is stale: run scripts/update-readme-rules")
    }
}
