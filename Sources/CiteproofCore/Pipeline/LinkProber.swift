/// One URL the probe stage asks about: the canonical, de-tracked URL and the earliest date it is cited with.
public struct LinkRequest: Hashable, Sendable {
    public var url: String
    public var citedDate: CalendarDate?
    /// The quote stage needs the page's text: keep the body of the GET in the verdict (`LinkCheck.pageBody`).
    public var keepsPage: Bool

    public init(url: String, citedDate: CalendarDate? = nil, keepsPage: Bool = false) {
        self.url = url
        self.citedDate = citedDate
        self.keepsPage = keepsPage
    }
}

/// The probe stage's interface. The core defines it and stays free of the network;
/// `CiteproofProbe` implements it with libcurl (and its cache).
public protocol LinkProber: Sendable {
    /// Verdicts on the requested URLs, keyed by URL. A failure of the stage itself (an unreadable
    /// cache) throws; a URL that cannot be reached is a verdict, not an error.
    func check(_ requests: [LinkRequest]) throws -> [String: LinkCheck]
}
