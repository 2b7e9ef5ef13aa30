import CiteproofCore
import Testing

@Suite struct ConfigurationParserTests {
    static let rules = RuleRegistry.all.map { $0.description.id }

    func parse(_ text: String) throws -> Configuration {
        try ConfigurationParser.parse(text, path: ".citeproof.yml", knownRules: Self.rules)
    }

    func error(_ text: String) -> ConfigurationError? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as ConfigurationError {
            return error
        } catch {
            return nil
        }
    }

    @Test func readsEverySetting() throws {
        let config = try parse("""
            rules:
              missing-source: off
              numbering-gap: error
            publishedDate: 2021-04-04
            failOn: warning
            sourceAliases:
              MEMRI TV: memri.org
            platforms:
              mastodon-social:
                hosts: [mastodon.social]
                handlePattern: "^[A-Za-z0-9_]+$"
            trackingParameters: [mc_cid]
            probe:
              exclude: [localhost, "\\\\.internal$"]
              maxConcurrency: 8
              perHostConcurrency: 2
              timeoutSeconds: 2.5
              userAgent: citeproof-test
              allowPrivateHosts: true
            """)
        #expect(config.ruleSeverities["missing-source"] == .some(nil))
        #expect(config.ruleSeverities["numbering-gap"] == .some(.error))
        #expect(config.publishedDate == CalendarDate(year: 2021, month: 4, day: 4))
        #expect(config.failOn == .warning)
        #expect(config.sourceAliases == ["MEMRI TV": "memri.org"])
        #expect(config.platforms == [PlatformEntry(id: "mastodon-social", hosts: ["mastodon.social"], handlePattern: "^[A-Za-z0-9_]+$")])
        #expect(config.trackingParameters == ["mc_cid"])
        #expect(config.probe == ProbeSettings(
            exclude: ["localhost", "\\.internal$"], maxConcurrency: 8, perHostConcurrency: 2, timeoutSeconds: 2.5,
            userAgent: "citeproof-test", allowPrivateHosts: true))
    }

    @Test func readsAPlatformRow() throws {
        let config = try parse("""
            platforms:
              gab:
                name: Gab
                hosts: [gab.example]
                launched: 2016-08-15
                accountPath: "/{handle}"
                postPath: "/{handle}/posts/{id:digits}"
              linkedin:
                launched: 2003-05-05
            """)
        #expect(config.platforms == [
            PlatformEntry(
                id: "gab", hosts: ["gab.example"], name: "Gab", launched: CalendarDate(iso: "2016-08-15"),
                paths: [
                    PathPattern("/{handle}/posts/{id:digits}", kind: .post, canonical: "{host}/{handle}/posts/{id}"),
                    PathPattern("/{handle}", kind: .account, canonical: "{host}/{handle}"),
                ]),
            PlatformEntry(id: "linkedin", hosts: [], launched: CalendarDate(iso: "2003-05-05")),
        ])
        #expect(error("platforms:\n  gab:\n    hosts: [gab.example]\n    postPath: /{handle}\n")?.message
            == "platforms.gab.postPath must be a path such as '/@{handle}' with an {id} (got '/{handle}')")
        #expect(error("platforms:\n  gab:\n    hosts: [gab.example]\n    accountPath: /u/**\n")?.line == 4)
        #expect(error("platforms:\n  gab:\n    launched: 2016-08-15\n")?.message
            == "platforms.gab needs a non-empty 'hosts' list (it is no built-in platform)")
        #expect(error("platforms:\n  gab:\n    hosts: [gab.example]\n    launched: 2016-13-01\n")?.line == 4)
    }

    @Test func readsTheProbesPoliteness() throws {
        let config = try parse("probe:\n  perHostInterval: 0\n  retries: 0\n")
        #expect(config.probe.perHostInterval == 0)
        #expect(config.probe.retries == 0)
        #expect(error("probe:\n  perHostInterval: -1\n")?.message.contains("probe.perHostInterval") == true)
        #expect(error("probe:\n  retries: two\n")?.message.contains("probe.retries") == true)
    }

    @Test func unknownKeysNameTheKeyAndLine() {
        #expect(error("failOn: error\n\nrule:\n  missing-source: off\n") == ConfigurationError(
            path: ".citeproof.yml", line: 3,
            message: "unknown key 'rule' (known: rules, publishedDate, failOn, sourceAliases, platforms, trackingParameters, probe)"))
        #expect(error("probe:\n  timeout: 3\n")?.line == 2)
        #expect(error("probe:\n  timeout: 3\n")?.message.contains("unknown key 'timeout' in probe") == true)
        #expect(error("rules:\n  missing-sauce: off\n")?.line == 2)
    }

    @Test(arguments: [
        ("rules:\n  missing-source: warn\n", 2, "rules.missing-source must be one of off, error, warning, note (got 'warn')"),
        ("publishedDate: 2021-02-30\n", 1, "publishedDate must be a real date written YYYY-MM-DD (got '2021-02-30')"),
        ("failOn: always\n", 1, "failOn must be one of error, warning, note, none (got 'always')"),
        ("probe:\n  maxConcurrency: 0\n", 2, "probe.maxConcurrency must be a positive whole number (got '0')"),
        ("probe:\n  allowPrivateHosts: maybe\n", 2, "probe.allowPrivateHosts must be true or false (got 'maybe')"),
        ("probe:\n  exclude: \"*.example\"\n", 2, "probe.exclude must be a list (got '*.example')"),
        ("probe:\n  exclude: [\"(unclosed\"]\n", 2, "probe.exclude: '(unclosed' is not a valid regular expression"),
    ])
    func badValuesNameTheKeyAndLine(_ text: String, _ line: Int, _ message: String) {
        #expect(error(text) == ConfigurationError(path: ".citeproof.yml", line: line, message: message))
    }

    @Test func invalidYAMLIsAnError() {
        #expect(error("rules: [unclosed\n")?.message.hasPrefix("not valid YAML") == true)
        // Yams rejects a repeated key while composing, before any node (and its line) exists.
        let repeated = error("trackingParameters: [a]\ntrackingParameters: [b]\n")
        #expect(repeated?.message.contains("duplicated key(s): 'trackingParameters'") == true, "\(String(describing: repeated))")
    }

    @Test func theInitTemplateParsesToTheDefaults() throws {
        let text = ConfigurationTemplate.text(rules: RuleRegistry.all.map { $0.description })
        #expect(try parse(text) == Configuration(path: ".citeproof.yml"))
        // Uncommenting every setting gives a valid file too.
        let example = try Regex("^# ([A-Za-z-]+:( |$)|  )")
        let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.contains(example) ? String(line.dropFirst(2)) : String(line)
        }.joined(separator: "\n")
        let config = try parse(uncommented)
        #expect(config.failOn == .error)
        #expect(config.ruleSeverities.count == Self.rules.count)
        #expect(config.probe.maxConcurrency == ConfigurationTemplate.ProbeDefaults.maxConcurrency)
    }
}
