import Foundation
import Testing

/// The CSL-JSON export validates against the CSL-JSON schema (`Fixtures/conformance/csl-data.schema.json`,
/// Python `jsonschema`, Draft 7), and is read back as items with the notes that cite them.
@Suite struct CSLJSONSchemaTests {
    static let schema = "Fixtures/conformance/csl-data.schema.json"

    @Test func fixturesAndSeedExportValidates() throws {
        let paths = ["Fixtures/integrity", "Fixtures/sample", "Fixtures/formats", "Fixtures/conformance/seeds"]
        let r = try CLIRunner.run(["check"] + paths + ["--format", "csl-json"])
        let result = try JSONSchemaTests.validate(r.stdout, schema: Self.schema)
        #expect(result.ok, "\(result.output)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(items.count > 10)
        let ids = items.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == items.count, "ids are unique")
        #expect(items.allSatisfy { ($0["note"] as? String)?.hasPrefix("Cited in ") == true })
    }

    @Test func aWorkCitedInSeveralNotesIsOneItemWithEachNote() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = dir.appendingPathComponent("draft.md")
        try Data("""
            The siege lasted a year.[^1] It ended in spring.[^2] The army withdrew.[^3] A report said so.[^4]

            [^1]: Jane Doe, *The Long Siege* (New York: Penguin Press, 2016), 88.
            [^2]: Doe, 91.
            [^3]: Ibid., 93.
            [^4]: John L. Campbell, "Why Sanctions Fail," *Journal of Conflict Studies* 12, no. 3 (2019): 307–32, https://doi.org/10.1234/jcs.2019.12.

            """.utf8).write(to: draft)
        let r = try CLIRunner.run(["check", draft.path, "--format", "csl-json", "--published", "2021-04-04"])
        #expect(try JSONSchemaTests.validate(r.stdout, schema: Self.schema).ok)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 2, "\(r.stdout)")
        let book = try #require(items.first { $0["type"] as? String == "book" })
        #expect(book["id"] as? String == "doe2016")
        #expect((book["author"] as? [[String: String]])?.first == ["family": "Doe", "given": "Jane"])
        #expect((book["issued"] as? [String: [[Int]]])?["date-parts"] == [[2016]])
        let notes = (book["custom"] as? [String: Any])?["citeproof-notes"] as? [[String: String]]
        #expect(notes?.map { $0["note"] } == ["1", "2", "3"])
        #expect((book["note"] as? String)?.contains("[1] (88), [2] (91)") == true)
        let article = try #require(items.first { $0["type"] as? String == "article-journal" })
        #expect(article["container-title"] as? String == "Journal of Conflict Studies")
        #expect((article["DOI"] as? String)?.lowercased().contains("10.1234/jcs.2019.12") == true)
    }

    @Test func schemaRejectsAnItemWithoutItsType() throws {
        let broken = #"[{"id": "doe2016", "title": "The Long Siege"}]"#
        #expect(!(try JSONSchemaTests.validate(broken, schema: Self.schema)).ok, "the validator must be able to fail")
    }
}
