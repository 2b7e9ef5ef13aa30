import Testing
@testable import CiteproofCore

@Suite struct SourceNormalizerTests {
    @Test(arguments: SourceSpellingTable.cases)
    func identifiesSpelling(_ spelling: SpellingCase) throws {
        let identity = try #require(SourceNormalizer.identify(spelling.raw))
        #expect(identity.kind == spelling.kind)
        #expect(identity.platform == spelling.platform)
        #expect(identity.canonical == spelling.canonical)
        if let handle = spelling.handle { #expect(identity.handle == handle) }
        if let id = spelling.id { #expect(identity.id == id) }
    }

    /// Normalizing a canonical form again gives the same identity.
    @Test(arguments: SourceSpellingTable.cases)
    func canonicalFormIsAFixedPoint(_ spelling: SpellingCase) throws {
        let identity = try #require(SourceNormalizer.identify(spelling.raw))
        let again = try #require(SourceNormalizer.identify(identity.canonical))
        #expect(again.canonical == identity.canonical)
        #expect(again.kind == identity.kind)
        #expect(again.platform == identity.platform)
    }

    @Test func tableIsLargeAndCoversEveryPlatform() {
        #expect(SourceSpellingTable.cases.count >= 150)
        let covered = Set(SourceSpellingTable.cases.compactMap(\.platform))
        for platform in PlatformCatalog.builtIn.platforms { #expect(covered.contains(platform.id), "no spelling for \(platform.id)") }
    }

    /// The sources of the first seed article.
    @Test func seedSources() {
        let expected: [(String, SourceKind, String)] = [
            ("Al-Rafidain.news", .website, "al-rafidain.news"),
            ("Ahlulhaq.com", .website, "ahlulhaq.com"),
            ("Telegram.me/centerkaf", .channel, "t.me/centerkaf"),
            ("Telegram.me/ Qais_alkhazali", .channel, "t.me/qais_alkhazali"),
            ("Twitter.com/KM94310", .account, "x.com/km94310"),
            ("Twitter.com/ELNAZ16424879", .account, "x.com/elnaz16424879"),
            ("Twitter.com/mernashamari", .account, "x.com/mernashamari"),
            ("MEMRI TV Clip No. 7700", .named, "MEMRI TV Clip No. 7700"),
        ]
        for (raw, kind, canonical) in expected {
            let identity = SourceNormalizer.identify(raw)
            #expect(identity?.kind == kind, "\(raw)")
            #expect(identity?.canonical == canonical, "\(raw)")
        }
        #expect(SourceNormalizer.identify("MEMRI TV Clip No. 7700")?.url == nil)
        #expect(SourceNormalizer.identify("Ahlulhaq.com")?.url == nil)
        #expect(SourceNormalizer.identify("Twitter.com/KM94310")?.url == "https://twitter.com/KM94310")
    }

    @Test func handleHintChoosesThePlatformOfABareHandle() {
        #expect(SourceNormalizer.identify("@centerkaf", defaultHandlePlatform: .telegram)?.canonical == "t.me/centerkaf")
        #expect(SourceNormalizer.identify("@MEMRIVideos", defaultHandlePlatform: .youtube)?.canonical == "youtube.com/@memrivideos")
        #expect(SourceNormalizer.identify("@centerkaf")?.canonical == "x.com/centerkaf")
    }

    @Test func nothingToIdentify() {
        #expect(SourceNormalizer.identify("") == nil)
        #expect(SourceNormalizer.identify("  ., ") == nil)
        #expect(SourceNormalizer.identify("@") == nil)
    }
}
