/// The platform table: one row per platform. Order matters only for hosts claimed twice (none are).
extension Platform {
    public static let all: [Platform] = [
        x, telegram, facebook, instagram, youtube, tiktok, reddit, bluesky, threads, linkedin, vk,
        rumble, odysee, truthSocial, medium, mastodon,
    ]

    /// The row with `id`.
    public static func withID(_ id: String) -> Platform? { all.first { $0.id == id } }

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
        handleSuffixes: [], mentionPath: "/{handle}", matchesAnyHost: false, foundedDate: date(2006, 3, 21))

    /// Founded date: channels (what t.me links cite) opened 2015-09-22; Telegram itself launched 2013-08-14.
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
        handleSuffixes: [], mentionPath: "/{handle}", matchesAnyHost: false, foundedDate: date(2015, 9, 22))

    public static let facebook = Platform(
        id: "facebook", name: "Facebook", hosts: ["facebook.com", "fb.com"],
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
            PathPattern("/{handle}/**", kind: .account, canonical: "{host}/{handle}"),
        ],
        reservedNames: [
            "pages", "groups", "watch", "events", "photo.php", "photo", "photos", "story.php", "permalink.php",
            "profile.php", "sharer", "sharer.php", "share", "home.php", "login", "login.php", "marketplace",
            "gaming", "hashtag", "help", "policies", "privacy", "reel", "reels", "stories", "search", "notes",
        ],
        handleSuffixes: [], mentionPath: "/{handle}", matchesAnyHost: false, foundedDate: date(2004, 2, 4))

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
        handleSuffixes: [], mentionPath: "/{handle}", matchesAnyHost: false, foundedDate: date(2010, 10, 6))

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
        reservedNames: [], handleSuffixes: [], mentionPath: "/@{handle}", matchesAnyHost: false, foundedDate: date(2005, 2, 14))

    public static let tiktok = Platform(
        id: "tiktok", name: "TikTok", hosts: ["tiktok.com", "vm.tiktok.com", "vt.tiktok.com"],
        aliasSubdomains: ["www", "m"], handleSubdomainHosts: [], canonicalHost: "tiktok.com", handleRule: .tiktok,
        handleRulesByKind: [:], caseInsensitiveHandles: true,
        paths: [
            PathPattern("/@{handle}/video/{id:digits}/**", kind: .post, canonical: "{host}/@{handle}/video/{id}"),
            PathPattern("/@{handle}/photo/{id:digits}/**", kind: .post, canonical: "{host}/@{handle}/photo/{id}"),
            PathPattern("/@{handle}/**", kind: .account, canonical: "{host}/@{handle}"),
            PathPattern("/t/{id}/**", kind: .post, canonical: "{host}/t/{id}"),
            PathPattern("/{id}/**", kind: .post, canonical: "vm.tiktok.com/{id}", host: "vm.tiktok.com"),
            PathPattern("/{id}/**", kind: .post, canonical: "vt.tiktok.com/{id}", host: "vt.tiktok.com"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/@{handle}", matchesAnyHost: false, foundedDate: date(2016, 9, 1))

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
        reservedNames: [], handleSuffixes: [], mentionPath: "/user/{handle}", matchesAnyHost: false, foundedDate: date(2005, 6, 23))

    public static let bluesky = Platform(
        id: "bluesky", name: "Bluesky", hosts: ["bsky.app"], aliasSubdomains: ["www"], handleSubdomainHosts: [],
        canonicalHost: "bsky.app", handleRule: .bluesky, handleRulesByKind: [:], caseInsensitiveHandles: true,
        paths: [
            PathPattern("/profile/{handle}/post/{id}", kind: .post, canonical: "{host}/profile/{handle}/post/{id}"),
            PathPattern("/profile/{handle}/**", kind: .account, canonical: "{host}/profile/{handle}"),
        ],
        reservedNames: [], handleSuffixes: [".bsky.social"], mentionPath: "/profile/{handle}", matchesAnyHost: false, foundedDate: date(2023, 2, 1))

    public static let threads = Platform(
        id: "threads", name: "Threads", hosts: ["threads.com", "threads.net"], aliasSubdomains: ["www"],
        handleSubdomainHosts: [], canonicalHost: "threads.com", handleRule: .instagram, handleRulesByKind: [:],
        caseInsensitiveHandles: true,
        paths: [
            PathPattern("/@{handle}/post/{id}/**", kind: .post, canonical: "{host}/@{handle}/post/{id}"),
            PathPattern("/@{handle}/**", kind: .account, canonical: "{host}/@{handle}"),
            PathPattern("/t/{id}", kind: .post, canonical: "{host}/t/{id}"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/@{handle}", matchesAnyHost: false, foundedDate: date(2023, 7, 5))

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
        reservedNames: [], handleSuffixes: [], mentionPath: "/in/{handle}", matchesAnyHost: false, foundedDate: date(2003, 5, 5))

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
        handleSuffixes: [], mentionPath: "/{handle}", matchesAnyHost: false, foundedDate: date(2006, 10, 10))

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
        reservedNames: [], handleSuffixes: [], mentionPath: "/c/{handle}", matchesAnyHost: false, foundedDate: date(2013, 10, 1))

    /// Founded date: the public beta (LBRY's web front end) opened in autumn 2020.
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
        reservedNames: [], handleSuffixes: [], mentionPath: "/@{handle}", matchesAnyHost: false, foundedDate: date(2020, 9, 1))

    public static let truthSocial = Platform(
        id: "truthsocial", name: "Truth Social", hosts: ["truthsocial.com"], aliasSubdomains: ["www"],
        handleSubdomainHosts: [], canonicalHost: "truthsocial.com", handleRule: .mastodon, handleRulesByKind: [:],
        caseInsensitiveHandles: true,
        paths: [
            PathPattern("/@{handle}/posts/{id:digits}", kind: .post, canonical: "{host}/@{handle}/posts/{id}"),
            PathPattern("/@{handle}/{id:digits}", kind: .post, canonical: "{host}/@{handle}/posts/{id}"),
            PathPattern("/@{handle}/**", kind: .account, canonical: "{host}/@{handle}"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/@{handle}", matchesAnyHost: false, foundedDate: date(2022, 2, 21))

    public static let medium = Platform(
        id: "medium", name: "Medium", hosts: ["medium.com"], aliasSubdomains: ["www"], handleSubdomainHosts: [],
        canonicalHost: "medium.com", handleRule: nil, handleRulesByKind: [:], caseInsensitiveHandles: true,
        paths: [
            PathPattern("/@{handle}/{id}", kind: .post, canonical: "{host}/@{handle}/{id}"),
            PathPattern("/@{handle}", kind: .account, canonical: "{host}/@{handle}"),
        ],
        reservedNames: [], handleSuffixes: [], mentionPath: "/@{handle}", matchesAnyHost: false, foundedDate: date(2012, 8, 15))

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
        reservedNames: [], handleSuffixes: [], mentionPath: nil, matchesAnyHost: true, foundedDate: date(2016, 3, 16))

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        guard let value = CalendarDate(year: year, month: month, day: day) else {
            preconditionFailure("platform table holds an impossible date \(year)-\(month)-\(day)")
        }
        return value
    }
}
