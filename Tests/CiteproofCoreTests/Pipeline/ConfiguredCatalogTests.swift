import Testing
@testable import CiteproofCore

/// `.citeproof.yml`'s `platforms:` and `trackingParameters:` extend the platform table for one run,
/// end to end through `Citeproof.check`, without leaking into runs on the built-in table (memos).
@Suite struct ConfiguredCatalogTests {
    static let yaml = """
        platforms:
          x:
            hosts: [nitter.example]
          gab:
            name: Gab
            hosts: [gab.example]
            launched: 2016-08-15
            accountPath: "/{handle}"
            postPath: "/{handle}/posts/{id:digits}"
            handlePattern: "^[A-Za-z0-9_]{1,30}$"
        trackingParameters: [ref_code]
        """

    static func options() throws -> CheckOptions {
        let configuration = try ConfigurationParser.parse(yaml, path: ".citeproof.yml", knownRules: RuleRegistry.all.map { $0.description.id })
        return CheckOptions(publishedOverride: CalendarDate(iso: "2026-01-01"), catalog: configuration.catalog)
    }

    static func check(_ note: String, options: CheckOptions) throws -> CheckedDocument {
        Citeproof.check(try TestData.read(text: "A claim.[^1]\n\n[^1]: \(note)\n", format: .markdown), options: options)
    }

    static func identity(_ checked: CheckedDocument) -> SourceIdentity? {
        checked.document.definitions.first?.citations.first?.source?.identity
    }

    @Test func aConfiguredHostNormalizesAsItsPlatform() throws {
        let checked = try Self.check("https://nitter.example/Jack/status/20, April 3, 2001.", options: Self.options())
        let identity = try #require(Self.identity(checked))
        #expect(identity.platform == "x")
        #expect(identity.kind == .post)
        #expect(identity.canonical == "x.com/jack/status/20")
        #expect(checked.findings.contains { $0.rule == "date-before-platform" })
        // The built-in table, before and after, knows nothing of the host.
        let plain = try Self.check("https://nitter.example/Jack/status/20, April 3, 2001.", options: CheckOptions())
        #expect(Self.identity(plain)?.platform == nil)
    }

    @Test func aConfiguredPlatformIsARowWithItsShapesHandleRuleAndLaunch() throws {
        let options = try Self.options()
        let post = try Self.check("https://gab.example/someone/posts/123, April 3, 2015.", options: options)
        let identity = try #require(Self.identity(post))
        #expect(identity.platform == "gab")
        #expect(identity.kind == .post)
        #expect(identity.canonical == "gab.example/someone/posts/123")
        let before = try #require(post.findings.first { $0.rule == "date-before-platform" })
        #expect(before.message.contains("Gab"))
        let handle = try Self.check("https://gab.example/bad-name, April 3, 2021.", options: options)
        #expect(handle.findings.contains { $0.rule == "invalid-handle" })
        let good = try Self.check("https://gab.example/good_name, April 3, 2021.", options: options)
        #expect(!good.findings.contains { $0.rule == "invalid-handle" })
    }

    @Test func aConfiguredTrackingParameterIsStripped() throws {
        let note = "https://news.example/story?ref_code=abc&id=7, April 3, 2021."
        // Built-in first, so that a memo filled by the built-in table would show.
        let plain = try Self.check(note, options: CheckOptions())
        #expect(Self.identity(plain)?.url == "https://news.example/story?ref_code=abc&id=7")
        let checked = try Self.check(note, options: Self.options())
        #expect(Self.identity(checked)?.url == "https://news.example/story?id=7")
        let finding = try #require(checked.findings.first { $0.rule == "tracking-parameters" })
        #expect(finding.message.contains("ref_code"))
        #expect(finding.suggestion == "https://news.example/story?id=7")
        let again = try Self.check(note, options: CheckOptions())
        #expect(Self.identity(again)?.url == "https://news.example/story?ref_code=abc&id=7")
    }

    @Test func anEmptyConfigurationIsTheBuiltInTable() {
        #expect(Configuration().catalog == .builtIn)
        #expect(Configuration().catalog.isBuiltIn)
    }
}
