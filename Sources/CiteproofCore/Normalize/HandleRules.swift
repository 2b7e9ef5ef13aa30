/// The documented handle rules the platform table refers to.
extension HandleRule {
    /// X/Twitter: 15 characters since 2009; earlier accounts keep names of up to 20.
    static let x = HandleRule(
        lengths: 1...15, existingLengths: 1...20, allowed: "A-Za-z0-9_",
        summary: "1–15 letters (A–Z), digits or underscores",
        legacyNote: "accounts from before the 15-character limit can have up to 20")

    static let telegram = HandleRule(
        lengths: 5...32, existingLengths: 4...32, allowed: "A-Za-z0-9_", allowedFirst: "A-Za-z",
        summary: "5–32 letters (A–Z), digits or underscores, starting with a letter",
        legacyNote: "collectible usernames sold on Fragment can have 4")

    static let facebook = HandleRule(
        lengths: 5...50, allowed: "A-Za-z0-9.-",
        summary: "at least 5 letters (A–Z), digits or periods (old page addresses also use hyphens)")

    static let instagram = HandleRule(
        lengths: 1...30, allowed: "A-Za-z0-9._", forbiddenLast: ".", forbiddenSequences: [".."],
        summary: "1–30 letters (A–Z), digits, periods or underscores, not ending in a period nor with two periods in a row")

    static let youtube = HandleRule(
        lengths: 3...30, allowed: "A-Za-z0-9._-", allowsNonASCIILetters: true,
        summary: "3–30 letters, digits, underscores, hyphens or periods")

    static let tiktok = HandleRule(
        lengths: 2...24, allowed: "A-Za-z0-9._", forbiddenLast: ".",
        summary: "2–24 letters (A–Z), digits, underscores or periods, not ending in a period")

    static let redditUser = HandleRule(
        lengths: 3...20, allowed: "A-Za-z0-9_-",
        summary: "user names of 3–20 letters (A–Z), digits, underscores or hyphens")

    static let subreddit = HandleRule(
        lengths: 3...21, existingLengths: 2...21, allowed: "A-Za-z0-9_", allowedFirst: "A-Za-z0-9",
        summary: "community names of 3–21 letters (A–Z), digits or underscores",
        legacyNote: "a few early communities have 2")

    static let mastodon = HandleRule(
        lengths: 1...30, allowed: "A-Za-z0-9_", summary: "user names of 1–30 letters (A–Z), digits or underscores")

    static let bluesky = HandleRule(
        lengths: 3...253, allowed: "A-Za-z0-9.:-",
        summary: "a domain name such as name.bsky.social (letters, digits, hyphens, periods) or a did: identifier")

    static let linkedin = HandleRule(
        lengths: 3...100, allowed: "A-Za-z0-9-", allowsNonASCIILetters: true,
        summary: "public profile addresses of 3–100 letters, digits or hyphens")

    static let vk = HandleRule(
        lengths: 5...32, existingLengths: 2...32, allowed: "A-Za-z0-9_.",
        summary: "short addresses of 5–32 letters (A–Z), digits, underscores or periods",
        legacyNote: "numeric addresses such as id1 and early short names are shorter")

    /// The platform's own "any segment": groups, channels of platforms without a documented rule.
    static let lenientSlug = HandleRule(
        lengths: 1...100, allowed: "A-Za-z0-9._-", allowsNonASCIILetters: true,
        summary: "letters, digits, periods, underscores or hyphens")
}
