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

/// The probe's verdict on one cited URL, as the model (and the JSON export) keeps it.
public struct LinkCheck: Hashable, Sendable, Codable {
    /// The URL probed: the citation's canonical, de-tracked URL.
    public var url: String
    public var outcome: LinkOutcome
    public var httpStatus: Int?
    public var finalURL: String?
    public var redirects: [String]
    /// For a permanent redirect: the URL to cite instead.
    public var suggestedURL: String?
    public var elapsedMs: Int
    /// ISO 8601 time of the verdict.
    public var checkedAt: String
    /// A web-archive snapshot near the cited date, for dead, soft-404 and unreachable URLs.
    public var archiveURL: String?
    /// The page's own publication date, when it was read.
    public var pageDate: CalendarDate?
    /// A human-readable reason ("HTTP 404", "timed out after 3 attempts").
    public var detail: String

    public init(
        url: String, outcome: LinkOutcome, httpStatus: Int? = nil, finalURL: String? = nil, redirects: [String] = [],
        suggestedURL: String? = nil, elapsedMs: Int = 0, checkedAt: String, archiveURL: String? = nil,
        pageDate: CalendarDate? = nil, detail: String
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
