/// Why a written date cannot be right as written.
public enum DateProblem: Hashable, Sendable, Codable {
    /// No such day: `31 April 2019`, `February 29, 2021`.
    case impossible(String)
    /// The weekday written does not fall on that date (1 = Sunday … 7 = Saturday).
    case weekdayMismatch(written: Int, actual: Int)

    /// A sentence an editor can read.
    public var explanation: String {
        switch self {
        case .impossible(let reason):
            return reason
        case .weekdayMismatch(let written, let actual):
            return "it says \(Self.weekdayNames[written - 1]), but that day was a \(Self.weekdayNames[actual - 1])"
        }
    }

    public static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
}

/// A date found in text.
public struct DateMention: Hashable, Sendable {
    /// UTF-8 offsets of the date within the scanned text.
    public var utf8Range: Range<Int>
    public var text: String
    /// The first day the text denotes (nil when the date is impossible); for month or year
    /// precision, the first day of the period.
    public var value: CalendarDate?
    /// The last day of a range.
    public var end: CalendarDate?
    public var precision: DatePrecision
    /// Other readings of an ambiguous numeric date.
    public var alternatives: [CalendarDate]
    /// The year was not written; `value` took it from the reference date.
    public var yearInferred: Bool
    public var problem: DateProblem?
    /// The calendar the date is written in; `value` and `end` are always Gregorian.
    public var calendar: DateCalendar = .gregorian
    /// The language of the month or weekday name (BCP 47), nil for English and bare numbers.
    public var language: String?
    /// The date as written in its own calendar, for dates not written in the Gregorian calendar.
    public var native: NativeDate?

    public init(
        utf8Range: Range<Int>, text: String, value: CalendarDate?, end: CalendarDate? = nil,
        precision: DatePrecision, alternatives: [CalendarDate] = [], yearInferred: Bool = false,
        problem: DateProblem? = nil
    ) {
        self.utf8Range = utf8Range
        self.text = text
        self.value = value
        self.end = end
        self.precision = precision
        self.alternatives = alternatives
        self.yearInferred = yearInferred
        self.problem = problem
    }

    /// The last day the text can mean: the end of a range, of the month or of the year.
    public var lastDay: CalendarDate? {
        if let end { return end }
        guard let value else { return nil }
        return value.lastDay(of: precision)
    }

    /// Every reading of the date: `value` and the `alternatives`.
    public var readings: [CalendarDate] {
        (value.map { [$0] } ?? []) + alternatives
    }

    /// The mention as the model's `CitedDate`, with its location and role.
    public func citedDate(role: DateRole, location: SourceLocation? = nil) -> CitedDate {
        CitedDate(
            text: text, location: location, value: value, end: end, precision: precision, role: role,
            alternatives: alternatives, yearInferred: yearInferred, calendar: calendar == .gregorian ? nil : calendar,
            language: language, native: native)
    }
}

extension CalendarDate {
    /// The last day of the month or year that starts at this date's period.
    public func lastDay(of precision: DatePrecision) -> CalendarDate {
        switch precision {
        case .day:
            return self
        case .month:
            return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)) ?? self
        case .year:
            return CalendarDate(year: year, month: 12, day: 31) ?? self
        }
    }
}
