import Foundation

/// A time read out of an identifier in a URL.
struct DecodedIdentifierTime: Hashable, Sendable {
    enum Meaning: Hashable, Sendable {
        /// The post was created at that instant (snowflake IDs, TikTok IDs, Bluesky TIDs).
        case createdAt
        /// An archive captured the page then: the source existed by that time.
        case capturedAt
        /// A date in the URL's path (`/2021/04/03/`): the page's own date, to the day or month.
        case pathDate(DatePrecision)
    }

    var meaning: Meaning
    /// What was decoded: "X status ID 1378…", "Wayback Machine capture 20210405…".
    var source: String
    /// Milliseconds since 1970-01-01T00:00:00Z.
    var millisecondsSinceEpoch: Int64

    var utcDay: CalendarDate {
        CalendarDate(daysSinceEpoch: Int((millisecondsSinceEpoch - (millisecondsSinceEpoch % 86_400_000 + 86_400_000) % 86_400_000) / 86_400_000))
    }

    /// `2021-04-03 14:22:10 UTC`, or the day alone for path dates.
    var utcDescription: String {
        if case .pathDate(let precision) = meaning {
            return precision == .month ? String(utcDay.description.prefix(7)) : utcDay.description
        }
        let secondsOfDay = Int(((millisecondsSinceEpoch % 86_400_000) + 86_400_000) % 86_400_000) / 1000
        let time = [secondsOfDay / 3600, secondsOfDay / 60 % 60, secondsOfDay % 60]
            .map { String($0).leftPadded(to: 2) }.joined(separator: ":")
        return "\(utcDay) \(time) UTC"
    }
}

/// Reads creation times out of post identifiers in URLs. Which hosts and paths carry which
/// kind of identifier is data; the arithmetic is one function per kind.
enum DateIdentifierDecoders {
    enum Scheme: Sendable {
        /// `(id >> 22) + epoch` milliseconds (X/Twitter, Discord). IDs below `sequentialBelow` predate it.
        case snowflake(epochMilliseconds: Int64, sequentialBelow: UInt64)
        /// `id >> 32` seconds since 1970 (TikTok video IDs).
        case highSeconds
        /// AT Protocol TID: 13 base32-sortable characters, microseconds since 1970 in bits 10…62.
        case atprotoTID
    }

    struct PostPattern: Sendable {
        var name: String
        var hosts: [String]
        /// Path segments; `*` matches any segment, `#` is the identifier, `?` is optional from there on.
        var paths: [[String]]
        var scheme: Scheme
    }

    static let twitterEpoch: Int64 = 1_288_834_974_657
    static let discordEpoch: Int64 = 1_420_070_400_000

    static let postPatterns: [PostPattern] = [
        PostPattern(
            name: "X status ID", hosts: ["twitter.com", "x.com"],
            paths: [["*", "status", "#"], ["*", "statuses", "#"], ["i", "web", "status", "#"], ["i", "status", "#"]],
            scheme: .snowflake(epochMilliseconds: twitterEpoch, sequentialBelow: 30_000_000_000)),
        PostPattern(
            name: "Discord message ID", hosts: ["discord.com", "discordapp.com"],
            paths: [["channels", "*", "*", "#"]],
            scheme: .snowflake(epochMilliseconds: discordEpoch, sequentialBelow: 1 << 22)),
        PostPattern(name: "TikTok video ID", hosts: ["tiktok.com"], paths: [["*", "video", "#"]], scheme: .highSeconds),
        PostPattern(name: "Bluesky post TID", hosts: ["bsky.app"], paths: [["profile", "*", "post", "#"]], scheme: .atprotoTID),
    ]

    /// Every time the URL's identifiers encode (a Wayback URL gives its capture and whatever its
    /// archived URL encodes).
    static func decode(_ url: String) -> [DecodedIdentifierTime] {
        memo.value(for: url) { computeDecode(url) } ?? []
    }

    private static let memo = Memo<[DecodedIdentifierTime]>()

    private static func computeDecode(_ url: String) -> [DecodedIdentifierTime] {
        guard let (host, segments) = split(url) else { return [] }
        if host == "web.archive.org" || host == "archive.org", segments.first == "web", segments.count >= 2 {
            var result: [DecodedIdentifierTime] = []
            if let capture = waybackCapture(segments[1]) { result.append(capture) }
            if let inner = url.range(of: segments[1] + "/") {
                result += decode(String(url[inner.upperBound...]))
            }
            return result
        }
        if let post = decodePost(host: host, segments: segments) { return [post] }
        return pathDate(segments).map { [$0] } ?? []
    }

    /// Whether the URL names one post or message (not an account or a channel).
    static func isPostURL(_ url: String) -> Bool {
        guard let (host, segments) = split(url) else { return false }
        if postPatterns.contains(where: { pattern in hostMatches(host, pattern.hosts) && pattern.paths.contains { match(segments, $0) != nil } }) {
            return true
        }
        // t.me/channel/123
        if hostMatches(host, ["t.me", "telegram.me"]), segments.count >= 2, segments.last!.allSatisfy(\.isNumber) { return true }
        return false
    }

    // MARK: Kinds

    private static func decodePost(host: String, segments: [String]) -> DecodedIdentifierTime? {
        for pattern in postPatterns where hostMatches(host, pattern.hosts) {
            for path in pattern.paths {
                guard let identifier = match(segments, path) else { continue }
                guard let ms = milliseconds(identifier, scheme: pattern.scheme) else { return nil }
                return DecodedIdentifierTime(meaning: .createdAt, source: "\(pattern.name) \(identifier)", millisecondsSinceEpoch: ms)
            }
        }
        return nil
    }

    static func milliseconds(_ identifier: String, scheme: Scheme) -> Int64? {
        switch scheme {
        case .snowflake(let epoch, let sequentialBelow):
            guard let id = UInt64(identifier), id >= sequentialBelow else { return nil }
            return Int64(id >> 22) + epoch
        case .highSeconds:
            guard let id = UInt64(identifier) else { return nil }
            let seconds = Int64(id >> 32)
            // Before 2016 the ID is not a TikTok timestamp.
            guard seconds >= 1_451_606_400 else { return nil }
            return seconds * 1000
        case .atprotoTID:
            let alphabet = Array("234567abcdefghijklmnopqrstuvwxyz")
            guard identifier.count == 13 else { return nil }
            var value: UInt64 = 0
            for character in identifier {
                guard let digit = alphabet.firstIndex(of: character) else { return nil }
                value = (value << 5) | UInt64(digit)
            }
            guard value >> 63 == 0 else { return nil }
            return Int64(value >> 10) / 1000
        }
    }

    /// `20210405123456` (4 to 14 digits; missing parts are the start of the period).
    private static func waybackCapture(_ segment: String) -> DecodedIdentifierTime? {
        let digits = segment.prefix { $0.isNumber }
        guard digits.count >= 8, digits.count <= 14 else { return nil }
        let padded = Array(digits + String(repeating: "0", count: 14 - digits.count))
        func number(_ range: Range<Int>) -> Int { Int(String(padded[range]))! }
        guard let day = CalendarDate(year: number(0..<4), month: number(4..<6), day: number(6..<8)) else { return nil }
        let seconds = Int64(number(8..<10) * 3600 + number(10..<12) * 60 + number(12..<14))
        return DecodedIdentifierTime(
            meaning: .capturedAt, source: "Wayback Machine capture \(digits)",
            millisecondsSinceEpoch: (Int64(day.daysSinceEpoch) * 86_400 + seconds) * 1000)
    }

    /// `/2021/04/03/`, `/2021/04/`, `/2021-04-03/` in a path; `/1399/12/22/` is a Solar Hijri day
    /// (Persian news sites), converted with Foundation's Persian calendar, never the year 1399.
    private static func pathDate(_ segments: [String]) -> DecodedIdentifierTime? {
        for (index, segment) in segments.enumerated() {
            if segment.count == 4, let year = Int(segment), (1350...1450).contains(year), index + 2 < segments.count,
                segments[index + 1].count <= 2, segments[index + 2].count <= 2,
                let month = Int(segments[index + 1]), let dayNumber = Int(segments[index + 2]),
                let converted = DateCalendar.persian.gregorian(year: year, month: month, day: dayNumber), converted.exists
            {
                return DecodedIdentifierTime(
                    meaning: .pathDate(.day),
                    source: "the Solar Hijri date /\(segment)/\(segments[index + 1])/\(segments[index + 2])/ in the URL",
                    millisecondsSinceEpoch: Int64(converted.date.daysSinceEpoch) * 86_400_000)
            }
            if segment.count == 10, let day = CalendarDate(iso: segment) {
                return DecodedIdentifierTime(meaning: .pathDate(.day), source: "the date /\(segment)/ in the URL",
                    millisecondsSinceEpoch: Int64(day.daysSinceEpoch) * 86_400_000)
            }
            guard segment.count == 4, let year = Int(segment), (1990...2100).contains(year), index + 1 < segments.count,
                segments[index + 1].count == 2, let month = Int(segments[index + 1]), (1...12).contains(month)
            else { continue }
            if index + 2 < segments.count, segments[index + 2].count == 2, let dayNumber = Int(segments[index + 2]),
                let day = CalendarDate(year: year, month: month, day: dayNumber)
            {
                return DecodedIdentifierTime(
                    meaning: .pathDate(.day), source: "the date /\(segment)/\(segments[index + 1])/\(segments[index + 2])/ in the URL",
                    millisecondsSinceEpoch: Int64(day.daysSinceEpoch) * 86_400_000)
            }
            let first = CalendarDate(year: year, month: month, day: 1)!
            return DecodedIdentifierTime(
                meaning: .pathDate(.month), source: "the date /\(segment)/\(segments[index + 1])/ in the URL",
                millisecondsSinceEpoch: Int64(first.daysSinceEpoch) * 86_400_000)
        }
        return nil
    }

    // MARK: URL pieces

    /// Host (lower-cased, without `www.`/`mobile.`/`m.`) and path segments.
    static func split(_ url: String) -> (String, [String])? {
        var rest = Substring(url.trimmingWhitespace())
        if let scheme = rest.byteRange(of: "://") { rest = rest[scheme.upperBound...] }
        let hostPart = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let host = DateRuleText.host(of: String(hostPart)) else { return nil }
        let path = rest.dropFirst(hostPart.count).prefix { $0 != "?" && $0 != "#" }
        return (host, path.split(separator: "/").map(String.init))
    }

    static func hostMatches(_ host: String, _ hosts: [String]) -> Bool {
        hosts.contains { host == $0 || host.hasSuffix("." + $0) }
    }

    /// The identifier segment when the path fits the pattern.
    private static func match(_ segments: [String], _ pattern: [String]) -> String? {
        guard segments.count >= pattern.count else { return nil }
        var identifier: String?
        for (segment, expected) in zip(segments, pattern) {
            switch expected {
            case "*": continue
            case "#": identifier = segment
            default: if segment.lowercased() != expected { return nil }
            }
        }
        return identifier
    }
}
