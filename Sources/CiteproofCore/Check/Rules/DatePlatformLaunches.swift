/// When a platform began to carry the kind of post a citation names.
///
/// Kept here for the date rules; the source-normalization platform table (another branch)
/// should absorb these dates when the two are unified.
struct PlatformLaunch: Sendable {
    /// Platform id, as `SourceIdentity.platform` spells it.
    var id: String
    var aliases: [String] = []
    var name: String
    /// Hosts the platform's URLs use; subdomains match too.
    var hosts: [String]
    /// The first day anyone could post.
    var launched: CalendarDate
    /// The first day of public channels, when they came later (Telegram).
    var channelsLaunched: CalendarDate? = nil
    /// What `launched` is, for the finding's evidence.
    var launchEvent: String
}

enum DatePlatformLaunches {
    private static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static let all: [PlatformLaunch] = [
        PlatformLaunch(id: "x", aliases: ["twitter"], name: "X/Twitter", hosts: ["twitter.com", "x.com"],
            launched: day("2006-03-21"), launchEvent: "the first tweet, March 21, 2006"),
        PlatformLaunch(id: "telegram", name: "Telegram", hosts: ["t.me", "telegram.me", "telegram.dog"],
            launched: day("2013-08-14"), channelsLaunched: day("2015-09-22"),
            launchEvent: "Telegram's launch, August 14, 2013 (channels: September 22, 2015)"),
        PlatformLaunch(id: "facebook", name: "Facebook", hosts: ["facebook.com", "fb.com", "fb.watch"],
            launched: day("2004-02-04"), launchEvent: "Facebook's launch, February 4, 2004"),
        PlatformLaunch(id: "youtube", name: "YouTube", hosts: ["youtube.com", "youtu.be"],
            launched: day("2005-02-14"), launchEvent: "YouTube's founding, February 14, 2005"),
        PlatformLaunch(id: "instagram", name: "Instagram", hosts: ["instagram.com", "instagr.am"],
            launched: day("2010-10-06"), launchEvent: "Instagram's launch, October 6, 2010"),
        PlatformLaunch(id: "tiktok", name: "TikTok", hosts: ["tiktok.com"],
            launched: day("2016-09-01"), launchEvent: "Douyin/TikTok's launch, September 2016"),
        PlatformLaunch(id: "bluesky", aliases: ["bsky"], name: "Bluesky", hosts: ["bsky.app"],
            launched: day("2023-02-01"), launchEvent: "Bluesky's public beta, February 2023"),
        PlatformLaunch(id: "threads", name: "Threads", hosts: ["threads.net", "threads.com"],
            launched: day("2023-07-05"), launchEvent: "Threads' launch, July 5, 2023"),
        PlatformLaunch(id: "reddit", name: "Reddit", hosts: ["reddit.com", "redd.it"],
            launched: day("2005-06-23"), launchEvent: "Reddit's launch, June 23, 2005"),
        PlatformLaunch(id: "discord", name: "Discord", hosts: ["discord.com", "discordapp.com", "discord.gg"],
            launched: day("2015-05-13"), launchEvent: "Discord's launch, May 13, 2015"),
        PlatformLaunch(id: "truthsocial", name: "Truth Social", hosts: ["truthsocial.com"],
            launched: day("2022-02-21"), launchEvent: "Truth Social's launch, February 21, 2022"),
    ]

    static func platform(forHost host: String) -> PlatformLaunch? {
        let host = host.lowercased()
        return all.first { platform in platform.hosts.contains { host == $0 || host.hasSuffix("." + $0) } }
    }

    static func platform(id: String) -> PlatformLaunch? {
        let id = id.lowercased()
        return all.first { $0.id == id || $0.aliases.contains(id) }
    }
}
