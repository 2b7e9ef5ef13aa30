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

/// Reads creation times out of URLs: a post's id by its platform's `identifierClock`, an archive
/// capture by its archive's `ArchiveCapture`, and dates in paths. Which platforms and kinds carry
/// which clock is data in the platform table; the arithmetic is one function per scheme.
enum DateIdentifierDecoders {
    typealias Scheme = IdentifierClock.Scheme

    /// Every time the URL encodes (a Wayback URL gives its capture and whatever its archived URL encodes).
    static func decode(_ url: String, catalog: PlatformCatalog = .builtIn) -> [DecodedIdentifierTime] {
        guard catalog.isBuiltIn else { return computeDecode(url, catalog: catalog) }
        return memo.value(for: url) { computeDecode(url, catalog: catalog) } ?? []
    }

    private static let memo = Memo<[DecodedIdentifierTime]>()

    private static func computeDecode(_ url: String, catalog: PlatformCatalog) -> [DecodedIdentifierTime] {
        let text = url.trimmingWhitespace()
        guard SourceNormalizer.looksLikeURL(text), let normalized = URLNormalizer.normalize(text, catalog: catalog),
            let host = normalized.host
        else { return [] }
        let segments = normalized.path.split(separator: "/").map(String.init)
        if let capture = catalog.archive(forHost: host)?.archive {
            return archiveTimes(text, segments: segments, capture: capture, catalog: catalog)
        }
        // Only a host whose platform has an identifier clock can hold a post id worth identifying
        // (identifying every news URL again was a tenth of a check).
        if let platform = normalized.platform, catalog.platform(id: platform)?.identifierClock != nil,
            let identity = SourceNormalizer.identify(text, catalog: catalog), let post = decodePost(identity, catalog: catalog)
        {
            return [post]
        }
        return pathDate(segments).map { [$0] } ?? []
    }

    /// A necessary condition, checked on the text, of `decode` finding anything: a snowflake or TikTok
    /// id, a capture stamp or a dated path puts a digit right after a `/`; a Bluesky TID (which may
    /// start with a letter) follows `/post/`. (Decoding normalizes the URL; most cited URLs hold no
    /// time, and normalizing each again was a tenth of a check.)
    static func mayEncodeTime(_ url: String) -> Bool {
        if url.utf8.count >= 6, url.contains("/post/") { return true }
        var afterSlash = false
        for byte in url.utf8 {
            if afterSlash, byte >= 0x30, byte <= 0x39 { return true }
            afterSlash = byte == UInt8(ascii: "/")
        }
        return false
    }

    /// Whether the URL names one post or message (not an account or a channel).
    static func isPostURL(_ url: String, catalog: PlatformCatalog = .builtIn) -> Bool {
        let kind = SourceNormalizer.identify(url, catalog: catalog)?.kind
        return kind == .post || kind == .message
    }

    // MARK: Kinds

    /// The creation time the identity's id encodes, by its platform's clock for its kind.
    static func decodePost(_ identity: SourceIdentity, catalog: PlatformCatalog) -> DecodedIdentifierTime? {
        guard let id = identity.id, let clock = identity.platform.flatMap(catalog.platform(id:))?.identifierClock,
            clock.kinds.contains(identity.kind), let ms = milliseconds(id, scheme: clock.scheme)
        else { return nil }
        return DecodedIdentifierTime(meaning: .createdAt, source: "\(clock.name) \(id)", millisecondsSinceEpoch: ms)
    }

    /// The capture time an archive URL encodes, then what its archived URL encodes.
    private static func archiveTimes(
        _ url: String, segments: [String], capture: ArchiveCapture, catalog: PlatformCatalog
    ) -> [DecodedIdentifierTime] {
        let stamp: String
        switch capture {
        case .waybackTimestamp:
            guard segments.first == "web", segments.count >= 2 else { return [] }
            stamp = segments[1]
        case .datedPathSegment:
            guard let first = segments.first else { return [] }
            stamp = first
        case .opaque:
            return []
        }
        var result: [DecodedIdentifierTime] = []
        if let time = captureTime(stamp, capture: capture) { result.append(time) }
        if let inner = url.range(of: stamp + "/") {
            result += decode(String(url[inner.upperBound...]), catalog: catalog)
        }
        return result
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

    /// `20210405123456` (Wayback: 8 to 14 digits; missing parts are the start of the period) or
    /// `2021.04.05-123456` (archive.today's long form).
    private static func captureTime(_ segment: String, capture: ArchiveCapture) -> DecodedIdentifierTime? {
        let digits: Substring
        let label: String
        switch capture {
        case .waybackTimestamp:
            digits = segment.prefix { $0.isNumber }
            label = "Wayback Machine capture \(digits)"
        case .datedPathSegment:
            guard segment.count == 17, segment.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else {
                return nil
            }
            digits = Substring(segment.filter(\.isNumber))
            label = "archive.today capture \(segment)"
        case .opaque:
            return nil
        }
        guard digits.count >= 8, digits.count <= 14 else { return nil }
        let padded = Array(digits + String(repeating: "0", count: 14 - digits.count))
        func number(_ range: Range<Int>) -> Int { Int(String(padded[range]))! }
        guard let day = CalendarDate(year: number(0..<4), month: number(4..<6), day: number(6..<8)) else { return nil }
        let seconds = Int64(number(8..<10) * 3600 + number(10..<12) * 60 + number(12..<14))
        return DecodedIdentifierTime(
            meaning: .capturedAt, source: label, millisecondsSinceEpoch: (Int64(day.daysSinceEpoch) * 86_400 + seconds) * 1000)
    }

    /// `/2021/04/03/`, `/2021/04/`, `/2021-04-03/` in a path; `/1399/12/22/` is a Solar Hijri day
    /// (Persian news sites), converted with Foundation's Persian calendar, never the year 1399.
    /// Only Solar Hijri years up to 1414 (March 2036) are read: `/1442/07/12/` is a Hijri path
    /// (Rajab 1442, 2021) as surely as it is a Solar Hijri one (2063), and no note date can tell
    /// which a site uses from its URL alone, so a year from 1415 on gives no path date at all.
    private static func pathDate(_ segments: [String]) -> DecodedIdentifierTime? {
        for (index, segment) in segments.enumerated() {
            if segment.count == 4, let year = Int(segment), (1350...1450).contains(year), year > 1414 { return nil }
            if segment.count == 4, let year = Int(segment), (1350...1414).contains(year), index + 2 < segments.count,
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
}
