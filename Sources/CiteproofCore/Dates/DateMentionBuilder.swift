/// Turns written date parts into a checked `DateMention`: resolves missing and two-digit
/// years, keeps both readings of numeric dates, and records impossible days and weekday
/// contradictions as problems.
struct DateMentionBuilder {
    let referenceDate: CalendarDate?

    func mention(_ written: WrittenDate, utf8Range: Range<Int>, text: String) -> DateMention? {
        var written = written
        if written.shortYear, let year = written.year {
            written.year = DateYearResolution.year(twoDigit: year, reference: referenceDate)
        }
        if written.numericOrderUnknown { return numericMention(written, utf8Range: utf8Range, text: text) }
        guard let month = written.month else {
            guard let year = written.year else { return nil }
            return DateMention(
                utf8Range: utf8Range, text: text, value: CalendarDate(year: year, month: 1, day: 1), precision: .year)
        }
        guard let day = written.day else {
            guard let year = written.year else { return nil }
            return DateMention(
                utf8Range: utf8Range, text: text, value: CalendarDate(year: year, month: month, day: 1),
                precision: .month)
        }
        var yearInferred = false
        let year: Int
        if let written = written.year {
            year = written
        } else {
            // A day no year has (April 31) takes the year its month would have.
            guard day <= 31, (written.endDay ?? 1) <= 31, let reference = referenceDate,
                let resolved = DateYearResolution.year(month: month, day: day, reference: reference)
                    ?? DateYearResolution.year(month: month, day: min(day, 28), reference: reference)
            else { return nil }
            year = resolved
            yearInferred = true
        }
        let value = CalendarDate(year: year, month: month, day: day)
        var problem: DateProblem? = value == nil ? Self.impossible(year: year, month: month, day: day) : nil
        var end: CalendarDate?
        if let endDay = written.endDay {
            let endMonth = written.endMonth ?? month
            let endYear = written.endYear ?? year
            end = CalendarDate(year: endYear, month: endMonth, day: endDay)
            if problem == nil {
                if end == nil {
                    problem = Self.impossible(year: endYear, month: endMonth, day: endDay)
                } else if let value, let end, end < value {
                    problem = .impossible("the range ends (\(end.longDescription)) before it starts (\(value.longDescription))")
                }
            }
        }
        if problem == nil, !yearInferred, let weekday = written.weekday, let value, value.weekday != weekday {
            problem = .weekdayMismatch(written: weekday, actual: value.weekday)
        }
        return DateMention(
            utf8Range: utf8Range, text: text, value: value, end: end, precision: .day, yearInferred: yearInferred,
            problem: problem)
    }

    /// `03/04/2021`: month-first reading first, the day-first reading as an alternative.
    private func numericMention(_ written: WrittenDate, utf8Range: Range<Int>, text: String) -> DateMention? {
        guard let year = written.year, let first = written.month, let second = written.day else { return nil }
        guard (1...31).contains(first), (1...31).contains(second), first <= 12 || second <= 12 else { return nil }
        let monthFirst = CalendarDate(year: year, month: first, day: second)
        let dayFirst = CalendarDate(year: year, month: second, day: first)
        switch (monthFirst, dayFirst) {
        case (nil, nil):
            let reading = first <= 12 ? (month: first, day: second) : (month: second, day: first)
            return DateMention(
                utf8Range: utf8Range, text: text, value: nil, precision: .day,
                problem: Self.impossible(year: year, month: reading.month, day: reading.day))
        case (let only?, nil), (nil, let only?):
            return DateMention(utf8Range: utf8Range, text: text, value: only, precision: .day)
        case (let primary?, let other?):
            return DateMention(
                utf8Range: utf8Range, text: text, value: primary, precision: .day,
                alternatives: primary == other ? [] : [other])
        }
    }

    static func impossible(year: Int, month: Int, day: Int) -> DateProblem {
        let name = CalendarDate.monthNames[month - 1]
        let length = CalendarDate.daysIn(month: month, year: year)
        let leapNote = month == 2 && day == 29 ? " (\(year) is not a leap year)" : ""
        return .impossible("\(name) \(year) has \(length) days; there is no \(name) \(day)\(leapNote)")
    }
}
