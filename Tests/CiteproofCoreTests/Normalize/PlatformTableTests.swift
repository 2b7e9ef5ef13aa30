import Testing
@testable import CiteproofCore

/// The shape of the platform table: every row complete, hosts claimed once, every platform's
/// launch date enforced by `date-before-platform`. Adding a platform = its row + a `samples` entry.
@Suite struct PlatformTableTests {
    static let catalog = PlatformCatalog.builtIn

    /// One post (or channel) URL per platform, for the launch-date test.
    static let samples: [String: String] = [
        "x": "https://twitter.com/jack/status/20",
        "telegram": "https://t.me/centerkaf/1234",
        "facebook": "https://www.facebook.com/somepage/posts/12345",
        "instagram": "https://www.instagram.com/p/CNR2kVxhB0a/",
        "youtube": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "tiktok": "https://www.tiktok.com/@someone/video/12345",
        "reddit": "https://www.reddit.com/r/Iraq/comments/mjk3z1/",
        "bluesky": "https://bsky.app/profile/someone.bsky.social/post/3k2a",
        "threads": "https://www.threads.net/@someone/post/C1a2b3",
        "linkedin": "https://www.linkedin.com/posts/someone_activity-123",
        "vk": "https://vk.com/wall-1_123",
        "rumble": "https://rumble.com/v1abc-some-video.html",
        "odysee": "https://odysee.com/@someone:1/video:2",
        "truthsocial": "https://truthsocial.com/@someone/posts/1080000",
        "medium": "https://medium.com/@someone/a-story-123abc",
        "discord": "https://discord.com/channels/1/2/3",
        "mastodon": "https://mastodon.social/@someone/1",
    ]

    @Test func idsAreUniqueAndHostsClaimedOnce() {
        let ids = Self.catalog.rows.map(\.id)
        #expect(Set(ids).count == ids.count)
        let hosts = Self.catalog.rows.flatMap(\.hosts)
        #expect(Set(hosts).count == hosts.count, "a host in two rows")
        for host in hosts { #expect(host == host.lowercased() && !host.hasPrefix("www."), "\(host)") }
    }

    @Test(arguments: PlatformCatalog.builtIn.rows.map(\.id))
    func everyRowHasALaunchDateWithItsEvent(_ id: String) throws {
        let row = try #require(Self.catalog.platform(id: id))
        let launch = try #require(row.launch, "\(id) has no launch date")
        #expect(launch.event.contains(String(launch.date.year)), "\(id): the event should name the year")
        if let channels = launch.channels { #expect(channels > launch.date) }
    }

    @Test(arguments: PlatformCatalog.builtIn.rows.map(\.id))
    func everyRowIsAPlatformOrAnArchive(_ id: String) throws {
        let row = try #require(Self.catalog.platform(id: id))
        if row.archive != nil {
            // Archives identify no sources: their captures stand for the page archived.
            #expect(row.paths.isEmpty && row.handleRule == nil && row.identifierClock == nil && row.loginWall == nil)
            for host in row.hosts {
                #expect(Self.catalog.platform(forHost: host) == nil)
                #expect(Self.catalog.archive(forHost: host)?.id == id)
                #expect(Self.catalog.archive(forHost: "sub." + host)?.id == id)
            }
        } else {
            #expect(!row.paths.isEmpty, "\(id) has no URL shapes")
            #expect(Self.samples[id] != nil, "\(id) has no sample in PlatformTableTests.samples")
            for host in row.hosts { #expect(Self.catalog.platform(forHost: host)?.id == id, "\(host)") }
            for alias in row.aliasSubdomains {
                for host in row.hosts { #expect(Self.catalog.platform(forHost: "\(alias).\(host)")?.id == id) }
            }
        }
    }

    /// A clock reads ids of kinds the row's URL shapes produce, and its arithmetic works on a real id.
    @Test func identifierClocksReadKindsTheRowProduces() throws {
        for row in Self.catalog.rows {
            guard let clock = row.identifierClock else { continue }
            let kinds = Set(row.paths.filter { $0.canonical.contains("{id}") }.map(\.kind))
            #expect(!clock.kinds.isDisjoint(with: kinds), "\(row.id): clock kinds \(clock.kinds) vs \(kinds)")
        }
        #expect(Set(Self.catalog.rows.compactMap { $0.identifierClock == nil ? nil : $0.id }) == ["x", "tiktok", "bluesky", "discord"])
    }

    @Test func trackingParametersAreLowercase() {
        for row in Self.catalog.rows {
            for name in row.trackingParameters.names + row.trackingParameters.prefixes {
                #expect(name == name.lowercased(), "\(row.id): \(name)")
            }
        }
        #expect(Self.catalog.isTracking("si", domain: "youtu.be"))
        #expect(Self.catalog.isTracking("trk", domain: "linkedin.com"))
        #expect(!Self.catalog.isTracking("si", domain: "example.com"))
        #expect(Self.catalog.isTracking("utm_source", domain: "example.com"))
        #expect(Self.catalog.isTracking("si", domain: "spotify.com"))
    }

    /// Each platform's launch: a post dated a month before it is an error, one a year after is not.
    @Test(arguments: PlatformCatalog.builtIn.platforms.map(\.id))
    func datesBeforeTheLaunchAreFound(_ id: String) throws {
        let row = try #require(Self.catalog.platform(id: id))
        let launch = try #require(row.launch)
        let url = try #require(Self.samples[id])
        let first = launch.channels ?? launch.date
        #expect(try Self.ruleIDs(url, date: first.adding(days: -40)).contains("date-before-platform"), "\(id)")
        #expect(try !Self.ruleIDs(url, date: first.adding(days: 400)).contains("date-before-platform"), "\(id)")
    }

    @Test func linkedInPostDated2001() throws {
        let ids = try Self.ruleIDs("https://www.linkedin.com/posts/someone_activity-123", text: "April 3, 2001")
        #expect(ids.contains("date-before-platform"))
    }

    /// The fediverse row matches `/@user` pages on any host; its launch speaks only for the hosts it names.
    @Test func anyHostProfilesAreNotDatedByMastodonsLaunch() throws {
        #expect(try !Self.ruleIDs("https://forum.example/@someone/12", text: "April 3, 2010").contains("date-before-platform"))
    }

    static func ruleIDs(_ url: String, date: CalendarDate) throws -> [String] {
        try ruleIDs(url, text: date.longDescription)
    }

    static func ruleIDs(_ url: String, text: String) throws -> [String] {
        let document = try TestData.read(text: "A claim.[^1]\n\n[^1]: \(url), \(text).\n", format: .markdown)
        return Citeproof.check(document, options: CheckOptions(publishedOverride: CalendarDate(iso: "2026-01-01"))).findings.map(\.rule)
    }
}
