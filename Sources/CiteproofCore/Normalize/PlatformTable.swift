/// The platform table: one row per platform or web archive, holding everything citeproof knows
/// about it. Order matters only for hosts claimed twice (none are). Adding a platform is one row
/// here, listed in `builtIn`, and its test in `PlatformTableTests`.
///
/// Launch dates are the earliest day a source on the platform can carry; each row's `event` says
/// what that day was (and when a later date is better known, why the earlier one is used).
extension Platform {
    /// The built-in rows, in matching order; read them through `PlatformCatalog.builtIn`.
    static let builtIn: [Platform] = [
        x, telegram, facebook, instagram, youtube, tiktok, reddit, bluesky, threads, linkedin, vk,
        rumble, odysee, truthSocial, medium, discord, mastodon, waybackMachine, archiveToday, webCite, permaCC,
    ]

    public static let x = Platform(
        id: "x", name: "X/Twitter", hosts: ["x.com", "twitter.com"], aliasSubdomains: ["www", "mobile", "m"],
        handleSubdomainHosts: [], canonicalHost: "x.com", handleRule: .x, handleRulesByKind: [:],
        caseInsensitiveHandles: true,
        paths: [
            PathPattern("/i/web/status/{id:digits}/**", kind: .post, canonical: "{host}/i/status/{id}"),
            PathPattern("/i/status/{id:digits}/**", kind: .post, canonical: "{host}/i/status/{id}"),
            PathPattern("/{handle}/status/{id:digits}/**", kind: .post, canonical: "{host}/{handle}/status/{id}"),
            PathPattern("/{handle}/statuses/{id:digits}/**", kind: .post, canonical: "{host}/{handle}/status/{id}"),
            PathPattern("/{handle}/**", kind: .account, canonical: "{host}/{handle}"),
        ],
        reservedNames: [
            "home", "explore", "search", "i", "settings", "hashtag", "intent", "share", "notifications",
            "messages", "login", "logout", "signup", "tos", "privacy", "compose", "account", "download", "about",
        ],
        handleSuffixes: [], mentionPath: "/{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2006-03-21", event: "the first tweet, March 21, 2006"),
        identifierClock: IdentifierClock(
            name: "X status ID", scheme: .snowflake(epochMilliseconds: 1_288_834_974_657, sequentialBelow: 30_000_000_000)),
        trackingParameters: TrackingParameters(["s", "t", "src", "cn", "cxt"]),  // share links: ?s=20&t=…, embed referrer
        loginWall: LoginWall(.sameShellPage, reason: "X answers anonymous clients with the same page whether or not the post exists"))

    /// Launch: channels (what t.me links mostly cite) opened 2015-09-22; Telegram itself launched 2013-08-14.
    public static let telegram = Platform(
        id: "telegram", name: "Telegram", hosts: ["t.me", "telegram.me", "telegram.dog"], aliasSubdomains: ["www"],
        handleSubdomainHosts: ["t.me"], canonicalHost: "t.me", handleRule: .telegram, handleRulesByKind: [:],
        caseInsensitiveHandles: true,
        paths: [
            PathPattern("/s/{handle}/{id:digits}", kind: .message, canonical: "{host}/{handle}/{id}"),
            PathPattern("/s/{handle}", kind: .channel, canonical: "{host}/{handle}"),
            PathPattern("/c/{owner:digits}/{id:digits}", kind: .message, canonical: "{host}/c/{owner}/{id}"),
            PathPattern("/{handle}/{id:digits}", kind: .message, canonical: "{host}/{handle}/{id}"),
            PathPattern("/{handle}", kind: .channel, canonical: "{host}/{handle}"),
        ],
        reservedNames: [
            "s", "c", "joinchat", "addstickers", "addemoji", "addtheme", "share", "iv", "proxy", "socks",
            "login", "setlanguage", "bg", "confirmphone", "invoice", "boost", "contact",
        ],
        handleSuffixes: [], mentionPath: "/{handle}", matchesAnyHost: false,
        launch: PlatformLaunch(
            "2013-08-14", channels: "2015-09-22", event: "Telegram's launch, August 14, 2013 (channels: September 22, 2015)"))

    public static let facebook = Platform(
        id: "facebook", name: "Facebook", hosts: ["facebook.com", "fb.com", "fb.watch"],
        aliasSubdomains: ["www", "m", "mobile", "mbasic", "web", "touch"], handleSubdomainHosts: [],
        canonicalHost: "facebook.com", handleRule: .facebook, handleRulesByKind: [.channel: .lenientSlug],
        caseInsensitiveHandles: true,
        paths: [
            PathPattern("/profile.php", query: ["id": "id"], kind: .account, canonical: "{host}/profile.php?id={id}"),
            PathPattern(
                "/permalink.php", query: ["story_fbid": "id", "id": "owner"], kind: .post,
                canonical: "{host}/permalink.php?story_fbid={id}&id={owner}"),
            PathPattern(
                "/story.php", query: ["story_fbid": "id", "id": "owner"], kind: .post,
                canonical: "{host}/permalink.php?story_fbid={id}&id={owner}"),
            PathPattern("/watch", query: ["v": "id"], kind: .post, canonical: "{host}/watch?v={id}"),
            PathPattern("/reel/{id:digits}/**", kind: .post, canonical: "{host}/reel/{id}"),
            PathPattern("/groups/{handle}/posts/{id}/**", kind: .post, canonical: "{host}/groups/{handle}/posts/{id}"),
            PathPattern("/groups/{handle}/**", kind: .channel, canonical: "{host}/groups/{handle}"),
            PathPattern("/{handle}/posts/{id}/**", kind: .post, canonical: "{host}/{handle}/posts/{id}"),
            PathPattern("/{handle}/videos/{id}/**", kind: .post, canonical: "{host}/{handle}/videos/{id}"),
            PathPattern("/{id}", kind: .post, canonical: "fb.watch/{id}", host: "fb.watch"),
            PathPattern("/{handle}/**", kind: .account, canonical: "{host}/{handle}"),
        ],
        reservedNames: [
            "pages", "groups", "watch", "events", "photo.php", "photo", "photos", "story.php", "permalink.php",
            "profile.php", "sharer", "sharer.php", "share", "home.php", "login", "login.php", "marketplace",
            "gaming", "hashtag", "help", "policies", "privacy", "reel", "reels", "stories", "search", "notes",
        ],
        handleSuffixes: [], mentionPath: "/{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2004-02-04", event: "Facebook's launch, February 4, 2004"),
        trackingParameters: TrackingParameters(
            ["__tn__", "__cft__", "__xts__", "eid", "rdid", "share_url", "sfnsn", "ref", "fref", "hc_ref", "hc_location",
                "notif_id", "notif_t", "paipv", "tn", "comment_tracking"],
            prefixes: ["__cft__", "hc_"]),
        loginWall: LoginWall(.loginPage, reason: "Facebook shows a login wall to anonymous clients"))

    public static let instagram = Platform(
        id: "instagram", name: "Instagram", hosts: ["instagram.com", "instagr.am"], aliasSubdomains: ["www", "m"],
        handleSubdomainHosts: [], canonicalHost: "instagram.com", handleRule: .instagram, handleRulesByKind: [:],
        caseInsensitiveHandles: true,
        paths: [
            PathPattern("/p/{id}/**", kind: .post, canonical: "{host}/p/{id}"),
            PathPattern("/reel/{id}/**", kind: .post, canonical: "{host}/reel/{id}"),
            PathPattern("/reels/{id}/**", kind: .post, canonical: "{host}/reel/{id}"),
            PathPattern("/tv/{id}/**", kind: .post, canonical: "{host}/tv/{id}"),
            PathPattern("/stories/{handle}/{id:digits}/**", kind: .post, canonical: "{host}/stories/{handle}/{id}"),
            PathPattern("/{handle}/p/{id}/**", kind: .post, canonical: "{host}/p/{id}"),
            PathPattern("/{handle}/reel/{id}/**", kind: .post, canonical: "{host}/reel/{id}"),
            PathPattern("/{handle}/**", kind: .account, canonical: "{host}/{handle}"),
        ],
        reservedNames: ["p", "reel", "reels", "tv", "stories", "explore", "accounts", "direct", "about", "legal"],
        handleSuffixes: [], mentionPath: "/{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2010-10-06", event: "Instagram's launch, October 6, 2010"),
        trackingParameters: TrackingParameters(["img_index", "utm_source", "hl"]),
        loginWall: LoginWall(.redirectToLogin, reason: "Instagram redirects anonymous clients to a login page for any post"))

    public static let youtube = Platform(
        id: "youtube", name: "YouTube", hosts: ["youtube.com", "youtu.be", "youtube-nocookie.com"],
        aliasSubdomains: ["www", "m", "music"], handleSubdomainHosts: [], canonicalHost: "youtube.com",
        handleRule: .youtube, handleRulesByKind: [:], caseInsensitiveHandles: true,
        paths: [
            PathPattern("/{id}", kind: .post, canonical: "{host}/watch?v={id}", host: "youtu.be"),
            PathPattern("/watch", query: ["v": "id"], kind: .post, canonical: "{host}/watch?v={id}"),
            PathPattern("/shorts/{id}/**", kind: .post, canonical: "{host}/watch?v={id}"),
            PathPattern("/live/{id}", kind: .post, canonical: "{host}/watch?v={id}"),
            PathPattern("/embed/{id}", kind: .post, canonical: "{host}/watch?v={id}"),
            PathPattern("/v/{id}", kind: .post, canonical: "{host}/watch?v={id}"),
            PathPattern("/channel/{id}/**", kind: .channel, canonical: "{host}/channel/{id}"),
            PathPattern("/c/{handle}/**", kind: .channel, canonical: "{host}/c/{handle}"),
            PathPattern("/user/{handle}/**", kind: .channel, canonical: "{host}/user/{handle}"),
            PathPattern("/@{handle}/**", kind: .channel, canonical: "{host}/@{handle}"),
            PathPattern("/post/{id}", kind: .post, canonical: "{host}/post/{id}"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/@{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2005-02-14", event: "YouTube's founding, February 14, 2005"),
        trackingParameters: TrackingParameters(["si", "feature", "kw", "pp", "ab_channel"]))  // share links: ?si=…, ?feature=share

    public static let tiktok = Platform(
        id: "tiktok", name: "TikTok", hosts: ["tiktok.com", "vm.tiktok.com", "vt.tiktok.com"],
        aliasSubdomains: ["www", "m"], handleSubdomainHosts: [], canonicalHost: "tiktok.com", handleRule: .tiktok,
        handleRulesByKind: [:], caseInsensitiveHandles: true,
        paths: [
            PathPattern("/@{handle}/video/{id:digits}/**", kind: .post, canonical: "{host}/@{handle}/video/{id}"),
            PathPattern("/@{handle}/photo/{id:digits}/**", kind: .post, canonical: "{host}/@{handle}/photo/{id}"),
            PathPattern("/@{handle}/**", kind: .account, canonical: "{host}/@{handle}"),
            PathPattern("/t/{id}/**", kind: .post, canonical: "{host}/t/{id}"),
            PathPattern("/embed/video/{id:digits}", kind: .post, canonical: "{host}/embed/video/{id}"),
            PathPattern("/{id}/**", kind: .post, canonical: "vm.tiktok.com/{id}", host: "vm.tiktok.com"),
            PathPattern("/{id}/**", kind: .post, canonical: "vt.tiktok.com/{id}", host: "vt.tiktok.com"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/@{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2016-09-01", event: "Douyin/TikTok's launch, September 2016"),
        identifierClock: IdentifierClock(name: "TikTok video ID", scheme: .highSeconds),
        trackingParameters: TrackingParameters(
            ["is_from_webapp", "sender_device", "sender_web_id", "is_copy_url", "share_app_id", "share_link_id",
                "share_item_id", "social_sharing", "_r", "_t", "_d", "refer", "tt_from", "u_code", "checksum", "timestamp",
                "user_id", "sec_user_id", "lang"]),
        loginWall: LoginWall(.sameShellPage, reason: "TikTok serves the same shell page to anonymous clients"))

    public static let reddit = Platform(
        id: "reddit", name: "Reddit", hosts: ["reddit.com", "redd.it"],
        aliasSubdomains: ["www", "old", "new", "m", "np", "i"], handleSubdomainHosts: [], canonicalHost: "reddit.com",
        handleRule: .redditUser, handleRulesByKind: [.channel: .subreddit, .post: .subreddit],
        caseInsensitiveHandles: true,
        paths: [
            PathPattern("/r/{handle}/comments/{id}/**", kind: .post, canonical: "{host}/comments/{id}"),
            PathPattern("/r/{handle}/s/{id}", kind: .post, canonical: "{host}/r/{handle}/s/{id}"),
            PathPattern("/r/{handle}/**", kind: .channel, canonical: "{host}/r/{handle}"),
            PathPattern("/u/{handle}/**", kind: .account, canonical: "{host}/user/{handle}"),
            PathPattern("/user/{handle}/**", kind: .account, canonical: "{host}/user/{handle}"),
            PathPattern("/comments/{id}/**", kind: .post, canonical: "{host}/comments/{id}"),
            PathPattern("/{id}", kind: .post, canonical: "{host}/comments/{id}", host: "redd.it"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/user/{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2005-06-23", event: "Reddit's launch, June 23, 2005"),
        trackingParameters: TrackingParameters(["share_id", "context", "ref", "ref_source", "rdt"]))

    public static let bluesky = Platform(
        id: "bluesky", name: "Bluesky", hosts: ["bsky.app"], aliasSubdomains: ["www"], handleSubdomainHosts: [],
        canonicalHost: "bsky.app", handleRule: .bluesky, handleRulesByKind: [:], caseInsensitiveHandles: true,
        paths: [
            PathPattern("/profile/{handle}/post/{id}", kind: .post, canonical: "{host}/profile/{handle}/post/{id}"),
            PathPattern("/profile/{handle}/**", kind: .account, canonical: "{host}/profile/{handle}"),
        ],
        reservedNames: [], handleSuffixes: [".bsky.social"], mentionPath: "/profile/{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2023-02-01", event: "Bluesky's public beta, February 2023"),
        identifierClock: IdentifierClock(name: "Bluesky post TID", scheme: .atprotoTID))

    public static let threads = Platform(
        id: "threads", name: "Threads", hosts: ["threads.com", "threads.net"], aliasSubdomains: ["www"],
        handleSubdomainHosts: [], canonicalHost: "threads.com", handleRule: .instagram, handleRulesByKind: [:],
        caseInsensitiveHandles: true,
        paths: [
            PathPattern("/@{handle}/post/{id}/**", kind: .post, canonical: "{host}/@{handle}/post/{id}"),
            PathPattern("/@{handle}/**", kind: .account, canonical: "{host}/@{handle}"),
            PathPattern("/t/{id}", kind: .post, canonical: "{host}/t/{id}"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/@{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2023-07-05", event: "Threads' launch, July 5, 2023"),
        trackingParameters: TrackingParameters(["xmt", "slof"]),
        loginWall: LoginWall(.loginPage, reason: "Threads shows a login wall to anonymous clients"))

    public static let linkedin = Platform(
        id: "linkedin", name: "LinkedIn", hosts: ["linkedin.com"],
        aliasSubdomains: ["www", "m", "uk", "de", "fr", "ca", "au", "in", "es", "it", "nl", "br", "ae"],
        handleSubdomainHosts: [], canonicalHost: "linkedin.com", handleRule: .linkedin,
        handleRulesByKind: [:], caseInsensitiveHandles: true,
        paths: [
            PathPattern("/in/{handle}/**", kind: .account, canonical: "{host}/in/{handle}"),
            PathPattern("/company/{handle}/**", kind: .account, canonical: "{host}/company/{handle}"),
            PathPattern("/school/{handle}/**", kind: .account, canonical: "{host}/school/{handle}"),
            PathPattern("/posts/{id}/**", kind: .post, canonical: "{host}/posts/{id}"),
            PathPattern("/feed/update/{id}/**", kind: .post, canonical: "{host}/feed/update/{id}"),
            PathPattern("/pulse/{id}/**", kind: .post, canonical: "{host}/pulse/{id}"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/in/{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2003-05-05", event: "LinkedIn's launch, May 5, 2003"),
        trackingParameters: TrackingParameters(
            ["trk", "trkinfo", "lipi", "licu", "originalsubdomain", "midtoken", "midsig", "trackingid", "refid"]),
        loginWall: LoginWall(.loginPageOrStatus999, reason: "LinkedIn answers anonymous clients with a login wall or HTTP 999"))

    public static let vk = Platform(
        id: "vk", name: "VK", hosts: ["vk.com", "vk.ru", "vkontakte.ru"], aliasSubdomains: ["www", "m", "new"],
        handleSubdomainHosts: [], canonicalHost: "vk.com", handleRule: .vk, handleRulesByKind: [:],
        caseInsensitiveHandles: true,
        paths: [
            PathPattern("/wall{owner}_{id:digits}", kind: .post, canonical: "{host}/wall{owner}_{id}"),
            PathPattern("/video{owner}_{id:digits}", kind: .post, canonical: "{host}/video{owner}_{id}"),
            PathPattern("/{handle}", kind: .account, canonical: "{host}/{handle}"),
        ],
        reservedNames: ["feed", "im", "search", "video", "music", "groups", "friends", "settings", "login", "away.php"],
        handleSuffixes: [], mentionPath: "/{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2006-10-10", event: "VKontakte's first public version, October 10, 2006"))

    public static let rumble = Platform(
        id: "rumble", name: "Rumble", hosts: ["rumble.com"], aliasSubdomains: ["www"], handleSubdomainHosts: [],
        canonicalHost: "rumble.com", handleRule: .lenientSlug, handleRulesByKind: [:], caseInsensitiveHandles: true,
        paths: [
            PathPattern("/c/{handle}/**", kind: .channel, canonical: "{host}/c/{handle}"),
            PathPattern("/user/{handle}/**", kind: .account, canonical: "{host}/user/{handle}"),
            PathPattern("/embed/{id}/**", kind: .post, canonical: "{host}/embed/{id}"),
            PathPattern("/v{id}-*", kind: .post, canonical: "{host}/v{id}.html"),
            PathPattern("/v{id}.html", kind: .post, canonical: "{host}/v{id}.html"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/c/{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2013-10-01", event: "Rumble's founding, October 2013"))

    /// Launch: Odysee's beta opened in September 2020 and it launched in December 2020, but every
    /// Odysee URL names an LBRY upload, and LBRY carried uploads from 2016: its year is the earliest date.
    public static let odysee = Platform(
        id: "odysee", name: "Odysee", hosts: ["odysee.com"], aliasSubdomains: ["www"], handleSubdomainHosts: [],
        canonicalHost: "odysee.com", handleRule: .lenientSlug, handleRulesByKind: [:], caseInsensitiveHandles: true,
        paths: [
            PathPattern("/@{handle}:*/{id}:*", kind: .post, canonical: "{host}/@{handle}/{id}"),
            PathPattern("/@{handle}/{id}:*", kind: .post, canonical: "{host}/@{handle}/{id}"),
            PathPattern("/@{handle}:*/{id}", kind: .post, canonical: "{host}/@{handle}/{id}"),
            PathPattern("/@{handle}/{id}", kind: .post, canonical: "{host}/@{handle}/{id}"),
            PathPattern("/@{handle}:*", kind: .channel, canonical: "{host}/@{handle}"),
            PathPattern("/@{handle}", kind: .channel, canonical: "{host}/@{handle}"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/@{handle}", matchesAnyHost: false,
        launch: PlatformLaunch(
            "2016-01-01",
            event: "LBRY's launch, 2016 (Odysee, LBRY's web front end since its September 2020 beta, shows every earlier LBRY upload)"))

    public static let truthSocial = Platform(
        id: "truthsocial", name: "Truth Social", hosts: ["truthsocial.com"], aliasSubdomains: ["www"],
        handleSubdomainHosts: [], canonicalHost: "truthsocial.com", handleRule: .mastodon, handleRulesByKind: [:],
        caseInsensitiveHandles: true,
        paths: [
            PathPattern("/@{handle}/posts/{id:digits}", kind: .post, canonical: "{host}/@{handle}/posts/{id}"),
            PathPattern("/@{handle}/{id:digits}", kind: .post, canonical: "{host}/@{handle}/posts/{id}"),
            PathPattern("/@{handle}/**", kind: .account, canonical: "{host}/@{handle}"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/@{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2022-02-21", event: "Truth Social's launch, February 21, 2022"))

    public static let medium = Platform(
        id: "medium", name: "Medium", hosts: ["medium.com"], aliasSubdomains: ["www"], handleSubdomainHosts: [],
        canonicalHost: "medium.com", handleRule: nil, handleRulesByKind: [:], caseInsensitiveHandles: true,
        paths: [
            PathPattern("/@{handle}/{id}", kind: .post, canonical: "{host}/@{handle}/{id}"),
            PathPattern("/@{handle}", kind: .account, canonical: "{host}/@{handle}"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/@{handle}", matchesAnyHost: false,
        launch: PlatformLaunch("2012-08-14", event: "Medium's launch, August 14, 2012"))

    /// Mastodon and the wider fediverse: a few large instances by name, and any other host's
    /// `/@user` pages (only the `/@` patterns apply to hosts no row names).
    public static let mastodon = Platform(
        id: "mastodon", name: "Mastodon",
        hosts: [
            "mastodon.social", "mastodon.online", "mastodon.world", "mstdn.social", "mas.to", "fosstodon.org",
            "hachyderm.io", "infosec.exchange", "journa.host", "mstdn.jp", "social.vivaldi.net",
        ],
        aliasSubdomains: [], handleSubdomainHosts: [], canonicalHost: "{host}", handleRule: .mastodon,
        handleRulesByKind: [:], caseInsensitiveHandles: true,
        paths: [
            PathPattern("/@{handle}/{id:digits}", kind: .post, canonical: "{host}/@{handle}/{id}"),
            PathPattern("/@{handle}", kind: .account, canonical: "{host}/@{handle}"),
            PathPattern("/users/{handle}/statuses/{id:digits}", kind: .post, canonical: "{host}/@{handle}/{id}"),
            PathPattern("/users/{handle}", kind: .account, canonical: "{host}/@{handle}"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: nil, matchesAnyHost: true,
        launch: PlatformLaunch(
            "2016-03-16", event: "Mastodon's first release, March 16, 2016 (public launch: October 5, 2016)"))

    /// Discord: messages are named by server, channel and message ids (snowflakes since 2015-01-01).
    public static let discord = Platform(
        id: "discord", name: "Discord", hosts: ["discord.com", "discordapp.com", "discord.gg"],
        aliasSubdomains: ["www", "canary", "ptb"], handleSubdomainHosts: [], canonicalHost: "discord.com", handleRule: nil,
        handleRulesByKind: [:], caseInsensitiveHandles: false,
        paths: [
            PathPattern("/channels/{owner}/{channel}/{id:digits}", kind: .message, canonical: "{host}/channels/{owner}/{channel}/{id}"),
            PathPattern("/channels/{owner}/{channel}", kind: .channel, canonical: "{host}/channels/{owner}/{channel}"),
            PathPattern("/invite/{id}", kind: .channel, canonical: "{host}/invite/{id}"),
            PathPattern("/{id}", kind: .channel, canonical: "discord.com/invite/{id}", host: "discord.gg"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: nil, matchesAnyHost: false,
        launch: PlatformLaunch("2015-05-13", event: "Discord's launch, May 13, 2015"),
        identifierClock: IdentifierClock(
            name: "Discord message ID", kinds: [.message],
            scheme: .snowflake(epochMilliseconds: 1_420_070_400_000, sequentialBelow: 1 << 22)))

    // MARK: Web archives (their captures stand for the page archived; see `Platform.archive`)

    public static let waybackMachine = archive(
        id: "wayback", name: "Wayback Machine", hosts: ["web.archive.org", "archive.org"], capture: .waybackTimestamp,
        launch: PlatformLaunch(
            "1996-01-01", event: "the Internet Archive's first crawls, 1996 (the Wayback Machine opened October 24, 2001)"))

    public static let archiveToday = archive(
        id: "archive-today", name: "archive.today", hosts: ["archive.today", "archive.ph", "archive.is", "archive.li"],
        capture: .datedPathSegment, launch: PlatformLaunch("2012-05-01", event: "archive.today's launch, May 2012"))

    public static let webCite = archive(
        id: "webcite", name: "WebCite", hosts: ["webcitation.org"], capture: .opaque,
        launch: PlatformLaunch("1997-01-01", event: "WebCite's launch, 1997"))

    public static let permaCC = archive(
        id: "perma-cc", name: "Perma.cc", hosts: ["perma.cc"], capture: .opaque,
        launch: PlatformLaunch("2013-01-01", event: "Perma.cc's launch, 2013"))

    private static func archive(
        id: String, name: String, hosts: [String], capture: ArchiveCapture, launch: PlatformLaunch
    ) -> Platform {
        Platform(
            id: id, name: name, hosts: hosts, aliasSubdomains: [], handleSubdomainHosts: [], canonicalHost: hosts[0],
            handleRule: nil, handleRulesByKind: [:], caseInsensitiveHandles: false, paths: [], reservedNames: [],
            handleSuffixes: [], mentionPath: nil, matchesAnyHost: false, launch: launch, archive: capture)
    }
}
