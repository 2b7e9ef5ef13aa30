import Foundation

/// Finds English dates in text: `April 3, 2021`, `Apr. 3, 2021`, `3 April 2021`,
/// `Saturday, April 3rd, 2021`, `2021-04-03`, `03/04/2021` (ambiguous),
/// `April 2021`, ranges `April 2–3, 2021`, and `April 4` without a year
/// (resolved against `referenceDate`).
public struct DateScanner: Sendable {
    /// The date a yearless date is resolved against (the document's publication date).
    public var referenceDate: CalendarDate?
    /// Also report bare years (`2003`) as year-precision mentions.
    public var includeBareYears: Bool

    public init(referenceDate: CalendarDate? = nil, includeBareYears: Bool = false) {
        self.referenceDate = referenceDate
        self.includeBareYears = includeBareYears
    }

    static let monthPattern =
        #"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"#
    static let weekdayPattern =
        #"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"#

    nonisolated(unsafe) private static let regex: Regex<AnyRegexOutput> = {
        let m = monthPattern
        let ord = #"(?:st|nd|rd|th)?"#
        let dash = #"\s*(?:-|–|—|to)\s*"#
        var weekdayGroups = 0
        func wd() -> String {
            weekdayGroups += 1
            return "(?:(?<wd\(weekdayGroups)>\(weekdayPattern))\\.?,?\\s+)?"
        }
        let alternatives = [
            // April 30 – May 2, 2021
            "\(wd())(?<m1>\(m))\\.?\\s+(?<d1>\\d{1,2})\(ord)\(dash)(?<m2>\(m))\\.?\\s+(?<d2>\\d{1,2})\(ord),?\\s+(?<y1>\\d{4})",
            // April 3, 2021 / April 2–3, 2021 / April 3rd 2021
            "\(wd())(?<m3>\(m))\\.?\\s+(?<d3>\\d{1,2})\(ord)(?:\(dash)(?<d4>\\d{1,2})\(ord))?,?\\s+(?<y2>\\d{4})",
            // 3 April 2021 / 3rd of April, 2021 / 2–3 April 2021
            "\(wd())(?<d5>\\d{1,2})\(ord)(?:\(dash)(?<d6>\\d{1,2})\(ord))?\\s+(?:of\\s+)?(?<m4>\(m))\\.?,?\\s+(?<y3>\\d{4})",
            // 2021-04-03
            #"(?<y4>\d{4})-(?<m5>\d{2})-(?<d7>\d{2})"#,
            // 03/04/2021, 3.4.2021
            #"(?<n1>\d{1,2})(?<sep>[/.])(?<n2>\d{1,2})\k<sep>(?<y5>\d{4})"#,
            // April 2021
            "(?<m6>\(m))\\.?,?\\s+(?<y6>\\d{4})",
            // April 4 (no year)
            "\(wd())(?<m7>\(m))\\.?\\s+(?<d8>\\d{1,2})\(ord)",
            // 4 April (no year)
            "\(wd())(?<d9>\\d{1,2})\(ord)\\s+(?:of\\s+)?(?<m8>\(m))",
            // a bare year
            #"(?<y7>(?:1[6-9]|20)\d\d)"#,
        ]
        let pattern = #"(?:"# + alternatives.joined(separator: "|") + #")(?![\p{L}\p{N}])"#
        return try! Regex(pattern)
    }()

    /// Every date in `text`, in order.
    public func mentions(in text: String) -> [DateMention] {
        var result: [DateMention] = []
        for match in text.matches(of: Self.regex) {
            // A date starts a word (Swift Regex has no lookbehind).
            if match.range.lowerBound > text.startIndex {
                let before = text[text.index(before: match.range.lowerBound)]
                if before.isLetter || before.isNumber { continue }
            }
            if let mention = mention(from: match, in: text) {
                result.append(mention)
            }
        }
        return result
    }

    /// Parses a string that is only a date (leading/trailing space and punctuation allowed).
    public func parse(_ string: String) -> DateMention? {
        let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".,;")))
        guard let match = trimmed.wholeMatch(of: Self.regex) else { return nil }
        return mention(from: match, in: trimmed)
    }

    private func mention(from match: Regex<AnyRegexOutput>.Match, in text: String) -> DateMention? {
        func cap(_ name: String) -> String? {
            match.output[name]?.substring.map(String.init)
        }
        func int(_ name: String) -> Int? { cap(name).flatMap { Int($0) } }
        let range = match.range
        let utf8Range = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
            ..< text.utf8.distance(from: text.utf8.startIndex, to: range.upperBound)
        let raw = String(text[range])
        let weekday = (1...5).lazy.compactMap { cap("wd\($0)") }.first.flatMap(Self.weekdayNumber)

        func make(_ y: Int, _ m: Int, _ d: Int, endDay: (Int, Int)? = nil, inferred: Bool = false) -> DateMention {
            let value = CalendarDate(year: y, month: m, day: d)
            var problem: DateProblem?
            if value == nil {
                problem = .impossible("\(CalendarDate.monthNames[m - 1]) has no day \(d) in \(y)")
            } else if let weekday, let value, value.weekday != weekday {
                problem = .weekdayMismatch(written: weekday, actual: value.weekday)
            }
            var end: CalendarDate?
            if let (em, ed) = endDay {
                end = CalendarDate(year: y, month: em, day: ed)
                if end == nil && problem == nil {
                    problem = .impossible("\(CalendarDate.monthNames[em - 1]) has no day \(ed) in \(y)")
                }
            }
            return DateMention(
                utf8Range: utf8Range, text: raw, value: value, end: end, precision: .day, yearInferred: inferred,
                problem: problem)
        }

        if let m1 = cap("m1").flatMap(Self.monthNumber), let d1 = int("d1"), let m2 = cap("m2").flatMap(Self.monthNumber),
            let d2 = int("d2"), let y = int("y1")
        {
            return make(y, m1, d1, endDay: (m2, d2))
        }
        if let m = cap("m3").flatMap(Self.monthNumber), let d = int("d3"), let y = int("y2") {
            return make(y, m, d, endDay: int("d4").map { (m, $0) })
        }
        if let m = cap("m4").flatMap(Self.monthNumber), let d = int("d5"), let y = int("y3") {
            if let d2 = int("d6") { return make(y, m, d, endDay: (m, d2)) }
            return make(y, m, d)
        }
        if let y = int("y4"), let m = int("m5"), let d = int("d7") {
            guard (1...12).contains(m) else { return nil }
            return make(y, m, d)
        }
        if let a = int("n1"), let b = int("n2"), let y = int("y5") {
            // Month-first (US) reading first; the other reading is an alternative.
            let mdy = CalendarDate(year: y, month: a, day: b)
            let dmy = CalendarDate(year: y, month: b, day: a)
            switch (mdy, dmy) {
            case (nil, nil):
                return DateMention(
                    utf8Range: utf8Range, text: raw, value: nil, precision: .day,
                    problem: .impossible("neither \(a)/\(b) nor \(b)/\(a) is a day of \(y)"))
            case (let v?, nil), (nil, let v?):
                return DateMention(utf8Range: utf8Range, text: raw, value: v, precision: .day)
            case (let v?, let w?):
                return DateMention(
                    utf8Range: utf8Range, text: raw, value: v, precision: .day, alternatives: v == w ? [] : [w])
            }
        }
        if let m = cap("m6").flatMap(Self.monthNumber), let y = int("y6") {
            return DateMention(
                utf8Range: utf8Range, text: raw, value: CalendarDate(year: y, month: m, day: 1), precision: .month)
        }
        if let m = cap("m7").flatMap(Self.monthNumber) ?? cap("m8").flatMap(Self.monthNumber),
            let d = int("d8") ?? int("d9")
        {
            // Day and month only: take the year from the reference date; a date that
            // would then fall more than a month after it belongs to the year before.
            guard let ref = referenceDate, d >= 1, d <= 31 else { return nil }
            var y = ref.year
            if let candidate = CalendarDate(year: y, month: m, day: min(d, 28)), candidate.days(until: ref) < -31 {
                y -= 1
            }
            return make(y, m, d, inferred: true)
        }
        if includeBareYears, let y = int("y7") {
            return DateMention(
                utf8Range: utf8Range, text: raw, value: CalendarDate(year: y, month: 1, day: 1), precision: .year)
        }
        return nil
    }

    static func monthNumber(_ name: String) -> Int? {
        let prefix = name.prefix(3).lowercased()
        let table = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return table.firstIndex(of: prefix).map { $0 + 1 }
    }

    static func weekdayNumber(_ name: String) -> Int? {
        let prefix = name.prefix(3).lowercased()
        let table = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        return table.firstIndex(of: prefix).map { $0 + 1 }
    }
}
