import CiteproofCore
import CiteproofProbe
import Testing

/// `citeproof init`'s template states the real defaults: every commented setting, uncommented,
/// parses to what the code does when the setting is absent.
@Suite struct ConfigurationTemplateTests {
    static let rules = RuleRegistry.all.map { $0.description }
    static let text = ConfigurationTemplate.text(rules: rules)

    /// The template with every commented setting line uncommented.
    static func uncommented() throws -> String {
        let setting = try Regex("^# ([A-Za-z-]+:( |$)|  )")
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.contains(setting) ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
    }

    static func parse(_ text: String) throws -> Configuration {
        try ConfigurationParser.parse(text, path: ".citeproof.yml", knownRules: rules.map(\.id))
    }

    @Test func asWrittenItParsesToNoSettings() throws {
        #expect(try Self.parse(Self.text) == Configuration(path: ".citeproof.yml"))
    }

    @Test func everyStatedDefaultIsTheCodesDefault() throws {
        let stated = try Self.parse(try Self.uncommented())
        let defaults = Configuration()
        // Rules: each listed with its own default severity, and every rule listed.
        #expect(stated.ruleSeverities.count == Self.rules.count)
        for rule in Self.rules {
            #expect(stated.ruleSeverities[rule.id] == .some(rule.defaultSeverity), "\(rule.id)")
        }
        #expect(stated.failOn == FailThreshold.defaultThreshold)
        #expect(stated.publishedDate == defaults.publishedDate)
        #expect(stated.sourceAliases == defaults.sourceAliases)
        #expect(stated.platforms == defaults.platforms)
        #expect(stated.trackingParameters == defaults.trackingParameters)
        // Probe: what ProbeConfiguration does when the file sets nothing.
        let probe = ProbeConfiguration()
        #expect(stated.probe.exclude.isEmpty && probe.excludes.isEmpty)
        #expect(stated.probe.maxConcurrency == probe.maxConcurrency)
        #expect(stated.probe.perHostConcurrency == probe.perHostConcurrency)
        #expect(stated.probe.perHostInterval == probe.perHostInterval)
        #expect(stated.probe.retries == probe.retries)
        #expect(stated.probe.timeoutSeconds == probe.totalTimeout)
        #expect(stated.probe.userAgent == probe.userAgent)
        #expect(stated.probe.userAgent == ProbeConfiguration.defaultUserAgent)
        #expect(stated.probe.allowPrivateHosts == probe.allowPrivateHosts)
    }

    @Test func proseDefaultsAreTheCodesDefaults() {
        #expect(ConfigurationTemplate.ProbeDefaults.retries == ProbeConfiguration().retries)
        #expect(Self.text.contains("retried \(ProbeConfiguration().retries) times"))
    }

    @Test func saysThatPublishedDateOverridesTheDraftsOwnDate() {
        #expect(Self.text.contains("When set, it overrides the date\n# a draft states itself"))
    }
}
