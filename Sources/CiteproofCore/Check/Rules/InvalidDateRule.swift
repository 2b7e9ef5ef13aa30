/// A written date that cannot exist, or whose weekday contradicts it.
public struct InvalidDateRule: Rule {
    public static let description = RuleDescription(
        id: "invalid-date",
        name: "Impossible date",
        summary: "A date that does not exist (31 April, 29 February in a common year) or whose weekday does not fall on it.",
        rationale: """
            An impossible date is a typo; citeproof does not guess which part is wrong. "Tuesday, April 3, 2021" \
            contradicts itself (April 3, 2021 was a Saturday): either the weekday or the date is wrong.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("The channel posted an image.[^1]\n\n[^1]: Telegram.me/centerkaf, February 29, 2021.\n"),
            RuleExample("On Tuesday, April 3, 2021, the talks began.[^1]\n\n[^1]: Ahlulhaq.com, April 3, 2021.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("On Saturday, April 3, 2021, the talks began.[^1]\n\n[^1]: Ahlulhaq.com, February 29, 2020.\n"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        document.textDates.compactMap { located in
            guard let problem = located.mention.problem else { return nil }
            var suggestion: String?
            if case .weekdayMismatch(let written, _) = problem, let value = located.mention.value {
                suggestion = Self.weekdaySuggestion(value, writtenWeekday: written)
            }
            let verdict: String
            switch problem {
            case .impossible: verdict = "is not a possible date"
            case .weekdayMismatch: verdict = "contradicts itself"
            }
            return finding(
                "“\(located.mention.text)” \(verdict): \(problem.explanation)",
                context: context, footnote: located.footnote, location: located.location,
                evidence: [Evidence(kind: "date", text: located.mention.text, footnote: located.footnote, location: located.location)],
                suggestion: suggestion, subject: located.mention.text)
        }
    }

    /// "Saturday, April 3, 2021 — or, if Tuesday is right, March 30 or April 6, 2021".
    static func weekdaySuggestion(_ value: CalendarDate, writtenWeekday: Int) -> String {
        let name = DateProblem.weekdayNames[value.weekday - 1]
        let back = (value.weekday - writtenWeekday + 7) % 7
        let earlier = value.adding(days: -back)
        let later = value.adding(days: 7 - back)
        return "\(name), \(value.longDescription) — or, if \(DateProblem.weekdayNames[writtenWeekday - 1]) is right, "
            + "\(earlier.longDescription) or \(later.longDescription)"
    }
}
