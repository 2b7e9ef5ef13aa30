import Testing
@testable import CiteproofCore

/// Properties of `SourceNormalizer` over generated handles and URLs: a canonical form is a fixed
/// point, and every spelling editors use for one account gives the same canonical form.
@Suite struct NormalizerPropertyTests {
    static let seed: UInt64 = 0x5EED_0001
    static let cases = 3000
    static let lower = "abcdefghijklmnopqrstuvwxyz"
    static let handleAlphabet = lower + lower.uppercased() + "0123456789_"

    /// A source as an editor might write it, drawn from the shapes citeproof documents.
    static func source(_ g: inout SeededGenerator) -> String {
        let handle = g.string(from: lower + lower.uppercased(), count: 1) + g.string(from: handleAlphabet, count: Int.random(in: 0...14, using: &g))
        let channel = g.string(from: lower, count: 1) + g.string(from: lower + "0123456789_", count: Int.random(in: 4...20, using: &g))
        let id = String(UInt64.random(in: 1...UInt64(1e18), using: &g))
        let word = g.string(from: lower, count: Int.random(in: 2...10, using: &g))
        let tld = g.pick(["com", "org", "net", "co.uk", "de", "fr", "io", "news", "info"])
        let query = g.pick(["", "?s=20", "?utm_source=twitter&utm_medium=social", "?ref=home", "#top"])
        return g.pick([
            "@\(handle)", "x.com/\(handle)", "https://twitter.com/\(handle)\(query)",
            "Twitter.com/\(handle)", "https://mobile.twitter.com/\(handle)/status/\(id)\(query)",
            "x.com/\(handle)/status/\(id)", "https://twitter.com/#!/\(handle)",
            "t.me/\(channel)", "Telegram.me/\(channel)", "https://t.me/s/\(channel)/\(id.prefix(5))",
            "t.me/\(channel)/\(id.prefix(4))", "https://www.youtube.com/watch?v=\(g.string(from: handleAlphabet + "-", count: 11))",
            "https://youtu.be/\(g.string(from: handleAlphabet + "-", count: 11))", "https://www.\(word).\(tld)/\(word)/\(id.prefix(6))\(query)",
            "\(word).\(tld)", "news.\(word).\(tld)/story\(query)", "@\(handle.lowercased())@mastodon.social",
            "https://mastodon.social/@\(handle)", "@\(word).bsky.social", "https://www.instagram.com/\(channel)/",
            "https://www.facebook.com/\(channel)", "\(word.capitalized) Daily News",
        ])
    }

    @Test func aCanonicalFormIsAFixedPoint() {
        var g = SeededGenerator(seed: Self.seed)
        var checked = 0
        for _ in 0..<Self.cases {
            let raw = Self.source(&g)
            guard let identity = SourceNormalizer.identify(raw) else { continue }
            checked += 1
            let again = SourceNormalizer.identify(identity.canonical)
            #expect(again?.canonical == identity.canonical, "\(raw) → \(identity.canonical) → \(again?.canonical ?? "nil")")
        }
        #expect(checked > Self.cases * 9 / 10)
    }

    @Test func everySpellingOfAnXAccountIsOneSource() {
        var g = SeededGenerator(seed: Self.seed + 1)
        for _ in 0..<500 {
            let handle = g.string(from: Self.lower + Self.lower.uppercased(), count: 1)
                + g.string(from: Self.handleAlphabet, count: Int.random(in: 0...14, using: &g))
            // `x.com/i`, `x.com/home` are site pages, not accounts.
            guard !Platform.x.reservedNames.contains(handle.lowercased()) else { continue }
            let spellings = [
                "@\(handle)", "x.com/\(handle)", "X.com/\(handle.lowercased())", "Twitter.com/\(handle)",
                "https://mobile.twitter.com/\(handle)?s=20", "https://www.twitter.com/\(handle.uppercased())/",
            ]
            let canonical = Set(spellings.map { SourceNormalizer.identify($0)?.canonical })
            #expect(canonical == ["x.com/\(handle.lowercased())"], "\(handle): \(canonical)")
        }
    }

    @Test func everySpellingOfATelegramChannelIsOneSource() {
        var g = SeededGenerator(seed: Self.seed + 2)
        for _ in 0..<500 {
            let channel = g.string(from: Self.lower, count: 1) + g.string(from: Self.lower + "0123456789_", count: Int.random(in: 4...20, using: &g))
            let spellings = ["t.me/\(channel)", "Telegram.me/ \(channel)", "https://t.me/s/\(channel)", "https://telegram.me/\(channel.uppercased())"]
            let canonical = Set(spellings.map { SourceNormalizer.identify($0)?.canonical })
            #expect(canonical == ["t.me/\(channel)"], "\(channel): \(canonical)")
        }
    }
}
