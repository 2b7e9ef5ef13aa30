/// Places dates whose year was not written (or written with two digits) in time.
enum DateYearResolution {
    /// How far after the reference date a yearless date may fall and still be in its year
    /// ("scheduled to begin on April 7" in an article of April 4).
    static let futureGraceDays = 31

    /// The year of a yearless day: the latest occurrence of that day no more than
    /// `futureGraceDays` after the reference (a cited date precedes publication).
    /// February 29 walks back to the last leap year.
    static func year(month: Int, day: Int, reference: CalendarDate) -> Int? {
        let latest = reference.adding(days: futureGraceDays)
        for year in stride(from: reference.year + 1, through: reference.year - 8, by: -1) {
            if let candidate = CalendarDate(year: year, month: month, day: day), candidate <= latest {
                return year
            }
        }
        return nil
    }

    /// The year a two-digit year stands for: the one within 80 years before and
    /// 20 after the reference year (without a reference, 2000–2049 and 1950–1999).
    static func year(twoDigit: Int, reference: CalendarDate?) -> Int {
        let pivot = reference?.year ?? 2030
        var year = (pivot / 100) * 100 + twoDigit
        if year > pivot + 20 { year -= 100 }
        if year <= pivot - 80 { year += 100 }
        return year
    }
}
