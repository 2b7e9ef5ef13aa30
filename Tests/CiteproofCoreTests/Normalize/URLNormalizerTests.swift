import Testing
@testable import CiteproofCore

@Suite struct URLNormalizerTests {
    /// RFC 3492 §7.1 sample strings (Chinese, Russian) and a simple Latin one, as host labels through
    /// libidn2. The Arabic sample ends in `؟`, a question mark IDNA disallows in host names.
    @Test(arguments: [
        ("他们为什么不说中文", "xn--ihqwcrb4cv8a8dqg056pqjye"),
        ("почемужеонинеговорятпорусски", "xn--b1abfaaepdrnnbgefbadotcwatmq2g4l"),
        ("bücher", "xn--bcher-kva"),
        ("Пример.испытание", "xn--e1afmkfd.xn--80akhbyknj4f"),
        ("ليهمابتكلموشعربي؟", nil),
    ])
    func idnaHosts(_ input: String, _ expected: String?) {
        #expect(IDNA.asciiHost(input) == expected)
    }

    @Test func registrableDomains() {
        #expect(RegistrableDomain.of(host: "news.bbc.co.uk") == "bbc.co.uk")
        #expect(RegistrableDomain.of(host: "www.Al-Rafidain.news") == "al-rafidain.news")
        #expect(RegistrableDomain.of(host: "user.github.io") == "user.github.io")
        #expect(RegistrableDomain.of(host: "co.uk") == nil)
        #expect(RegistrableDomain.of(host: "127.0.0.1") == nil)
        #expect(RegistrableDomain.of(host: "example.notatld") == nil)
    }

    @Test func removesTrackingParametersAndKeepsContentOnes() throws {
        let tweet = try #require(URLNormalizer.normalize("https://twitter.com/KM94310/status/1?s=20&t=AbC&lang=en"))
        #expect(tweet.url == "https://twitter.com/KM94310/status/1?lang=en")
        #expect(tweet.removedParameters == ["s=20", "t=AbC"])
        let video = try #require(URLNormalizer.normalize("https://youtu.be/dQw4w9WgXcQ?si=xyz&t=42"))
        #expect(video.url == "https://youtu.be/dQw4w9WgXcQ?t=42")
        let watch = try #require(URLNormalizer.normalize("https://www.youtube.com/watch?v=dQw4w9WgXcQ&utm_source=x&feature=share"))
        #expect(watch.url == "https://youtube.com/watch?v=dQw4w9WgXcQ")
        #expect(watch.removedParameters == ["utm_source=x", "feature=share"])
        let profile = try #require(URLNormalizer.normalize("https://m.facebook.com/profile.php?id=100064&fbclid=IwAR"))
        #expect(profile.url == "https://facebook.com/profile.php?id=100064")
        // `t` and `s` are trackers on X only.
        let other = try #require(URLNormalizer.normalize("https://example.com/a?s=search&t=3"))
        #expect(other.url == "https://example.com/a?s=search&t=3")
        #expect(other.removedParameters.isEmpty)
    }

    @Test func stripsAliasesOnlyOnPlatforms() {
        #expect(URLNormalizer.normalize("https://mobile.twitter.com/x")?.host == "twitter.com")
        #expect(URLNormalizer.normalize("https://www.example.com/x")?.host == "www.example.com")
        #expect(URLNormalizer.normalize("https://m.example.com/x")?.host == "m.example.com")
    }

    @Test func rejectsWhatIsNoURL() {
        #expect(URLNormalizer.normalize("") == nil)
        #expect(URLNormalizer.normalize("http://exa mple.com/") == nil)
        #expect(URLNormalizer.normalize("http://example.com:99999/") == nil)
    }

    @Test func renderOutput() {
        let results = NormalizeOutput.results(for: ["Telegram.me/ab", "Twitter.com/KM94310?s=20", "Riverton Ledger"])
        let lines = NormalizeOutput.textLines(results)
        #expect(lines.first == "Telegram.me/ab → t.me/ab (channel, telegram)")
        #expect(lines.contains { $0.hasPrefix("  warning: Telegram name “ab” has 2 characters; Telegram allows 5–32") })
        #expect(lines.contains("  removed tracking parameters: s=20"))
        #expect(lines.last == "Riverton Ledger → Riverton Ledger (named)")
    }
}
