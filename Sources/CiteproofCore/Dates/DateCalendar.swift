import Foundation

/// The calendar a date is written in. Conversions go through Foundation's `Calendar` (ICU),
/// never through arithmetic of our own.
public enum DateCalendar: String, Hashable, Sendable, Codable, CaseIterable {
    case gregorian
    /// The Hijri calendar as Saudi Arabia's Umm al-Qura tables fix it. A civil (tabular) or
    /// sighted reading of the same written date may fall a day earlier or later.
    case islamicUmmAlQura = "islamic-umalqura"
    /// The Solar Hijri (Persian) calendar.
    case persian

    /// Days by which two honest readings of one written date may differ (Hijri: ±1).
    public var toleranceDays: Int { self == .islamicUmmAlQura ? 1 : 0 }

    /// The years this calendar's dates are read in: a year outside them is not a date of it.
    var plausibleYears: ClosedRange<Int> {
        switch self {
        case .gregorian: return 1000...2999
        case .islamicUmmAlQura: return 1300...1600
        case .persian: return 1300...1500
        }
    }

    /// The name an editor reads in a report.
    public var displayName: String {
        switch self {
        case .gregorian: return "Gregorian"
        case .islamicUmmAlQura: return "Hijri (Umm al-Qura)"
        case .persian: return "Solar Hijri"
        }
    }

    private static let gregorianCalendar = utcCalendar(.gregorian)
    private static let hijriCalendar = utcCalendar(.islamicUmmAlQura)
    private static let persianCalendar = utcCalendar(.persian)

    private static func utcCalendar(_ identifier: Calendar.Identifier) -> Calendar {
        var calendar = Calendar(identifier: identifier)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    private var foundationCalendar: Calendar {
        switch self {
        case .gregorian: return Self.gregorianCalendar
        case .islamicUmmAlQura: return Self.hijriCalendar
        case .persian: return Self.persianCalendar
        }
    }

    /// The Gregorian day of a date written in this calendar, and whether the written day exists
    /// as written. A Hijri day 30 in a month of 29 days under Umm al-Qura is within the calendar's
    /// tolerance: it converts to the following day and counts as existing.
    func gregorian(year: Int, month: Int, day: Int) -> (date: CalendarDate, exists: Bool)? {
        if self == .gregorian {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            return (date, true)
        }
        guard plausibleYears.contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let calendar = foundationCalendar
        guard let instant = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day], from: instant)
        let exact = back.year == year && back.month == month && back.day == day
        let parts = Self.gregorianCalendar.dateComponents([.year, .month, .day], from: instant)
        guard let y = parts.year, let m = parts.month, let d = parts.day, let date = CalendarDate(year: y, month: m, day: d)
        else { return nil }
        if exact { return (date, true) }
        // Day 30 of a 29-day Hijri month: a civil reading has it; Umm al-Qura rolls it over.
        return (date, self == .islamicUmmAlQura && day == 30)
    }

    /// The first and last Gregorian days of a month (or, without a month, a year) of this calendar.
    func gregorianPeriod(year: Int, month: Int?) -> (first: CalendarDate, last: CalendarDate)? {
        guard let first = gregorian(year: year, month: month ?? 1, day: 1)?.date else { return nil }
        let next = month.map { $0 == 12 ? (year + 1, 1) : (year, $0 + 1) } ?? (year + 1, 1)
        guard let following = gregorian(year: next.0, month: next.1, day: 1)?.date else { return nil }
        return (first, following.adding(days: -1))
    }

    /// The date in this calendar of a Gregorian day.
    func native(of date: CalendarDate) -> NativeDate? {
        guard let instant = Self.gregorianCalendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))
        else { return nil }
        let parts = foundationCalendar.dateComponents([.year, .month, .day], from: instant)
        guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
        return NativeDate(calendar: self, year: y, month: m, day: d)
    }
}

/// A date as written in its own calendar: `28 Rajab 1442` is year 1442, month 7, day 28.
public struct NativeDate: Hashable, Sendable, Codable {
    public var calendar: DateCalendar
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(calendar: DateCalendar, year: Int, month: Int? = nil, day: Int? = nil) {
        self.calendar = calendar
        self.year = year
        self.month = month
        self.day = day
    }
}
