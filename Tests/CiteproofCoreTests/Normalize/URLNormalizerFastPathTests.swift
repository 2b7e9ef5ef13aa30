import Foundation
import Testing
@testable import CiteproofCore

/// `URLNormalizer.normalizePlainASCII` (bytes, the common case) decides every input it takes as
/// `normalizeInGeneral` does, and takes the URLs drafts cite.
@Suite struct URLNormalizerFastPathTests {
    static let normalizers: [URLNormalizer] = [
        URLNormalizer(),
        URLNormalizer(removesTrackingParameters: false, stripsPlatformAliases: false),
        URLNormalizer(defaultScheme: "HTTP"),
        URLNormalizer(defaultScheme: "ftp"),
    ]

    /// The WHATWG and url-normalize inputs (edge cases of every part of a URL).
    static let conformanceInputs: [String] = {
        var inputs: [String] = []
        if let data = try? ConformanceFiles.data("whatwg-urltestdata.json"),
            let array = try? JSONSerialization.jsonObject(with: data) as? [Any]
        {
            inputs += array.compactMap { ($0 as? [String: Any])?["input"] as? String }
        }
        if let data = try? ConformanceFiles.data("url-normalize-cases.json"),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let cases = object["cases"] as? [[String: Any]]
        {
            inputs += cases.compactMap { $0["input"] as? String }
        }
        return inputs
    }()

    /// URLs assembled from parts chosen to sit on each condition of the fast path (hosts that are
    /// IPv4 addresses or end in a dot, A-labels, ports, userinfo, dot segments, escapes, trackers).
    static func generatedInputs(count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        let schemes = ["http://", "HTTPS://", "https:", "hTTp:///", "", "//", "/", "ftp://", "mailto:", "example:", "a.b:", "x:"]
        let hosts = [
            "example.com", "Example.COM", "www.twitter.com", "mobile.Twitter.com", "t.me", "centerkaf.t.me", "a..b", ".a", "a.",
            "1.2.3.4", "0x7f.1", "a.0x", "a.0X1f", "a.09", "123", "xn--p1ai", "a.XN--p1ai", "xn-a.com", "a_b.example", "localhost",
            "host:80", "host:8080", "u@host.com", "u:p@host.com", "%41.com", "münchen.de", "ex ample.com", "[::1]", "news.bbc.co.uk",
            "www.velmora-herald.example", "x.com", "youtu.be", "-a-.org",
        ]
        let paths = [
            "", "/", "/a/./b", "/a/../b", "/.", "/..", "/...", "/..foo", "/.a/", "/%7Efoo", "/%2e/x", "/a%2fb", "/{x}", "/a\\b",
            "//x", "/KM94310/status/1378318327069253633", "/2017/10/11/the-bridge-would-stay/", "/s/harbour_lights/3684",
            "/watch", "/@user", "/a:b", "/é",
        ]
        let queries = ["", "?", "?utm_source=x&a=1", "?a=%41", "?s=20&t=abc", "?x='", "?v=dQw4w9WgXcQ&feature=share", "?fbclid=1", "?a&&b"]
        let fragments = ["", "#", "#top", "#a%62", "#a b", "#!/x"]
        return (0..<count).map { _ in
            random.pick(schemes) + random.pick(hosts) + random.pick(paths) + random.pick(queries) + random.pick(fragments)
        }
    }

    static func mismatches(_ inputs: [String]) -> [String] {
        var found: [String] = []
        for normalizer in normalizers {
            for input in inputs {
                guard let fast = normalizer.normalizePlainASCII(input) else { continue }
                let general = normalizer.normalizeInGeneral(input)
                if fast != general { found.append("\(normalizer.defaultScheme) \(input.debugDescription): \(fast.url) vs \(general?.url ?? "nil")") }
            }
        }
        return found
    }

    @Test func agreesOnConformanceInputs() {
        #expect(Self.conformanceInputs.count > 600)
        #expect(Self.mismatches(Self.conformanceInputs) == [])
    }

    @Test func agreesOnGeneratedInputs() {
        let inputs = Self.generatedInputs(count: 6_000, seed: 0x5EED_0014)
        #expect(Self.mismatches(inputs) == [])
        // Enough of them take the fast path for the comparison to mean something.
        let taken = inputs.filter { URLNormalizer().normalizePlainASCII($0) != nil }.count
        #expect(taken > 1_000)
    }

    @Test(arguments: [
        "https://www.velmora-herald.example/2017/10/08/photo-of-the-damaged/?fbclid=IwAR0abc123",
        "https://twitter.com/KM94310/status/1378318327069253633?s=20&t=abc",
        "Telegram.me/harbour_lights", "t.me/s/harbour_lights/3684", "news.bbc.co.uk/x", "https://x.com/a#frag",
    ])
    func takesTheURLsDraftsCite(_ input: String) {
        let fast = URLNormalizer().normalizePlainASCII(input)
        #expect(fast != nil)
        #expect(fast == URLNormalizer().normalizeInGeneral(input))
    }

    @Test(arguments: ["http://1.2.3.4/", "http://u@h.com/", "http://h.com:8080/", "http://xn--p1ai/", "h.com./x", "/path", " http://a.com", "mailto:x@y.z", "http://münchen.de/"])
    func leavesTheRestToTheGeneralPath(_ input: String) {
        #expect(URLNormalizer().normalizePlainASCII(input) == nil)
    }
}

/// `SourceSpelling.isTidy` (the early return of `tidy`) holds only for text every tidying step leaves alone.
@Suite struct SourceSpellingFastPathTests {
    static func leftAlone(_ raw: String) -> Bool {
        SourceSpelling.undoDefanging(raw) == raw && SourceSpelling.stripWrapping(raw) == raw
            && SourceSpelling.stripTrailingPunctuation(raw) == raw && raw.trimmingWhitespace() == raw
            && SourceSpelling.joiningSplitPath(raw) == raw
    }

    @Test func isTidyOnlyWhereTidyingChangesNothing() {
        var random = SeededGenerator(seed: 0x71D7)
        let pieces = [
            "a", "Z", "9", ".", ",", ";", ":", "!", "?", "<", ">", "\"", "'", "(", ")", "[", "]", "{", "}", "/", " ", "\t",
            "hxxp", "hXXps://", "[.]", "(dot)", "t.me", "@", "é", "“", "”", "«", "»", "-", "_", "%",
        ]
        var tidyCount = 0
        for _ in 0..<8_000 {
            let raw = (0..<random.pick([1, 2, 3, 5, 8])).map { _ in random.pick(pieces) }.joined()
            guard SourceSpelling.isTidy(raw) else { continue }
            tidyCount += 1
            #expect(Self.leftAlone(raw), "\(raw.debugDescription)")
        }
        #expect(tidyCount > 500)
        #expect(SourceSpelling.isTidy("https://t.me/s/harbour_lights/3684"))
        #expect(!SourceSpelling.isTidy("Telegram.me/ harbour_lights"))
        #expect(SourceSpelling.tidy("<hxxps://example[.]com/a>.") == "https://example.com/a")
    }
}

/// `PathTemplate.fitsSegmentCount` (the check before a template is split) decides as the split does.
@Suite struct PathTemplateCountTests {
    @Test func countCheckAgreesWithTheSplitTemplate() {
        var templates = PlatformCatalog.builtIn.rows.flatMap { $0.paths.map(\.template) }
        templates += ["", "/", "/**", "**", "/a/**", "/a/**/", "/a/***", "//a//b//", "/*", "/a/*"]
        #expect(templates.count > 40)
        for template in templates {
            var parts = template.split(separator: "/", omittingEmptySubsequences: true)
            let allowsMore = parts.last == "**"
            if allowsMore { parts.removeLast() }
            for count in 0..<8 {
                let fits = count == parts.count || (allowsMore && count > parts.count)
                #expect(PathTemplate.fitsSegmentCount(template, count) == fits, "\(template) \(count)")
            }
        }
    }
}
