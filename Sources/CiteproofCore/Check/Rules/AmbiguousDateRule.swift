/// A numeric date that reads two ways (`03/04/2021`: March 4 or April 3).
public struct AmbiguousDateRule: Rule {
    public static let description = RuleDescription(
        id: "ambiguous-date",
        name: "Ambiguous numeric date",
        summary: "A numeric date whose day and month can be swapped (03/04/2021).",
        rationale: """
            Readers in different countries read 03/04/2021 as March 4 or as 3 April. The finding states both \
            readings, says if one of them would fall after the draft's publication, and which order the draft uses \
            elsewhere (13/03/2021 can only be day-first). Writing the month in words removes the doubt.
            """,
        defaultSeverity: .note,
        triggeringExamples: [
            RuleExample("The channel posted an image.[^1]\n\n[^1]: Telegram.me/centerkaf, 03/04/2021.\n", published: "2021-04-04"),
        ],
        nonTriggeringExamples: [
            RuleExample("The channel posted an image.[^1]\n\n[^1]: Telegram.me/centerkaf, 13/03/2021.\n", published: "2021-04-04"),
            RuleExample("The channel posted an image.[^1]\n\n[^1]: Telegram.me/centerkaf, 04/04/2021.\n", published: "2021-04-04"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        let dates = document.textDates
        let convention = Self.convention(dates.map(\.mention))
        return dates.compactMap { located in
            let mention = located.mention
            guard let monthFirst = mention.value, let dayFirst = mention.alternatives.first else { return nil }
            var message = "“\(mention.text)” can be read as \(monthFirst.longDescription) (month first) "
                + "or \(dayFirst.longDescription) (day first)"
            var evidence: [Evidence] = []
            if let published = document.publicationDate?.value {
                let after = [(monthFirst, "month-first"), (dayFirst, "day-first")].filter { $0.0 > published }
                if after.count == 1 {
                    message += "; the \(after[0].1) reading would be after the draft's publication (\(published.longDescription))"
                }
            }
            if let (order, example) = convention {
                message += "; the draft writes \(example) elsewhere, which is \(order)"
                evidence.append(Evidence(kind: "convention", text: "\(example) can only be read \(order)"))
            }
            let preferred = convention?.order == "day first" ? dayFirst : monthFirst
            return finding(
                message, context: context, footnote: located.footnote, location: located.location,
                evidence: [Evidence(kind: "date", text: mention.text, footnote: located.footnote, location: located.location)] + evidence,
                suggestion: "write the month in words, e.g. \(preferred.longDescription)", subject: mention.text)
        }
    }

    /// The order the draft's unambiguous numeric dates show (`13/03/2021` → day first), if only one.
    static func convention(_ mentions: [DateMention]) -> (order: String, example: String)? {
        var dayFirst: String?
        var monthFirst: String?
        for mention in mentions where mention.alternatives.isEmpty && mention.value != nil {
            let numbers = mention.text.split { !$0.isNumber }.compactMap { Int($0) }
            guard numbers.count == 3, mention.text.first?.isNumber == true, String(numbers[0]).count <= 2 else { continue }
            if numbers[0] > 12 { dayFirst = dayFirst ?? mention.text }
            if numbers[1] > 12 { monthFirst = monthFirst ?? mention.text }
        }
        switch (dayFirst, monthFirst) {
        case (let example?, nil): return ("day first", example)
        case (nil, let example?): return ("month first", example)
        default: return nil
        }
    }
}
