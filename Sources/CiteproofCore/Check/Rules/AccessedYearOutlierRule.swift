/// An access date whose year is off against the draft's other access dates: one `Accessed
/// 03/14/2018` among many `Accessed 03/14/2019` in a draft of April 2019.
public struct AccessedYearOutlierRule: Rule {
    public static let description = RuleDescription(
        id: "accessed-year-outlier",
        name: "Access year off against sibling access dates",
        summary: "An accessed or retrieved date's year differs by one digit from the year most of the draft's other access dates share, and the same day in that year is among them.",
        rationale: """
            A writer checks the sources of a draft within days or weeks, and types the access dates from note to \
            note. When most access dates fall in one year and one note's, with that year instead, would fall \
            among them, while as written it lies far from all of them (and from the draft's date), its year was \
            mistyped: `Accessed 03/14/2018` among `Accessed 03/14/2019`, `Web. 2 Mar. 2004` among \
            `Web. 6 Mar. 2014`. Access dates are compared with access dates only; citation dates have \
            date-year-outlier.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(
                """
                The first report.[^1] The second.[^2] The third.[^3] The fourth.[^4]

                [^1]: "Flood volunteers," Harbour Herald, https://herald.example/a. Accessed 03/14/2019.
                [^2]: "Sandbags run out," Harbour Herald, https://herald.example/b. Accessed 03/14/2019.
                [^3]: "River crests," Harbour Herald, https://herald.example/c. Accessed 03/15/2019.
                [^4]: "Levee holds," Harbour Herald, https://herald.example/d. Accessed 03/14/2018.

                """, published: "2019-04-02"),
            RuleExample(
                """
                One.[^1] Two.[^2] Three.[^3] Four.[^4]

                [^1]: Smith, John. "Floods." *Herald*, 12 Jan. 2014. Web. 6 Mar. 2014.
                [^2]: Jones, Ann. "Levees." *Herald*, 13 Jan. 2014. Web. 6 Mar. 2014.
                [^3]: Brown, Tim. "Rivers." *Herald*, 14 Jan. 2014. Web. 7 Mar. 2014.
                [^4]: Green, Sue. "Rain." *Herald*, 15 Jan. 2014. Web. 2 Mar. 2004.

                """, published: "2014-04-01", comment: "MLA 7: the access date follows Web."),
            RuleExample(
                """
                One.[^1] Two.[^2] Three.[^3] Four.[^4] Four again.[^5]

                [^1]: "Flood volunteers," Harbour Herald, https://herald.example/a. Accessed 03/14/2019.
                [^2]: "Sandbags run out," Harbour Herald, https://herald.example/b. Accessed 03/14/2019.
                [^3]: "River crests," Harbour Herald, https://herald.example/c. Accessed 03/15/2019.
                [^4]: "Levee holds," Harbour Herald, https://herald.example/d. Accessed 03/14/2018.
                [^5]: "Levee holds," Harbour Herald, https://herald.example/d. Accessed 03/14/2018.

                """, published: "2019-04-02", comment: "a note cited twice and written out twice, as converters do, is not its own sibling"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                The first report.[^1] The second.[^2] The third.[^3] The fourth.[^4]

                [^1]: "Flood volunteers," Harbour Herald, https://herald.example/a. Accessed 03/14/2019.
                [^2]: "Sandbags run out," Harbour Herald, https://herald.example/b. Accessed 03/14/2019.
                [^3]: "River crests," Harbour Herald, https://herald.example/c. Accessed 03/15/2019.
                [^4]: "Levee holds," Harbour Herald, https://herald.example/d. Accessed 03/18/2019.

                """, published: "2019-04-02"),
            RuleExample(
                """
                The first report.[^1] The second.[^2]

                [^1]: "Flood volunteers," Harbour Herald, https://herald.example/a. Accessed 03/14/2019.
                [^2]: "Levee holds," Harbour Herald, https://herald.example/d. Accessed 03/14/2018.

                """, published: "2019-04-02", comment: "one sibling is no majority"),
        ])

    public init() {}

    /// A citation's access date: where it stands and what it says.
    struct AccessDate {
        var item: DatedCitation
        var value: CalendarDate
        var text: String
        var location: SourceLocation?
    }

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        let dates = Self.accessDates(in: document)
        guard dates.count >= 3 else { return [] }
        let frame = document.publicationDate?.value
        // Every access date's day, sorted: whether one lies near a date is a binary search.
        let days = dates.map(\.value.daysSinceEpoch).sorted()
        // A note repeated word for word (a converter writes a note cited twice twice) is one date, not
        // a sibling that vouches for its own copy.
        var copies: [String: Int] = [:]
        // The years the draft's distinct access dates fall in: copies of a note count once.
        var byYear: [Int: [Int]] = [:]
        for (index, d) in dates.enumerated() {
            let key = Self.copyKey(d)
            if copies[key] == nil { byYear[d.value.year, default: []].append(index) }
            copies[key, default: 0] += 1
        }
        let distinct = byYear.values.reduce(0) { $0 + $1.count }
        return dates.indices.compactMap { index in
            let d = dates[index]
            let siblings = distinct - 1
            // The year a strict majority of the other access dates share, and at least two of them.
            guard let (year, members) = byYear.first(where: { $0.key != d.value.year && $0.value.count * 2 > siblings && $0.value.count >= 2 }),
                Self.differsByOneDigit(d.value.year, year), let corrected = CalendarDate(year: year, month: d.value.month, day: d.value.day)
            else { return nil }
            let others = members.map { dates[$0] }
            // Far from every sibling as written; near one with the year corrected.
            guard !Self.hasOtherDay(within: 180, of: d.value.daysSinceEpoch, in: days, copies: copies[Self.copyKey(d)] ?? 1),
                others.contains(where: { abs($0.value.days(until: corrected)) <= 32 })
            else { return nil }
            if let frame {
                guard abs(d.value.days(until: frame)) >= 180, corrected.days(until: frame) >= -1 else { return nil }
            }
            let sameDay = others.filter { $0.value == corrected }
            let shown = (sameDay.isEmpty ? others : sameDay).prefix(5)
            let labels = shown.compactMap { $0.item.footnote.map { "[\($0)]" } }.joined(separator: ", ")
            let note = d.item.footnote.map { "note [\($0)]" } ?? "the credit"
            let written = d.text == d.value.longDescription ? "" : " (\"\(d.text)\")"
            var message = "\(note) says it was accessed \(d.value.longDescription)\(written), but the draft's other access dates "
                + "(\(labels)\(others.count > shown.count ? " …" : "")) are from \(sameDay.isEmpty ? "\(year)" : corrected.longDescription)"
            if let published = document.publicationDate { message += " and the draft is dated \(published.value.longDescription)" }
            message += "; did you mean \(corrected.longDescription)?"
            var evidence = shown.map { Evidence(kind: "sibling-note", text: $0.item.quoted, footnote: $0.item.footnote, location: $0.location) }
            if let published = document.publicationDate {
                evidence.append(Evidence(kind: "publication-date", text: "published \(published.value.longDescription) (\(published.origin))",
                    location: published.location))
            }
            var finding = finding(
                message, context: context, footnote: d.item.footnote, location: d.location ?? d.item.location, evidence: evidence,
                suggestion: corrected.longDescription, subject: "accessed:" + d.item.citation.text)
            if sameDay.isEmpty { finding.severity = min(context.severity, .note) }
            return finding
        }
    }

    /// Whether `sortedDays` (which holds `day` itself, `copies` times: the date and its word-for-word
    /// copies) has another day strictly within `radius` days of it.
    static func hasOtherDay(within radius: Int, of day: Int, in sortedDays: [Int], copies: Int = 1) -> Bool {
        let first = sortedDays.partitioningIndex { $0 > day - radius }
        let end = sortedDays.partitioningIndex { $0 >= day + radius }
        return end - first > copies
    }

    /// What makes two access dates copies of one note: the same citation text and the same day.
    static func copyKey(_ d: AccessDate) -> String {
        "\(d.value.daysSinceEpoch)|" + d.item.citation.text
    }

    /// Words that open an access clause written as a sentence of its own (`Accessed 03/14/2019.`, MLA's `Web. 6 Mar. 2014.`).
    static let accessCues = ["accessed", "retrieved", "viewed", "visited", "consulted", "web."]

    static func opensWithAccessCue(_ text: String) -> Bool {
        let lower = text.lowercased().drop { $0 == " " || $0 == "(" || $0 == "[" }
        return accessCues.contains { lower.hasPrefix($0) }
    }

    /// Each note's access date to the day: an accessed date in a citation, or one written as a
    /// sentence of its own (which the extractor keeps as a remark or a citation of its own).
    static func accessDates(in document: Document) -> [AccessDate] {
        document.definitions.indices.compactMap { note in
            let def = document.definitions[note]
            for (position, citation) in def.citations.enumerated() {
                let item = DatedCitation(document, note: note, citation: position)
                var candidates = citation.otherDates.filter { $0.role == .accessed }
                if opensWithAccessCue(citation.text) { candidates += [citation.date].compactMap { $0 } + citation.otherDates }
                if let d = candidates.first(where: usable), let value = d.value {
                    return AccessDate(item: item, value: value, text: d.text, location: d.location)
                }
                if let r = citation.reference?.accessed, r.precision == .day {
                    return AccessDate(item: item, value: r.value, text: r.text, location: citation.location)
                }
            }
            for (index, remark) in def.remarks.enumerated() where opensWithAccessCue(remark.text) {
                // `Web.` alone, its date the next sentence (`Web. 6 Mar. 2014.` split in two).
                let dates = remark.dates.isEmpty && index + 1 < def.remarks.count ? def.remarks[index + 1].dates : remark.dates
                if let d = dates.first(where: usable), let value = d.value, !def.citations.isEmpty {
                    return AccessDate(
                        item: DatedCitation(document, note: note, citation: 0), value: value, text: d.text,
                        location: d.location ?? remark.location)
                }
            }
            return nil
        }
    }

    static func usable(_ d: CitedDate) -> Bool {
        d.precision == .day && !d.yearInferred && d.alternatives.isEmpty && d.value != nil
    }

    /// `2018`/`2019`, `2004`/`2014`: four-digit years one keystroke apart.
    static func differsByOneDigit(_ a: Int, _ b: Int) -> Bool {
        let x = Array(String(a)), y = Array(String(b))
        return x.count == y.count && zip(x, y).filter { $0 != $1 }.count == 1
    }
}
