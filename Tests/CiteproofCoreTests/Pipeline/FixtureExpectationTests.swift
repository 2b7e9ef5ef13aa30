import Foundation
import Testing
@testable import CiteproofCore

/// Every `Fixtures/**/NAME.expected` lists exactly the findings the draft NAME must produce.
@Suite struct FixtureExpectationTests {
    static let cases: [String] = {
        guard let walker = FileManager.default.enumerator(atPath: TestData.fixtures.path) else { return [] }
        var result: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".expected") { result.append(String(relative.dropLast(".expected".count))) }
        }
        return result.sorted()
    }()

    @Test func fixturesExist() {
        #expect(Self.cases.count >= 8)
    }

    @Test(arguments: cases)
    func draftProducesExactlyTheExpectedFindings(_ relative: String) throws {
        let url = TestData.fixtures.appendingPathComponent(relative)
        let expectedText = try String(contentsOf: url.appendingPathExtension("expected"), encoding: .utf8)
        let expected = expectedText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }.sorted()
        let document = try TestData.read(url)
        let findings = Citeproof.check(document).findings
        let actual = findings.map { "\($0.rule) \($0.location.map(\.description) ?? "-")" }.sorted()
        #expect(actual == expected, "\(relative): \(findings.map(\.message))")
    }
}
