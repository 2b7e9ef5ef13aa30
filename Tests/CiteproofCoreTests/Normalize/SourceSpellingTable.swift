@testable import CiteproofCore

/// One spelling of a source and what it must normalize to, written from each platform's documented URL forms.
struct SpellingCase: Sendable, CustomStringConvertible {
    var raw: String
    var kind: SourceKind
    var platform: String?
    var canonical: String
    var handle: String?
    var id: String?
    var description: String { raw }

    init(_ raw: String, _ kind: SourceKind, _ platform: String?, _ canonical: String, handle: String? = nil, id: String? = nil) {
        self.raw = raw
        self.kind = kind
        self.platform = platform
        self.canonical = canonical
        self.handle = handle
        self.id = id
    }
}

enum SourceSpellingTable {
    static let cases: [SpellingCase] = x + telegram + facebook + instagram + youtube + tiktok + reddit + fediverse
        + others + websites + named

    static let x: [SpellingCase] = [
        SpellingCase("Twitter.com/KM94310", .account, "x", "x.com/km94310", handle: "km94310"),
        SpellingCase("twitter.com/km94310", .account, "x", "x.com/km94310", handle: "km94310"),
        SpellingCase("https://twitter.com/KM94310", .account, "x", "x.com/km94310", handle: "km94310"),
        SpellingCase("https://www.twitter.com/KM94310/", .account, "x", "x.com/km94310", handle: "km94310"),
        SpellingCase("http://mobile.twitter.com/KM94310", .account, "x", "x.com/km94310", handle: "km94310"),
        SpellingCase("https://m.twitter.com/KM94310", .account, "x", "x.com/km94310", handle: "km94310"),
        SpellingCase("x.com/KM94310", .account, "x", "x.com/km94310", handle: "km94310"),
        SpellingCase("https://X.COM/km94310?lang=en", .account, "x", "x.com/km94310", handle: "km94310"),
        SpellingCase("@KM94310", .account, "x", "x.com/km94310", handle: "km94310"),
        SpellingCase("＠KM94310", .account, "x", "x.com/km94310", handle: "km94310"),
        SpellingCase("Twitter.com/ELNAZ16424879", .account, "x", "x.com/elnaz16424879", handle: "elnaz16424879"),
        SpellingCase("Twitter.com/mernashamari", .account, "x", "x.com/mernashamari", handle: "mernashamari"),
        SpellingCase("twitter.com/mernashamari.", .account, "x", "x.com/mernashamari", handle: "mernashamari"),
        SpellingCase("<https://twitter.com/mernashamari>", .account, "x", "x.com/mernashamari", handle: "mernashamari"),
        SpellingCase("(twitter.com/mernashamari)", .account, "x", "x.com/mernashamari", handle: "mernashamari"),
        SpellingCase("hxxps://twitter[.]com/mernashamari", .account, "x", "x.com/mernashamari", handle: "mernashamari"),
        SpellingCase("twitter.com/ mernashamari", .account, "x", "x.com/mernashamari", handle: "mernashamari"),
        SpellingCase("https://twitter.com/#!/mernashamari", .account, "x", "x.com/mernashamari", handle: "mernashamari"),
        SpellingCase("https://twitter.com/KM94310/with_replies", .account, "x", "x.com/km94310", handle: "km94310"),
        SpellingCase("https://twitter.com/KM94310/media", .account, "x", "x.com/km94310", handle: "km94310"),
        SpellingCase(
            "https://twitter.com/KM94310/status/1378318327069253633", .post, "x", "x.com/km94310/status/1378318327069253633",
            handle: "km94310", id: "1378318327069253633"),
        SpellingCase(
            "https://twitter.com/KM94310/status/1378318327069253633?s=20&t=abcDEF", .post, "x",
            "x.com/km94310/status/1378318327069253633", handle: "km94310", id: "1378318327069253633"),
        SpellingCase(
            "https://mobile.twitter.com/KM94310/status/1378318327069253633/photo/1", .post, "x",
            "x.com/km94310/status/1378318327069253633", handle: "km94310", id: "1378318327069253633"),
        SpellingCase(
            "x.com/km94310/status/1378318327069253633", .post, "x", "x.com/km94310/status/1378318327069253633",
            handle: "km94310", id: "1378318327069253633"),
        SpellingCase(
            "https://twitter.com/KM94310/statuses/1378318327069253633", .post, "x",
            "x.com/km94310/status/1378318327069253633", handle: "km94310", id: "1378318327069253633"),
        SpellingCase(
            "https://twitter.com/i/web/status/1378318327069253633", .post, "x", "x.com/i/status/1378318327069253633",
            id: "1378318327069253633"),
        SpellingCase(
            "https://x.com/i/status/1378318327069253633", .post, "x", "x.com/i/status/1378318327069253633",
            id: "1378318327069253633"),
        SpellingCase(
            "https://twitter.com/KM94310/status/1378318327069253633?ref_src=twsrc%5Etfw", .post, "x",
            "x.com/km94310/status/1378318327069253633", handle: "km94310", id: "1378318327069253633"),
        SpellingCase("https://twitter.com/search?q=%23Iraq", .website, "x", "x.com"),
        SpellingCase("https://twitter.com/hashtag/Iraq", .website, "x", "x.com"),
        SpellingCase("https://twitter.com/", .website, "x", "x.com"),
        SpellingCase("twitter.com", .website, "x", "x.com"),
    ]

    static let telegram: [SpellingCase] = [
        SpellingCase("Telegram.me/centerkaf", .channel, "telegram", "t.me/centerkaf", handle: "centerkaf"),
        SpellingCase("Telegram.me/ Qais_alkhazali", .channel, "telegram", "t.me/qais_alkhazali", handle: "qais_alkhazali"),
        SpellingCase("telegram.me/Qais_alkhazali,", .channel, "telegram", "t.me/qais_alkhazali", handle: "qais_alkhazali"),
        SpellingCase("t.me/centerkaf", .channel, "telegram", "t.me/centerkaf", handle: "centerkaf"),
        SpellingCase("https://t.me/centerkaf", .channel, "telegram", "t.me/centerkaf", handle: "centerkaf"),
        SpellingCase("https://T.ME/CenterKaf/", .channel, "telegram", "t.me/centerkaf", handle: "centerkaf"),
        SpellingCase("https://telegram.dog/centerkaf", .channel, "telegram", "t.me/centerkaf", handle: "centerkaf"),
        SpellingCase("https://www.t.me/centerkaf", .channel, "telegram", "t.me/centerkaf", handle: "centerkaf"),
        SpellingCase("https://t.me/s/centerkaf", .channel, "telegram", "t.me/centerkaf", handle: "centerkaf"),
        SpellingCase("https://centerkaf.t.me", .channel, "telegram", "t.me/centerkaf", handle: "centerkaf"),
        SpellingCase("centerkaf.t.me/", .channel, "telegram", "t.me/centerkaf", handle: "centerkaf"),
        SpellingCase("https://t.me/centerkaf/1234", .message, "telegram", "t.me/centerkaf/1234", handle: "centerkaf", id: "1234"),
        SpellingCase("https://t.me/s/centerkaf/1234", .message, "telegram", "t.me/centerkaf/1234", handle: "centerkaf", id: "1234"),
        SpellingCase("telegram.me/CenterKaf/1234", .message, "telegram", "t.me/centerkaf/1234", handle: "centerkaf", id: "1234"),
        SpellingCase("https://t.me/centerkaf/1234?single", .message, "telegram", "t.me/centerkaf/1234", handle: "centerkaf", id: "1234"),
        SpellingCase("https://t.me/c/1234567890/55", .message, "telegram", "t.me/c/1234567890/55", id: "55"),
        SpellingCase("hxxps://t[.]me/centerkaf", .channel, "telegram", "t.me/centerkaf", handle: "centerkaf"),
        SpellingCase("https://t.me/joinchat/AAAAAEv", .website, "telegram", "t.me"),
    ]

    static let facebook: [SpellingCase] = [
        SpellingCase("facebook.com/AlRafidainNews", .account, "facebook", "facebook.com/alrafidainnews", handle: "alrafidainnews"),
        SpellingCase("https://www.facebook.com/AlRafidainNews/", .account, "facebook", "facebook.com/alrafidainnews", handle: "alrafidainnews"),
        SpellingCase("https://m.facebook.com/AlRafidainNews", .account, "facebook", "facebook.com/alrafidainnews", handle: "alrafidainnews"),
        SpellingCase("https://mbasic.facebook.com/AlRafidainNews", .account, "facebook", "facebook.com/alrafidainnews", handle: "alrafidainnews"),
        SpellingCase("https://fb.com/AlRafidainNews", .account, "facebook", "facebook.com/alrafidainnews", handle: "alrafidainnews"),
        SpellingCase("https://web.facebook.com/AlRafidainNews?fbclid=IwAR0abc", .account, "facebook", "facebook.com/alrafidainnews", handle: "alrafidainnews"),
        SpellingCase("https://www.facebook.com/profile.php?id=100064", .account, "facebook", "facebook.com/profile.php?id=100064", id: "100064"),
        SpellingCase("https://m.facebook.com/profile.php?id=100064&ref=bookmarks", .account, "facebook", "facebook.com/profile.php?id=100064", id: "100064"),
        SpellingCase("https://www.facebook.com/AlRafidainNews/posts/123456789", .post, "facebook", "facebook.com/alrafidainnews/posts/123456789", handle: "alrafidainnews", id: "123456789"),
        SpellingCase("https://www.facebook.com/AlRafidainNews/videos/987654/", .post, "facebook", "facebook.com/alrafidainnews/videos/987654", handle: "alrafidainnews", id: "987654"),
        SpellingCase("https://www.facebook.com/permalink.php?story_fbid=111&id=222", .post, "facebook", "facebook.com/permalink.php?story_fbid=111&id=222", id: "111"),
        SpellingCase("https://m.facebook.com/story.php?story_fbid=111&id=222&__tn__=H-R", .post, "facebook", "facebook.com/permalink.php?story_fbid=111&id=222", id: "111"),
        SpellingCase("https://www.facebook.com/watch/?v=333444", .post, "facebook", "facebook.com/watch?v=333444", id: "333444"),
        SpellingCase("https://www.facebook.com/reel/555666", .post, "facebook", "facebook.com/reel/555666", id: "555666"),
        SpellingCase("https://www.facebook.com/groups/iraqnews/", .channel, "facebook", "facebook.com/groups/iraqnews", handle: "iraqnews"),
        SpellingCase("https://www.facebook.com/groups/iraqnews/posts/777/", .post, "facebook", "facebook.com/groups/iraqnews/posts/777", handle: "iraqnews", id: "777"),
    ]

    static let instagram: [SpellingCase] = [
        SpellingCase("instagram.com/some.user_1", .account, "instagram", "instagram.com/some.user_1", handle: "some.user_1"),
        SpellingCase("https://www.instagram.com/Some.User_1/", .account, "instagram", "instagram.com/some.user_1", handle: "some.user_1"),
        SpellingCase("https://instagram.com/some.user_1?igshid=YmMyMTA2M2Y=", .account, "instagram", "instagram.com/some.user_1", handle: "some.user_1"),
        SpellingCase("https://instagr.am/some.user_1", .account, "instagram", "instagram.com/some.user_1", handle: "some.user_1"),
        SpellingCase("https://www.instagram.com/p/CNRdQ3xLx1A/", .post, "instagram", "instagram.com/p/CNRdQ3xLx1A", id: "CNRdQ3xLx1A"),
        SpellingCase("https://www.instagram.com/p/CNRdQ3xLx1A/?utm_source=ig_web_copy_link", .post, "instagram", "instagram.com/p/CNRdQ3xLx1A", id: "CNRdQ3xLx1A"),
        SpellingCase("https://www.instagram.com/some.user_1/p/CNRdQ3xLx1A/", .post, "instagram", "instagram.com/p/CNRdQ3xLx1A", handle: "some.user_1", id: "CNRdQ3xLx1A"),
        SpellingCase("https://www.instagram.com/reel/CqX1abcDEF/", .post, "instagram", "instagram.com/reel/CqX1abcDEF", id: "CqX1abcDEF"),
        SpellingCase("https://www.instagram.com/reels/CqX1abcDEF/", .post, "instagram", "instagram.com/reel/CqX1abcDEF", id: "CqX1abcDEF"),
        SpellingCase("https://www.instagram.com/tv/B1abc/", .post, "instagram", "instagram.com/tv/B1abc", id: "B1abc"),
        SpellingCase("https://www.instagram.com/stories/some.user_1/3012345678/", .post, "instagram", "instagram.com/stories/some.user_1/3012345678", handle: "some.user_1", id: "3012345678"),
        SpellingCase("https://www.instagram.com/explore/tags/iraq/", .website, "instagram", "instagram.com"),
    ]

    static let youtube: [SpellingCase] = [
        SpellingCase("https://www.youtube.com/watch?v=dQw4w9WgXcQ", .post, "youtube", "youtube.com/watch?v=dQw4w9WgXcQ", id: "dQw4w9WgXcQ"),
        SpellingCase("youtube.com/watch?v=dQw4w9WgXcQ&feature=youtu.be", .post, "youtube", "youtube.com/watch?v=dQw4w9WgXcQ", id: "dQw4w9WgXcQ"),
        SpellingCase("https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", .post, "youtube", "youtube.com/watch?v=dQw4w9WgXcQ", id: "dQw4w9WgXcQ"),
        SpellingCase("https://youtu.be/dQw4w9WgXcQ", .post, "youtube", "youtube.com/watch?v=dQw4w9WgXcQ", id: "dQw4w9WgXcQ"),
        SpellingCase("https://youtu.be/dQw4w9WgXcQ?si=AbCdEf123", .post, "youtube", "youtube.com/watch?v=dQw4w9WgXcQ", id: "dQw4w9WgXcQ"),
        SpellingCase("https://www.youtube.com/shorts/abcDEF12345", .post, "youtube", "youtube.com/watch?v=abcDEF12345", id: "abcDEF12345"),
        SpellingCase("https://www.youtube.com/live/abcDEF12345", .post, "youtube", "youtube.com/watch?v=abcDEF12345", id: "abcDEF12345"),
        SpellingCase("https://www.youtube.com/embed/dQw4w9WgXcQ", .post, "youtube", "youtube.com/watch?v=dQw4w9WgXcQ", id: "dQw4w9WgXcQ"),
        SpellingCase("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", .post, "youtube", "youtube.com/watch?v=dQw4w9WgXcQ", id: "dQw4w9WgXcQ"),
        SpellingCase("https://music.youtube.com/watch?v=dQw4w9WgXcQ", .post, "youtube", "youtube.com/watch?v=dQw4w9WgXcQ", id: "dQw4w9WgXcQ"),
        SpellingCase("https://www.youtube.com/@MEMRIVideos", .channel, "youtube", "youtube.com/@memrivideos", handle: "memrivideos"),
        SpellingCase("youtube.com/@memrivideos/videos", .channel, "youtube", "youtube.com/@memrivideos", handle: "memrivideos"),
        SpellingCase("https://www.youtube.com/channel/UC0v-tlzsn0QZwJnkiaUSJVQ", .channel, "youtube", "youtube.com/channel/UC0v-tlzsn0QZwJnkiaUSJVQ", id: "UC0v-tlzsn0QZwJnkiaUSJVQ"),
        SpellingCase("https://www.youtube.com/c/MEMRIVideos", .channel, "youtube", "youtube.com/c/memrivideos", handle: "memrivideos"),
        SpellingCase("https://www.youtube.com/user/MEMRIVideos/featured", .channel, "youtube", "youtube.com/user/memrivideos", handle: "memrivideos"),
        SpellingCase("https://www.youtube.com/results?search_query=iraq", .website, "youtube", "youtube.com"),
    ]

    static let tiktok: [SpellingCase] = [
        SpellingCase("https://www.tiktok.com/@some.user", .account, "tiktok", "tiktok.com/@some.user", handle: "some.user"),
        SpellingCase("tiktok.com/@Some.User?lang=en", .account, "tiktok", "tiktok.com/@some.user", handle: "some.user"),
        SpellingCase("https://m.tiktok.com/@some.user", .account, "tiktok", "tiktok.com/@some.user", handle: "some.user"),
        SpellingCase("https://www.tiktok.com/@some.user/video/7212345678901234567", .post, "tiktok", "tiktok.com/@some.user/video/7212345678901234567", handle: "some.user", id: "7212345678901234567"),
        SpellingCase("https://www.tiktok.com/@some.user/video/7212345678901234567?is_from_webapp=1&sender_device=pc", .post, "tiktok", "tiktok.com/@some.user/video/7212345678901234567", handle: "some.user", id: "7212345678901234567"),
        SpellingCase("https://vm.tiktok.com/ZMabc123/", .post, "tiktok", "vm.tiktok.com/ZMabc123", id: "ZMabc123"),
        SpellingCase("https://www.tiktok.com/t/ZTRabc123/", .post, "tiktok", "tiktok.com/t/ZTRabc123", id: "ZTRabc123"),
    ]

    static let reddit: [SpellingCase] = [
        SpellingCase("https://www.reddit.com/r/Iraq/", .channel, "reddit", "reddit.com/r/iraq", handle: "iraq"),
        SpellingCase("reddit.com/r/iraq", .channel, "reddit", "reddit.com/r/iraq", handle: "iraq"),
        SpellingCase("https://old.reddit.com/r/Iraq/top/", .channel, "reddit", "reddit.com/r/iraq", handle: "iraq"),
        SpellingCase("https://new.reddit.com/r/Iraq", .channel, "reddit", "reddit.com/r/iraq", handle: "iraq"),
        SpellingCase("https://www.reddit.com/r/Iraq/comments/mjk3z1/some_title/", .post, "reddit", "reddit.com/comments/mjk3z1", handle: "iraq", id: "mjk3z1"),
        SpellingCase("https://old.reddit.com/r/Iraq/comments/mjk3z1/?share_id=xyz&utm_medium=web2x", .post, "reddit", "reddit.com/comments/mjk3z1", handle: "iraq", id: "mjk3z1"),
        SpellingCase("https://redd.it/mjk3z1", .post, "reddit", "reddit.com/comments/mjk3z1", id: "mjk3z1"),
        SpellingCase("https://www.reddit.com/comments/mjk3z1", .post, "reddit", "reddit.com/comments/mjk3z1", id: "mjk3z1"),
        SpellingCase("https://www.reddit.com/u/Some_User-1", .account, "reddit", "reddit.com/user/some_user-1", handle: "some_user-1"),
        SpellingCase("https://www.reddit.com/user/Some_User-1/submitted/", .account, "reddit", "reddit.com/user/some_user-1", handle: "some_user-1"),
        SpellingCase("https://np.reddit.com/user/Some_User-1", .account, "reddit", "reddit.com/user/some_user-1", handle: "some_user-1"),
    ]

    static let fediverse: [SpellingCase] = [
        SpellingCase("@Gargron@mastodon.social", .account, "mastodon", "mastodon.social/@gargron", handle: "gargron"),
        SpellingCase("https://mastodon.social/@Gargron", .account, "mastodon", "mastodon.social/@gargron", handle: "gargron"),
        SpellingCase("https://mastodon.social/@Gargron/109876543210", .post, "mastodon", "mastodon.social/@gargron/109876543210", handle: "gargron", id: "109876543210"),
        SpellingCase("https://mastodon.social/users/Gargron", .account, "mastodon", "mastodon.social/@gargron", handle: "gargron"),
        SpellingCase("https://mastodon.social/users/Gargron/statuses/109876543210", .post, "mastodon", "mastodon.social/@gargron/109876543210", handle: "gargron", id: "109876543210"),
        SpellingCase("@someone@example.social", .account, "mastodon", "example.social/@someone", handle: "someone"),
        SpellingCase("https://Example.Social/@someone", .account, "mastodon", "example.social/@someone", handle: "someone"),
        SpellingCase("https://example.social/@someone/110000000000000001", .post, "mastodon", "example.social/@someone/110000000000000001", handle: "someone", id: "110000000000000001"),
        SpellingCase("https://bsky.app/profile/someone.bsky.social", .account, "bluesky", "bsky.app/profile/someone.bsky.social", handle: "someone.bsky.social"),
        SpellingCase("bsky.app/profile/SomeOne.bsky.social/", .account, "bluesky", "bsky.app/profile/someone.bsky.social", handle: "someone.bsky.social"),
        SpellingCase("@someone.bsky.social", .account, "bluesky", "bsky.app/profile/someone.bsky.social", handle: "someone.bsky.social"),
        SpellingCase("https://bsky.app/profile/someone.bsky.social/post/3kabc2def", .post, "bluesky", "bsky.app/profile/someone.bsky.social/post/3kabc2def", handle: "someone.bsky.social", id: "3kabc2def"),
        SpellingCase("https://bsky.app/profile/did:plc:abc123", .account, "bluesky", "bsky.app/profile/did:plc:abc123", handle: "did:plc:abc123"),
        SpellingCase("https://www.threads.net/@zuck", .account, "threads", "threads.com/@zuck", handle: "zuck"),
        SpellingCase("https://www.threads.com/@Zuck/post/CuXFPIeLLod", .post, "threads", "threads.com/@zuck/post/CuXFPIeLLod", handle: "zuck", id: "CuXFPIeLLod"),
        SpellingCase("threads.net/@zuck/post/CuXFPIeLLod?xmt=AQGz", .post, "threads", "threads.com/@zuck/post/CuXFPIeLLod", handle: "zuck", id: "CuXFPIeLLod"),
        SpellingCase("https://truthsocial.com/@realDonaldTrump", .account, "truthsocial", "truthsocial.com/@realdonaldtrump", handle: "realdonaldtrump"),
        SpellingCase("https://truthsocial.com/@realDonaldTrump/posts/108000000000000001", .post, "truthsocial", "truthsocial.com/@realdonaldtrump/posts/108000000000000001", handle: "realdonaldtrump", id: "108000000000000001"),
        SpellingCase("https://truthsocial.com/@realDonaldTrump/108000000000000001", .post, "truthsocial", "truthsocial.com/@realdonaldtrump/posts/108000000000000001", handle: "realdonaldtrump", id: "108000000000000001"),
    ]

    static let others: [SpellingCase] = [
        SpellingCase("https://www.linkedin.com/in/Jane-Doe-123/", .account, "linkedin", "linkedin.com/in/jane-doe-123", handle: "jane-doe-123"),
        SpellingCase("https://uk.linkedin.com/in/jane-doe-123?trk=people-guest", .account, "linkedin", "linkedin.com/in/jane-doe-123", handle: "jane-doe-123"),
        SpellingCase("linkedin.com/company/memri", .account, "linkedin", "linkedin.com/company/memri", handle: "memri"),
        SpellingCase("https://www.linkedin.com/posts/jane-doe_activity-7000", .post, "linkedin", "linkedin.com/posts/jane-doe_activity-7000", id: "jane-doe_activity-7000"),
        SpellingCase("https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000000/", .post, "linkedin", "linkedin.com/feed/update/urn:li:activity:7000000000000000000", id: "urn:li:activity:7000000000000000000"),
        SpellingCase("https://vk.com/durov", .account, "vk", "vk.com/durov", handle: "durov"),
        SpellingCase("https://m.vk.com/Durov", .account, "vk", "vk.com/durov", handle: "durov"),
        SpellingCase("vk.ru/durov", .account, "vk", "vk.com/durov", handle: "durov"),
        SpellingCase("https://vk.com/wall-12345_678", .post, "vk", "vk.com/wall-12345_678", id: "678"),
        SpellingCase("https://vk.com/wall1_45", .post, "vk", "vk.com/wall1_45", id: "45"),
        SpellingCase("https://vk.com/video-12345_456", .post, "vk", "vk.com/video-12345_456", id: "456"),
        SpellingCase("https://rumble.com/c/SomeChannel", .channel, "rumble", "rumble.com/c/somechannel", handle: "somechannel"),
        SpellingCase("https://rumble.com/user/SomeUser", .account, "rumble", "rumble.com/user/someuser", handle: "someuser"),
        SpellingCase("https://rumble.com/v4abc12-some-video-title.html", .post, "rumble", "rumble.com/v4abc12.html", id: "4abc12"),
        SpellingCase("https://rumble.com/embed/v4xyz/", .post, "rumble", "rumble.com/embed/v4xyz", id: "v4xyz"),
        SpellingCase("https://odysee.com/@SomeChannel:7", .channel, "odysee", "odysee.com/@somechannel", handle: "somechannel"),
        SpellingCase("https://odysee.com/@SomeChannel", .channel, "odysee", "odysee.com/@somechannel", handle: "somechannel"),
        SpellingCase("https://odysee.com/@SomeChannel:7/some-video:a", .post, "odysee", "odysee.com/@somechannel/some-video", handle: "somechannel", id: "some-video"),
        SpellingCase("https://medium.com/@someone", .account, "medium", "medium.com/@someone", handle: "someone"),
        SpellingCase("https://discord.com/channels/81384788765712384/381887113391505410/827875078963200000", .message, "discord", "discord.com/channels/81384788765712384/381887113391505410/827875078963200000", id: "827875078963200000"),
        SpellingCase("https://ptb.discordapp.com/channels/81384788765712384/381887113391505410", .channel, "discord", "discord.com/channels/81384788765712384/381887113391505410"),
        SpellingCase("discord.gg/swift", .channel, "discord", "discord.com/invite/swift", id: "swift"),
        SpellingCase("https://medium.com/@someone/a-title-1a2b3c", .post, "medium", "medium.com/@someone/a-title-1a2b3c", handle: "someone", id: "a-title-1a2b3c"),
    ]

    static let websites: [SpellingCase] = [
        SpellingCase("Al-Rafidain.news", .website, nil, "al-rafidain.news"),
        SpellingCase("al-rafidain.news", .website, nil, "al-rafidain.news"),
        SpellingCase("www.Al-Rafidain.news", .website, nil, "al-rafidain.news"),
        SpellingCase("https://al-rafidain.news/2021/04/04/balad/", .website, nil, "al-rafidain.news"),
        SpellingCase("Ahlulhaq.com", .website, nil, "ahlulhaq.com"),
        SpellingCase("Ahlulhaq.com,", .website, nil, "ahlulhaq.com"),
        SpellingCase("http://www.ahlulhaq.com/?p=1234&utm_source=telegram", .website, nil, "ahlulhaq.com"),
        SpellingCase("hxxp://ahlulhaq[.]com", .website, nil, "ahlulhaq.com"),
        SpellingCase("https://news.bbc.co.uk/2/hi/middle_east/1.stm", .website, nil, "bbc.co.uk"),
        SpellingCase("news.bbc.co.uk", .website, nil, "bbc.co.uk"),
        SpellingCase("https://www.bbc.co.uk/news", .website, nil, "bbc.co.uk"),
        SpellingCase("https://someone.github.io/page", .website, nil, "someone.github.io"),
        SpellingCase("https://Bücher.de/", .website, nil, "xn--bcher-kva.de"),
        SpellingCase("Пример.рф/новости", .website, nil, "xn--e1afmkfd.xn--p1ai"),
        SpellingCase("https://memri.org/reports/some-report", .website, nil, "memri.org"),
        SpellingCase("MEMRI.org", .website, nil, "memri.org"),
        SpellingCase("https://www.memri.org:443/tv/clip/7700", .website, nil, "memri.org"),
        SpellingCase("https://alsumaria.tv/news/1", .website, nil, "alsumaria.tv"),
        SpellingCase("https://www.almayadeen.net", .website, nil, "almayadeen.net"),
        SpellingCase("https://192.0.2.16:8080/x", .website, nil, "192.0.2.16"),
    ]

    static let named: [SpellingCase] = [
        SpellingCase("MEMRI TV Clip No. 7700", .named, nil, "MEMRI TV Clip No. 7700"),
        SpellingCase("MEMRI TV Clip  No.\u{00A0}7700", .named, nil, "MEMRI TV Clip No. 7700"),
        SpellingCase("Riverton Ledger", .named, nil, "Riverton Ledger"),
        SpellingCase("  Riverton\nLedger ", .named, nil, "Riverton Ledger"),
        SpellingCase("Al-Sumaria TV", .named, nil, "Al-Sumaria TV"),
        SpellingCase("Reuters", .named, nil, "Reuters"),
        SpellingCase("index.html", .named, nil, "index.html"),
        SpellingCase("Iraqi News Agency (INA)", .named, nil, "Iraqi News Agency (INA)"),
    ]
}
