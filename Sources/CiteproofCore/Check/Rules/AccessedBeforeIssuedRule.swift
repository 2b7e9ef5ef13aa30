/// A note whose access date comes before the cited work's own date: `"Flood," Wikipedia, last modified
/// March 3, 2019, accessed February 1, 2019.`
public struct AccessedBeforeIssuedRule: Rule {
    public static let description = RuleDescription(
        id: "accessed-before-issued",
        name: "Accessed before it was issued",
        summary: "A note's accessed or retrieved date is earlier than the cited work's issued or \"last modified\" date in the same note.",
        rationale: """
            Nobody can read a page before it is published or last changed. An access date before the work's own \
            date is a typo in one of the two (most often the year), or the note cites a later version than the one \
            read. The dates are compared at the coarser of their two precisions: `2019` and `March 1, 2019` do \
            not disagree.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(
                """
                Volunteers filled sandbags.[^1]

                [^1]: "Flood volunteers," Wikipedia, last modified March 3, 2019, accessed February 1, 2019, https://en.wikipedia.org/wiki/Flood_volunteers.

                """, published: "2019-04-02"),
            RuleExample(
                """
                The agency said so.[^1]

                [^1]: Jane Doe, "Port Reopens," *Harbour Herald*, May 13, 2023, accessed May 13, 2022, https://herald.example/port.

                """, published: "2023-06-01", comment: "APA-free Chicago web note, access year slipped"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                Volunteers filled sandbags.[^1]

                [^1]: "Flood volunteers," Wikipedia, last modified March 3, 2019, accessed March 14, 2019, https://en.wikipedia.org/wiki/Flood_volunteers.

                """, published: "2019-04-02"),
            RuleExample(
                """
                The report was clear.[^1]

                [^1]: Jane Doe, "Port Reopens," *Harbour Herald*, 2019, accessed March 1, 2019, https://herald.example/port.

                """, published: "2019-04-02", comment: "a year against a day of that year is no disagreement"),
            RuleExample(
                """
                Gestation lasts about 63 days.[^1]

                [^1]: ["Gestation in dogs"](https://web.archive.org/web/20130603145809/http://vets.example/gestation/). Vets Example. Archived from [the original](http://vets.example/gestation/) on 3 June 2013. Retrieved 24 March 2013.

                """, published: "2018-06-12", comment: "Wikipedia's CS1: the archive capture's date is not the work's"),
            RuleExample(
                """
                Dogs carry pups for about nine weeks.[^1]

                [^1]: Lew, Alan. "Gestation in dogs" (https://web.archive.org/web/20160409112252/http://vets.example/gestation/). Vets Example. Archived from the original (http://vets.example/gestation/) on April 9, 2016. Retrieved December 24, 2014.

                """, published: "2018-06-12", comment: "the same with the links written out, as plain text keeps them"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        document.datedCitations.compactMap { item in
            guard let reference = item.citation.reference, reference.form == .full,
                let issued = reference.issued, let accessed = reference.accessed,
                Self.isBefore(accessed, issued), !Self.isArchiveCapture(issued, in: item.citation.text)
            else { return nil }
            let note = item.footnote.map { "note [\($0)]" } ?? "the credit"
            return finding(
                "\(note) says the work was accessed \(Self.describe(accessed)), before its own date \(Self.describe(issued)); "
                    + "one of the two dates is wrong",
                context: context, footnote: item.footnote, location: item.citation.location ?? item.location,
                evidence: [Evidence(kind: "citation", text: item.quoted, footnote: item.footnote, location: item.citation.location)],
                subject: item.citation.text)
        }
    }

    /// Whether the date read as the work's is where CS1 writes when the page was archived
    /// ("Archived from the original on 3 June 2013"): every place it is written follows that phrase.
    static func isArchiveCapture(_ date: ReferenceDate, in text: String) -> Bool {
        let lower = text.lowercased()
        let needle = date.text.lowercased()
        guard !needle.isEmpty else { return false }
        let places = lower.ranges(of: needle)
        return !places.isEmpty && places.allSatisfy { r in
            let before = lower[..<r.lowerBound].suffix(32)
            return before.contains("original on") || before.contains("archived on") || before.hasSuffix("archived ")
                || (before.contains("original (") && before.hasSuffix(" on "))
                || CitationExtractor.isArchiveDate(in: text, at: text.utf8.distance(from: text.startIndex, to: r.lowerBound))
        }
    }

    /// Whether `a` is before `b` at the coarser of their two precisions.
    static func isBefore(_ a: ReferenceDate, _ b: ReferenceDate) -> Bool {
        let precision = min(a.precision.rank, b.precision.rank)
        return a.value.key(at: precision) < b.value.key(at: precision)
    }

    /// The date as the note writes it, in quotes.
    static func describe(_ date: ReferenceDate) -> String {
        "\"\(date.text)\""
    }
}

extension DatePrecision {
    /// 0 for a year, 1 for a month, 2 for a day.
    var rank: Int {
        switch self {
        case .year: return 0
        case .month: return 1
        case .day: return 2
        }
    }
}

extension CalendarDate {
    /// The date cut to a precision rank, as a comparable number (`20190300` for March 2019).
    func key(at rank: Int) -> Int {
        year * 10_000 + (rank >= 1 ? month * 100 : 0) + (rank >= 2 ? day : 0)
    }
}
