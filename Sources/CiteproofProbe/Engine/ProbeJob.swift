import CiteproofCore

/// The progress of one URL through HEAD, GET fallback, redirect hops, retries and the archive lookup.
struct ProbeJob {
    enum Phase { case probing, archiveLookup }

    let request: ProbeRequest
    let original: ParsedURL
    var current: ParsedURL
    var method: TransferSpec.Method
    var phase: Phase = .probing
    /// Retries spent on the current request.
    var attempt = 0
    var triedGETFallback = false
    /// Each hop after the original URL, with the status that led to it.
    var hops: [(url: String, status: Int)] = []
    var startedAt: UInt64?
    var verdict: Verdict?

    init(request: ProbeRequest, url: ParsedURL, method: TransferSpec.Method) {
        self.request = request
        self.original = url
        self.current = url
        self.method = method
    }

    var redirectStatuses: [Int] { hops.map(\.status) }
}

/// A verdict before timing, clock and archive are filled in.
struct Verdict {
    var outcome: ProbeOutcome
    var detail: String
    var httpStatus: Int?
    var finalURL: String?
    var redirects: [String] = []
    var suggestedURL: String?
    var pageDate: CalendarDate?
    var archiveURL: String?
    /// The HTML read, when the request keeps its page and the page was read (ok or redirected).
    var pageBody: [UInt8]?
    /// The body stopped at `maxBodyBytes`.
    var pageTruncated = false
    /// Time to the verdict, before any archive lookup.
    var elapsedMs: Int?
}
