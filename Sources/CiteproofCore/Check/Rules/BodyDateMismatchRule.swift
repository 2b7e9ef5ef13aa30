import Foundation

/// The sentence that carries a marker dates the event differently from the note's source:
/// "On April 4, the … Telegram channel posted an image … [5]" with "[5] Telegram.me/centerkaf, April 3, 2021."
public struct BodyDateMismatchRule: Rule {
    public static let description = RuleDescription(
        id: "body-date-mismatch",
        name: "Sentence and note disagree on the date",
        summary: "The sentence carrying a footnote marker opens with a date that differs from the date of the note's source.",
        rationale: """
            When the body says "On April 4, the channel posted …" and the note cites the post as of April 3, one \
            of the two is wrong. Only a date that leads the sentence ("On April 4, …", "At an April 2, 2021 \
            rally …") is compared, outside quotations and at day precision, and only when it is within two weeks \
            of the note's date: a date further away is about another event. A note written in another \
            language or calendar is offered its correction as it is written (`3 апреля 2021 г.`, `٢٥ رجب ١٤٤٢ هـ`).
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(
                "On April 4, the channel posted an image of a flag.[^5]\n\n[^5]: Telegram.me/centerkaf, April 3, 2021.\n",
                published: "2021-04-04"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "At an April 2, 2021 rally, he called for withdrawal.[^2]\n\n[^2]: Ahlulhaq.com, April 2, 2021.\n",
                published: "2021-04-04"),
            RuleExample(
                "On January 3, 2020, a strike killed the commander, he said.[^1]\n\n[^1]: Ahlulhaq.com, April 2, 2021.\n",
                published: "2021-04-04", comment: "a date about another event"),
        ])

    /// Words that may stand before a leading date: "On April 4", "At an April 2, 2021 rally".
    static let leadWords: Set<String> = ["on", "at", "an", "a", "the", "in", "by", "early", "late", "during", "since"]

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        return document.references.compactMap { reference in
            guard let definition = document.definition(labelled: reference.label) else { return nil }
            let noteDates = definition.citations.compactMap(\.date).filter { $0.role == .citation && $0.precision == .day }
            guard let cited = noteDates.first, let citedDay = cited.value else { return nil }
            let scanner = DateScanner(referenceDate: document.publicationDate?.value ?? citedDay)
            guard let lead = Self.leadDate(in: reference.sentence, scanner: scanner),
                let said = lead.value
            else { return nil }
            // Any date of the note that covers the sentence's date settles it.
            let allNoteDates = definition.citations.flatMap { [$0.date].compactMap { $0 } + $0.otherDates }
                + definition.remarks.flatMap(\.dates)
            if allNoteDates.contains(where: { date in
                guard let first = date.value, let last = DateRuleText.lastDay(date) else { return false }
                return ([first] + date.alternatives).contains(said) || (first <= said && said <= last)
            }) {
                return nil
            }
            let gap = abs(citedDay.days(until: said))
            // A Hijri date may honestly be read a day either side (Umm al-Qura against a civil reading).
            guard gap > (cited.calendar?.toleranceDays ?? 0), gap <= 14 else { return nil }
            let saidText = lead.yearInferred ? "\(lead.text.trimmingCharacters(in: .whitespaces)) (read as \(said.longDescription))" : said.longDescription
            let suggestionText = lead.yearInferred
                ? "\(CalendarDate.monthNames[citedDay.month - 1]) \(citedDay.day)" : citedDay.longDescription
            return finding(
                "the sentence carrying [\(reference.label)] says \(saidText), but note [\(reference.label)] dates its source "
                    + DateRuleText.describe(cited),
                context: context, footnote: reference.label, location: reference.location,
                evidence: [
                    Evidence(kind: "sentence", text: reference.sentence, footnote: reference.label, location: reference.location),
                    Evidence(
                        kind: "note", text: "[\(definition.label)] \(definition.text.trimmingCharacters(in: .whitespacesAndNewlines))",
                        footnote: definition.label, location: definition.location),
                ],
                suggestion: "write \(suggestionText) in the sentence, or correct the note's date"
                    + Self.noteCorrection(cited, to: said),
                subject: reference.sentence)
        }
    }

    /// ` to 3 апреля 2021 г.`: the note's date rewritten to the sentence's day, in the note's own
    /// language, script and calendar; empty for an English date (the sentence's date is shown already).
    static func noteCorrection(_ cited: CitedDate, to said: CalendarDate) -> String {
        guard cited.language != nil || cited.native != nil, let written = DateRuleText.rewritten(cited, to: said) else { return "" }
        return " to \(written)"
    }

    /// The date that opens the sentence: only lead words before it, outside quotations, to the day.
    static func leadDate(in sentence: String, scanner: DateScanner) -> DateMention? {
        guard let first = scanner.mentions(in: sentence).first, first.precision == .day, first.problem == nil,
            first.alternatives.isEmpty
        else { return nil }
        let before = String(decoding: Array(sentence.utf8)[..<first.utf8Range.lowerBound], as: UTF8.self)
        if DateRoleClassifier.isInsideQuotation(before) { return nil }
        let words = before.split { !$0.isLetter }.map { $0.lowercased() }
        guard words.count <= 3, words.allSatisfy(leadWords.contains),
            !before.contains(where: { "\"“”:;".contains($0) })
        else { return nil }
        return first
    }
}
