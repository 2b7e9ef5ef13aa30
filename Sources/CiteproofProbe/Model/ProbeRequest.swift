import CiteproofCore

/// One URL to probe, with the date the draft cites it for (used to pick the closest archived snapshot).
public struct ProbeRequest: Hashable, Sendable {
    public var url: String
    public var citedDate: CalendarDate?

    public init(url: String, citedDate: CalendarDate? = nil) {
        self.url = url
        self.citedDate = citedDate
    }
}
