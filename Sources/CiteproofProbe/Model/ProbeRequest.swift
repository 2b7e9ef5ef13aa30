import CiteproofCore

/// One URL to probe, with the date the draft cites it for (used to pick the closest archived snapshot).
public struct ProbeRequest: Hashable, Sendable {
    public var url: String
    public var citedDate: CalendarDate?
    /// Keep the page's HTML in the result (`LinkCheck.pageBody`), for the quote stage; such a URL is
    /// always fetched afresh (the cache stores verdicts, not pages).
    public var keepsPage: Bool

    public init(url: String, citedDate: CalendarDate? = nil, keepsPage: Bool = false) {
        self.url = url
        self.citedDate = citedDate
        self.keepsPage = keepsPage
    }
}
