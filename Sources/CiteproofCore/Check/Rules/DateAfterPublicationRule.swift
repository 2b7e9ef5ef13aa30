/// A source cannot be dated after the draft that cites it was published.
public struct DateAfterPublicationRule: Rule {
    public static let description = RuleDescription(
        id: "date-after-publication",
        name: "Source dated after publication",
        summary: "A note dates its source after the draft's publication date.",
        rationale: """
            A draft can only cite what existed when it was published. A later date is usually a typo in \
            the day, month or year. A source dated one day after publication may be a time-zone \
            difference and is reported as a note. A Hijri date is read by Umm al-Qura, and a civil or sighted \
            reading may fall a day earlier: one day after publication is no finding, two days a note.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample(
                "The channel posted an image.[^1]\n\n[^1]: Telegram.me/centerkaf, April 9, 2021.\n",
                published: "2021-04-04"),
            RuleExample("He said so.[^1]\n\n[^1]: Ahlulhaq.com, May 2021.\n", published: "2021-04-04"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "The channel posted an image.[^1]\n\n[^1]: Telegram.me/centerkaf, April 3, 2021.\n",
                published: "2021-04-04"),
            RuleExample(
                "The report is online.[^1]\n\n[^1]: Al-Rafidain.news, April 2, 2021. Accessed May 1, 2021.\n",
                published: "2021-04-04", comment: "an access date may follow publication"),
        ],
        requirement: .publicationDate)

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        guard let published = document.publicationDate else { return [] }
        return document.datedCitations.compactMap { item in
            guard let date = item.citation.date, date.role == .citation, !date.yearInferred, let first = date.value else {
                return nil
            }
            // An ambiguous date with one reading before publication is ambiguous-date's to report.
            guard ([first] + date.alternatives).allSatisfy({ $0 > published.value }) else { return nil }
            // A Hijri date may honestly fall a day earlier than Umm al-Qura reads it (a civil or
            // sighted reading): one day after publication is no error, two days may be one.
            let tolerance = date.calendar?.toleranceDays ?? 0
            let daysAfter = published.value.days(until: first)
            guard daysAfter > tolerance else { return nil }
            let nearest = daysAfter - tolerance
            let when = date.precision != .day ? "after" : daysAfter == 1 ? "the day after" : "\(daysAfter) days after"
            var finding = finding(
                "\(item.footnote.map { "note [\($0)]" } ?? "the credit") dates its source \(DateRuleText.describe(date)), "
                    + "\(when) the draft's publication date (\(published.value.longDescription))"
                    + (nearest == 1 && date.precision == .day
                        ? (tolerance > 0 ? "; read a day earlier (Umm al-Qura; ±1 day) it is the day after, which may be a time-zone difference"
                            : "; this may be a time-zone difference") : ""),
                context: context, footnote: item.footnote, location: item.location,
                evidence: [
                    Evidence(
                        kind: "publication-date", text: "published \(published.value.longDescription) (\(published.origin))",
                        location: published.location),
                    Evidence(kind: "citation", text: item.quoted, footnote: item.footnote, location: item.citation.location),
                ],
                subject: item.citation.text)
            if nearest == 1, date.precision == .day { finding.severity = min(context.severity, .note) }
            return finding
        }
    }
}
