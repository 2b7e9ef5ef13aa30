/// A cited page whose own publication date contradicts the date the note gives it.
public struct PageDateMismatchRule: Rule {
    public static let description = RuleDescription(
        id: "page-date-mismatch",
        name: "Page date differs from the cited date",
        summary: "The page's own publication date (article:published_time, JSON-LD datePublished, <time>) is more than a day from the note's date.",
        rationale: "Either the note's date is a slip or the note cites a different version of the page.",
        defaultSeverity: .warning,
        triggeringExamples: [
            LinkRuleSupport.example(
                "https://herald.example/port", .ok, status: 200, detail: "HTTP 200",
                pageDate: CalendarDate(year: 2023, month: 5, day: 13))
        ],
        nonTriggeringExamples: [
            LinkRuleSupport.example(
                "https://herald.example/port", .ok, status: 200, detail: "HTTP 200",
                pageDate: CalendarDate(year: 2024, month: 5, day: 12), cited: "May 13, 2024")
        ],
        requirement: .probeResults)

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        var result: [Finding] = []
        for (footnote, citation) in document.allCitations {
            guard let check = citation.probe, let page = check.pageDate, let cited = citation.date,
                let value = cited.value, cited.precision == .day
            else { continue }
            let last = cited.end ?? value
            guard page.days(until: value) > 1 || last.days(until: page) > 1 else { continue }
            result.append(
                finding(
                    "\(footnote.map { "note [\($0)]" } ?? "a credit") dates \(check.url) \(cited.text), but the page says it was published \(page.longDescription)",
                    context: context, footnote: footnote, location: cited.location ?? citation.location,
                    evidence: [Evidence(kind: "page-date", text: "\(check.url) declares \(page)", footnote: footnote)],
                    suggestion: page.longDescription, subject: "pagedate:\(check.url):\(cited.text)"))
        }
        return result
    }
}
