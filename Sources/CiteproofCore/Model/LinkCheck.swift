/// What probing a URL found: an exhaustive set of outcomes, never a bare status code.
public enum LinkOutcome: String, Sendable, Codable, CaseIterable {
    case ok
    case redirected
    case dead
    case unreachable
    case unverifiable
    case soft404 = "soft-404"
    case excluded
    case unsupported
}

import Foundation

/// The probe's verdict on one cited URL: what the probe produces, its cache stores, the rules read
/// and the JSON export writes (one record, never copied field by field).
public struct LinkCheck: Hashable, Sendable, Codable {
    /// The URL probed: the citation's canonical, de-tracked URL.
    public var url: String
    public var outcome: LinkOutcome
    public var httpStatus: Int?
    public var finalURL: String?
    public var redirects: [String]
    /// For a permanent redirect: the URL to cite instead.
    public var suggestedURL: String?
    /// Wall time from the first request to the verdict, including retries.
    public var elapsedMs: Int
    /// When the verdict was reached (the probe's injected clock); written as ISO 8601, UTC.
    public var checkedAt: Date
    /// A web-archive snapshot near the cited date, for dead, soft-404 and unreachable URLs.
    public var archiveURL: String?
    /// The page's own publication date, when it was read.
    public var pageDate: CalendarDate?
    /// A human-readable reason ("HTTP 404", "timed out after 3 attempts").
    public var detail: String
    /// The page's HTML as the bounded GET read it, kept only when the quote stage asked for it
    /// (`LinkRequest.keepsPage`). Held in memory for the run: never encoded, never cached.
    public var pageBody: [UInt8]?
    /// The GET stopped at the probe's body limit (`maxBodyBytes`): `pageBody` is the page's beginning
    /// only, so a quotation missing from it may stand further on. In memory only, like `pageBody`.
    public var pageTruncated: Bool = false

    public init(
        url: String, outcome: LinkOutcome, httpStatus: Int? = nil, finalURL: String? = nil, redirects: [String] = [],
        suggestedURL: String? = nil, elapsedMs: Int = 0, checkedAt: Date, archiveURL: String? = nil,
        pageDate: CalendarDate? = nil, detail: String, pageBody: [UInt8]? = nil,
        pageTruncated: Bool = false
    ) {
        self.pageBody = pageBody
        self.pageTruncated = pageTruncated
        self.url = url
        self.outcome = outcome
        self.httpStatus = httpStatus
        self.finalURL = finalURL
        self.redirects = redirects
        self.suggestedURL = suggestedURL
        self.elapsedMs = elapsedMs
        self.checkedAt = checkedAt
        self.archiveURL = archiveURL
        self.pageDate = pageDate
        self.detail = detail
    }
}

extension LinkCheck {
    enum CodingKeys: String, CodingKey {
        case url, outcome, httpStatus, finalURL, redirects, suggestedURL, elapsedMs, checkedAt, archiveURL, pageDate, detail
    }

    /// `checkedAt` as ISO 8601 and `pageDate` as `YYYY-MM-DD`, whatever the encoder's strategies.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(outcome, forKey: .outcome)
        try c.encodeIfPresent(httpStatus, forKey: .httpStatus)
        try c.encodeIfPresent(finalURL, forKey: .finalURL)
        try c.encode(redirects, forKey: .redirects)
        try c.encodeIfPresent(suggestedURL, forKey: .suggestedURL)
        try c.encode(elapsedMs, forKey: .elapsedMs)
        try c.encode(Self.iso8601(checkedAt), forKey: .checkedAt)
        try c.encodeIfPresent(archiveURL, forKey: .archiveURL)
        try c.encodeIfPresent(pageDate?.description, forKey: .pageDate)
        try c.encode(detail, forKey: .detail)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        url = try c.decode(String.self, forKey: .url)
        outcome = try c.decode(LinkOutcome.self, forKey: .outcome)
        httpStatus = try c.decodeIfPresent(Int.self, forKey: .httpStatus)
        finalURL = try c.decodeIfPresent(String.self, forKey: .finalURL)
        redirects = try c.decodeIfPresent([String].self, forKey: .redirects) ?? []
        suggestedURL = try c.decodeIfPresent(String.self, forKey: .suggestedURL)
        elapsedMs = try c.decodeIfPresent(Int.self, forKey: .elapsedMs) ?? 0
        let stamp = try c.decode(String.self, forKey: .checkedAt)
        guard let date = Self.date(iso8601: stamp) else {
            throw DecodingError.dataCorruptedError(forKey: .checkedAt, in: c, debugDescription: "not an ISO 8601 time: \(stamp)")
        }
        checkedAt = date
        archiveURL = try c.decodeIfPresent(String.self, forKey: .archiveURL)
        if let day = try c.decodeIfPresent(String.self, forKey: .pageDate) {
            guard let value = CalendarDate(iso: day) else {
                throw DecodingError.dataCorruptedError(forKey: .pageDate, in: c, debugDescription: "not a YYYY-MM-DD date: \(day)")
            }
            pageDate = value
        } else {
            pageDate = nil
        }
        detail = try c.decodeIfPresent(String.self, forKey: .detail) ?? ""
        pageBody = nil
    }

    /// `2024-05-14T09:00:00Z`.
    /// Whole seconds, UTC, as `ISO8601DateFormatter` prints them; by arithmetic, since a formatter made
    /// per verdict was a fifth of a probed run's time (years before 1600, where it counts in the Julian calendar, or after 9999 still go through one).
    public static func iso8601(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        guard interval.isFinite, abs(interval) < 1e12 else { return ISO8601DateFormatter().string(from: date) }
        // As the formatter: to the nearest millisecond, then the whole seconds.
        let milliseconds = Int((interval * 1000).rounded())
        let seconds = (milliseconds - ((milliseconds % 1000) + 1000) % 1000) / 1000
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        let day = CalendarDate(daysSinceEpoch: (seconds - secondOfDay) / 86_400)
        guard (1600...9999).contains(day.year) else { return ISO8601DateFormatter().string(from: date) }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(day.description)T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }

    static func date(iso8601 text: String) -> Date? {
        ISO8601DateFormatter().date(from: text)
    }
}
