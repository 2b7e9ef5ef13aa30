/// A cited URL's identifier encodes a time that contradicts the cited date.
public struct IdDateMismatchRule: Rule {
    public static let description = RuleDescription(
        id: "id-date-mismatch",
        name: "Identifier contradicts the date",
        summary: "An identifier in a cited URL (X/Twitter or Discord snowflake, TikTok or Bluesky ID, Wayback capture, a date in the path) encodes a time that contradicts the cited date.",
        rationale: """
            Post identifiers on several platforms encode their creation time: an X/Twitter status ID holds \
            milliseconds since 2010-11-04 in its upper bits, a Discord ID since 2015-01-01. A Wayback Machine \
            capture cannot predate the page, and news URLs often carry their date. The rule allows one day either \
            way for time zones and states the decoded UTC time. IDs from before November 2010 are sequential and \
            are not decoded.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(
                "One user wrote: \"Leave.\"[^1]\n\n[^1]: https://twitter.com/jack/status/1378353947183652864, April 3, 2020.\n",
                published: "2021-04-04"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "One user wrote: \"Leave.\"[^1]\n\n[^1]: https://twitter.com/jack/status/1378353947183652864, April 3, 2021.\n",
                published: "2021-04-04"),
            RuleExample(
                "The first tweet.[^1]\n\n[^1]: https://twitter.com/jack/status/20, March 21, 2006.\n",
                comment: "sequential IDs from before November 2010 are not decoded"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        document.datedCitations.flatMap { item -> [Finding] in
            guard let date = item.citation.date, date.role == .citation, let first = date.value,
                let last = DateRuleText.lastDay(date)
            else { return [] }
            let readings = [(first, last)] + date.alternatives.map { ($0, $0) }
            // The normalized identity's post id first (the normalize stage identified it); then the URLs
            // that may hold an archive capture or a date in their path, decoded from their text.
            var decoded: [DecodedIdentifierTime] = []
            let identity = item.citation.source?.identity
            if let identity, let post = DateIdentifierDecoders.decodePost(identity, catalog: context.catalog) { decoded.append(post) }
            // A URL the identity was made from is decoded once, through the identity; a platform's
            // URL holds no other time than its post id.
            let raw = item.citation.source?.raw
            var urls = item.citation.urls.filter { identity == nil || $0 != raw }
            if let identity, let url = identity.url, identity.platform == nil { urls.append(url) }
            if identity == nil, let raw { urls.append(raw) }
            for url in urls where DateIdentifierDecoders.mayEncodeTime(url) {
                decoded += DateIdentifierDecoders.decode(url, catalog: context.catalog)
            }
            var seen = Set<String>()
            return decoded.filter { seen.insert($0.source).inserted }.compactMap { decoded in
                guard readings.allSatisfy({ contradicts(decoded, first: $0.0, last: $0.1) }) else { return nil }
                return mismatchFinding(decoded, item: item, date: date, context: context)
            }
        }
    }

    /// Outside the cited period by more than a day (a capture may follow the page by any time).
    func contradicts(_ decoded: DecodedIdentifierTime, first: CalendarDate, last: CalendarDate) -> Bool {
        let day = decoded.utcDay
        switch decoded.meaning {
        case .createdAt:
            return day < first.adding(days: -1) || day > last.adding(days: 1)
        case .capturedAt:
            return day < first.adding(days: -1)
        case .pathDate(let precision):
            let pathLast = day.lastDay(of: precision)
            return pathLast < first.adding(days: -1) || day > last.adding(days: 1)
        }
    }

    private func mismatchFinding(_ decoded: DecodedIdentifierTime, item: DatedCitation, date: CitedDate, context: CheckContext) -> Finding {
        let said: String
        var suggestion: String?
        switch decoded.meaning {
        case .createdAt:
            said = "was created \(decoded.utcDescription)"
            suggestion = decoded.utcDay.longDescription
        case .capturedAt:
            said = "was captured \(decoded.utcDescription), before the cited date"
        case .pathDate:
            said = "says \(decoded.utcDescription)"
            if case .pathDate(.day) = decoded.meaning { suggestion = decoded.utcDay.longDescription }
        }
        return finding(
            "\(item.footnote.map { "note [\($0)]" } ?? "the credit") cites \(DateRuleText.describe(date)), but \(decoded.source) \(said)",
            context: context, footnote: item.footnote, location: item.location,
            evidence: [
                Evidence(kind: "decoded-timestamp", text: "\(decoded.source) → \(decoded.utcDescription)", footnote: item.footnote,
                    location: item.citation.location),
                Evidence(kind: "citation", text: item.quoted, footnote: item.footnote, location: item.citation.location),
            ],
            suggestion: suggestion, subject: item.citation.text)
    }
}
