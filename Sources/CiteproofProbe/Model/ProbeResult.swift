import CiteproofCore
import Foundation

/// What probing one URL found.
public struct ProbeResult: Hashable, Sendable, Codable {
    /// The URL as requested.
    public var url: String
    public var outcome: ProbeOutcome
    /// The last HTTP status seen, nil when no response arrived.
    public var httpStatus: Int?
    /// The URL the redirect chain ended at, when it differs from `url`.
    public var finalURL: String?
    /// Every URL the redirect chain passed through after `url`, in order.
    public var redirects: [String]
    /// For `redirected`: the URL reached through the leading permanent (301/308) redirects — what to cite instead.
    public var suggestedURL: String?
    /// Wall time from the first request to the verdict, including retries.
    public var elapsedMs: Int
    /// When the verdict was reached (the injected clock).
    public var checkedAt: Date
    /// The Wayback Machine snapshot closest to the cited date, for dead, soft-404 and unreachable URLs.
    public var archiveURL: String?
    /// The page's own publication date, when a GET was made and the page declares one.
    public var pageDate: CalendarDate?
    /// A human-readable reason, e.g. "HTTP 404" or "connection timed out after 3 attempts".
    public var detail: String

    public init(
        url: String, outcome: ProbeOutcome, httpStatus: Int? = nil, finalURL: String? = nil,
        redirects: [String] = [], suggestedURL: String? = nil, elapsedMs: Int = 0, checkedAt: Date,
        archiveURL: String? = nil, pageDate: CalendarDate? = nil, detail: String
    ) {
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

extension ProbeResult {
    /// The verdict as the core's rules and reports take it (`checkedAt` as ISO 8601, UTC).
    public var linkCheck: LinkCheck {
        LinkCheck(
            url: url, outcome: outcome, httpStatus: httpStatus, finalURL: finalURL, redirects: redirects,
            suggestedURL: suggestedURL, elapsedMs: elapsedMs, checkedAt: ISO8601DateFormatter().string(from: checkedAt),
            archiveURL: archiveURL, pageDate: pageDate, detail: detail)
    }
}
