/// Turns a date written in another language or calendar into a checked `DateMention`: converts
/// Hijri and Solar Hijri dates to Gregorian with Foundation's calendars, resolves yearless
/// Gregorian dates, and records impossible days and weekday contradictions as problems.
struct ForeignDateMentionBuilder {
    let referenceDate: CalendarDate?

    func mention(_ written: ForeignWrittenDate, utf8Range: Range<Int>, text: String) -> DateMention? {
        let calendar = written.calendar
        guard let month = written.month else { return nil }
        var mention = DateMention(utf8Range: utf8Range, text: text, value: nil, precision: .day)
        mention.calendar = calendar
        mention.language = written.language
        guard let year = written.year else {
            // Only a Gregorian day may go without its year (`12 января`).
            guard calendar == .gregorian, let day = written.day, day <= 31, let reference = referenceDate,
                let resolved = DateYearResolution.year(month: month, day: day, reference: reference)
                    ?? DateYearResolution.year(month: month, day: min(day, 28), reference: reference)
            else { return nil }
            mention.value = CalendarDate(year: resolved, month: month, day: day)
            mention.yearInferred = true
            if mention.value == nil { mention.problem = DateMentionBuilder.impossible(year: resolved, month: month, day: day) }
            return mention
        }
        // The calendar decides which years it has: 1442 with a Gregorian month name is no date.
        guard calendar.plausibleYears.contains(year), calendar != .gregorian || year >= 1600 else { return nil }
        if calendar != .gregorian { mention.native = NativeDate(calendar: calendar, year: year, month: month, day: written.day) }
        guard let day = written.day else {
            guard let period = calendar.gregorianPeriod(year: year, month: month) else { return nil }
            mention.precision = .month
            mention.value = period.first
            if calendar != .gregorian { mention.end = period.last }
            return mention
        }
        if let converted = calendar.gregorian(year: year, month: month, day: day), converted.exists {
            mention.value = converted.date
        } else if calendar == .gregorian {
            mention.problem = DateMentionBuilder.impossible(year: year, month: month, day: day)
        } else {
            mention.problem = .impossible("the \(calendar.displayName) month \(month) of \(year) has no day \(day)")
        }
        if mention.problem == nil, let weekday = written.weekday, let value = mention.value, value.weekday != weekday {
            // A Hijri date may honestly fall a day either side of Umm al-Qura's reading.
            let tolerance = calendar.toleranceDays
            let near = (-tolerance...tolerance).contains { value.adding(days: $0).weekday == weekday }
            if !near { mention.problem = .weekdayMismatch(written: weekday, actual: value.weekday) }
        }
        return mention
    }
}
