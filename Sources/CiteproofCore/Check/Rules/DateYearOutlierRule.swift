import Foundation

/// A citation whose year is off against its siblings and the draft's time frame:
/// "Twitter.com/mernashamari, April 3, 2020" among tweets of April 3, 2021 in an article of April 4, 2021.
public struct DateYearOutlierRule: Rule {
    public static let description = RuleDescription(
        id: "date-year-outlier",
        name: "Year off against sibling citations",
        summary: "A citation's year differs from the draft's time frame and from citations of the same platform in the same section.",
        rationale: """
            Editors copy dates from note to note and type the wrong year, most often the previous one. When the \
            other posts of the same platform cited in the same section share a year (often the same day), and the \
            draft is dated in that year, a citation a year apart is more likely a typo than an old source. The rule \
            stays silent when the sentence carrying the marker speaks of that earlier time ("a year earlier", \
            "in 2020", "back in", "last year").
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(
                """
                ## Supporters on Twitter

                Many repeated the slogan.[^6] One user wrote: "Resistance is the only way."[^7] Another wrote: "Leave."[^8]

                [^6]: Twitter.com/KM94310, April 3, 2021.
                [^7]: Twitter.com/ELNAZ16424879, April 3, 2021.
                [^8]: Twitter.com/mernashamari, April 3, 2020.

                """, published: "2021-04-04"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                ## Supporters on Twitter

                Many repeated the slogan.[^6] One user wrote: "Leave."[^7] A year earlier, the same user had written: "Go."[^8]

                [^6]: Twitter.com/KM94310, April 3, 2021.
                [^7]: Twitter.com/ELNAZ16424879, April 3, 2021.
                [^8]: Twitter.com/ELNAZ16424879, April 3, 2020.

                """, published: "2021-04-04", comment: "the sentence speaks of the earlier time"),
            RuleExample(
                """
                Many repeated the slogan.[^1] The militia's site said the same.[^2]

                [^1]: Twitter.com/KM94310, April 3, 2021.
                [^2]: Ahlulhaq.com, April 3, 2020.

                """, published: "2021-04-04", comment: "no sibling of the same platform"),
        ],
        requirement: .none)

    /// Phrases by which a sentence says it speaks of an earlier time.
    static let earlierTimePhrases = [
        "a year earlier", "a year ago", "years ago", "year before", "years earlier", "last year", "previous year",
        "back in", "anniversary", "the year prior", "a year prior",
    ]

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        let dated = document.datedCitations.filter { Self.usableDate($0.citation.date) != nil }
        // Each citation's platform and section once, and the citations grouped by them (comparing
        // every citation with every other made a draft of 5,000 notes take minutes).
        let platforms = dated.map { $0.platformKey(in: context.catalog) }
        // The section each citation belongs to, as the reader's headings and the extract stage set it.
        let sections = dated.map(\.citation.section)
        var byPlatform: [String: SiblingGroup] = [:]
        var bySection: [SectionKey: SiblingGroup] = [:]
        for (index, item) in dated.enumerated() {
            guard let platform = platforms[index], let value = Self.usableDate(item.citation.date), let date = item.citation.date
            else { continue }
            let year = Self.yearKey(date, value)
            byPlatform[platform, default: SiblingGroup()].add(index, value, year: year)
            bySection[SectionKey(platform: platform, section: sections[index]), default: SiblingGroup()].add(index, value, year: year)
        }
        for key in byPlatform.keys { byPlatform[key]!.sort() }
        for key in bySection.keys { bySection[key]!.sort() }
        let frame = document.publicationDate?.value ?? document.timeFrame
        return dated.indices.compactMap { index in
            guard let platform = platforms[index], let sectionGroup = bySection[SectionKey(platform: platform, section: sections[index])],
                let platformGroup = byPlatform[platform]
            else { return nil }
            // Siblings: the other citations of the platform in this section, else in the whole draft.
            let inSection = sectionGroup.members.count > 1
            return outlierFinding(
                at: index, among: dated, group: inSection ? sectionGroup : platformGroup, inSection: inSection,
                platform: platform, frame: frame, document: document, context: context)
        }
    }

    struct SectionKey: Hashable {
        var platform: String
        var section: Int?
    }

    /// The citations of one platform (in one section): how many per year, and their days per year, sorted.
    struct SiblingGroup {
        var members: [Int] = []
        var membersByYear: [Int: [Int]] = [:]
        var daysByYear: [Int: [Int]] = [:]

        /// `year` is a `yearKey`: Hijri and Solar Hijri years count in their own calendars.
        mutating func add(_ index: Int, _ date: CalendarDate, year: Int) {
            members.append(index)
            membersByYear[year, default: []].append(index)
            daysByYear[year, default: []].append(date.daysSinceEpoch)
        }

        mutating func sort() {
            for year in daysByYear.keys { daysByYear[year]!.sort() }
        }

        /// The year a strict majority of the siblings of a citation dated `year` share.
        func majorityYear(excludingOneOf year: Int) -> Int? {
            let siblings = members.count - 1
            for (candidate, indices) in membersByYear {
                let count = indices.count - (candidate == year ? 1 : 0)
                if count * 2 > siblings { return candidate }
            }
            return nil
        }

        /// Whether a day of `year` lies strictly within `radius` days of `day`.
        func hasDay(ofYear year: Int, within radius: Int, of day: Int) -> Bool {
            guard let days = daysByYear[year] else { return false }
            let first = days.partitioningIndex { $0 > day - radius }
            return first < days.count && days[first] < day + radius
        }
    }

    /// The year siblings are compared by: the Gregorian year, or the year in the date's own
    /// calendar moved out of the Gregorian range (a Hijri 1442 and a Solar Hijri 1399 are never
    /// one year with each other or with a Gregorian one).
    static func yearKey(_ date: CitedDate, _ value: CalendarDate) -> Int {
        guard let native = date.native else { return value.year }
        return native.year + (native.calendar == .persian ? 200_000 : 100_000)
    }

    /// The day a date would be with the year of `key` instead of its own.
    static func corrected(_ date: CitedDate, _ value: CalendarDate, toYear key: Int) -> CalendarDate? {
        guard let native = date.native, let month = native.month, let day = native.day else {
            return key < 100_000 ? CalendarDate(year: key, month: value.month, day: value.day) : nil
        }
        return native.calendar.gregorian(year: key % 100_000, month: month, day: day)?.date
    }

    static func usableDate(_ date: CitedDate?) -> CalendarDate? {
        guard let date, date.role == .citation, date.precision == .day, !date.yearInferred, date.alternatives.isEmpty
        else { return nil }
        return date.value
    }

    private func outlierFinding(
        at index: Int, among dated: [DatedCitation], group: SiblingGroup, inSection: Bool, platform: String,
        frame: CalendarDate?, document: Document, context: CheckContext
    ) -> Finding? {
        let item = dated[index]
        guard let value = Self.usableDate(item.citation.date), let date = item.citation.date, group.members.count > 1 else { return nil }

        // The siblings' year: a clear majority, other than this citation's.
        let ownYear = Self.yearKey(date, value)
        guard let year = group.majorityYear(excludingOneOf: ownYear), year != ownYear,
            let corrected = Self.corrected(date, value, toYear: year)
        else { return nil }
        // Far from every sibling, and the corrected date close to one of them.
        guard !group.hasDay(ofYear: year, within: 180, of: value.daysSinceEpoch),
            group.hasDay(ofYear: year, within: 32, of: corrected.daysSinceEpoch)
        else { return nil }
        let inYear = group.membersByYear[year, default: []].map { dated[$0] }
        let sameSection = inSection
        // Off against the draft's time frame, and the correction inside it.
        if let frame {
            guard abs(value.days(until: frame)) >= 180, corrected.days(until: frame) >= -1,
                corrected.days(until: frame) <= 366
            else { return nil }
        }
        let sentences = item.footnote.map { document.references(to: $0) } ?? []
        if sentences.contains(where: { Self.speaksOfEarlierTime($0.sentence, year: value.year) }) { return nil }
        if let remarks = item.definition?.remarks, remarks.contains(where: { Self.speaksOfEarlierTime($0.text, year: value.year) }) {
            return nil
        }

        let sameDay = inYear.filter { Self.usableDate($0.citation.date)! == corrected }
        // A date written in another language or calendar is corrected in its own script and calendar.
        var correctedDate = date
        correctedDate.value = corrected
        let suggestion = date.language != nil || date.native != nil
            ? DateRuleText.rewritten(date, year: year % 100_000).map { written -> String in
                correctedDate.text = written
                return written
            } : nil
        let correctedText = suggestion != nil ? DateRuleText.describe(correctedDate) : corrected.longDescription
        let yearText = year < 100_000 ? "\(year)" : "\(year % 100_000) (\(date.native?.calendar.displayName ?? ""))"
        let shown = (sameDay.isEmpty ? inYear : sameDay).sorted { ($0.footnote ?? "") < ($1.footnote ?? "") }
        let labels = shown.compactMap { $0.footnote.map { "[\($0)]" } }.joined(separator: ", ")
        let platformName = context.catalog.platform(id: platform)?.name ?? platform
        var message = "\(item.footnote.map { "note [\($0)]" } ?? "the credit") dates \(item.citation.source?.raw ?? "its source") "
            + "\(DateRuleText.describe(date)), but the other \(platformName) citations"
            + "\(sameSection ? " in this section" : "") (\(labels)) are from "
            + (sameDay.isEmpty ? yearText : correctedText)
        if let published = document.publicationDate {
            message += " and the draft is dated \(published.value.longDescription)"
        }
        message += "; did you mean \(correctedText)?"
        var evidence = shown.map {
            Evidence(kind: "sibling-note", text: $0.quoted, footnote: $0.footnote, location: $0.citation.location)
        }
        if let published = document.publicationDate {
            evidence.append(Evidence(kind: "publication-date", text: "published \(published.value.longDescription) (\(published.origin))",
                location: published.location))
        }
        evidence += sentences.map { Evidence(kind: "sentence", text: $0.sentence, footnote: $0.label, location: $0.location) }
        var finding = finding(
            message, context: context, footnote: item.footnote, location: item.location, evidence: evidence,
            suggestion: suggestion ?? corrected.longDescription, subject: item.citation.text)
        finding.fix = .make(at: date.location, original: date.text, replacement: Self.correctedText(of: date, to: corrected))
        // Without a sibling of the very same day the evidence is weaker.
        if sameDay.isEmpty { finding.severity = min(context.severity, .note) }
        return finding
    }

    /// The date as written with `corrected` in its place: in its own script and calendar, or with the
    /// year's digits swapped when only the year differs and they appear once.
    static func correctedText(of date: CitedDate, to corrected: CalendarDate) -> String? {
        if let written = DateRuleText.rewritten(date, to: corrected) { return written }
        guard let value = date.value, value.month == corrected.month, value.day == corrected.day else { return nil }
        let old = String(value.year), new = String(corrected.year)
        guard date.text.components(separatedBy: old).count == 2 else { return nil }
        return date.text.replacingOccurrences(of: old, with: new)
    }

    /// "A year earlier", "in 2020", "back in …", "last year": the sentence is about that time.
    static func speaksOfEarlierTime(_ sentence: String, year: Int) -> Bool {
        let lowered = sentence.lowercased()
        if earlierTimePhrases.contains(where: lowered.contains) { return true }
        return DateScanner(includeBareYears: true).mentions(in: sentence).contains { $0.value?.year == year }
    }
}
