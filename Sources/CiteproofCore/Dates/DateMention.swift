/// Why a written date cannot be right as written.
public enum DateProblem: Hashable, Sendable, Codable {
    /// No such day: `31 April 2019`, `February 29, 2021`.
    case impossible(String)
    /// The weekday written does not fall on that date (1 = Sunday … 7 = Saturday).
    case weekdayMismatch(written: Int, actual: Int)
}

/// A date found in text.
public struct DateMention: Hashable, Sendable {
    /// UTF-8 offsets of the date within the scanned text.
    public var utf8Range: Range<Int>
    public var text: String
    /// The first day the text denotes (nil when the date is impossible).
    public var value: CalendarDate?
    /// The last day of a range.
    public var end: CalendarDate?
    public var precision: DatePrecision
    /// Other readings of an ambiguous numeric date.
    public var alternatives: [CalendarDate]
    /// The year was not written; `value` took it from the reference date.
    public var yearInferred: Bool
    public var problem: DateProblem?

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
}
