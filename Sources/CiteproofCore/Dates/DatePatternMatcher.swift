/// The parts of a written date before they are checked and resolved.
struct WrittenDate {
    var year: Int?
    var month: Int?
    var day: Int?
    var endYear: Int?
    var endMonth: Int?
    var endDay: Int?
    var weekday: Int?
    /// A two-digit year (`1/1/16`), to be placed in a century.
    var shortYear = false
    /// A numeric day/month whose order is unknown (`03/04/2021`): `day` and `month` are the written order.
    var numericOrderUnknown = false
    /// Written in digits only (`2021-04-03`, `03/04/2021`), no month name.
    var numeric = false
}

/// Matches the date forms editors write, starting at a word or number boundary.
struct DatePatternMatcher {
    let bytes: UnsafeBufferPointer<UInt8>
    let includeBareYears: Bool

    /// The date that starts at `start`, the offset of its first byte (an opening `[`
    /// around a month may move it back) and the offset just past it.
    func match(at start: Int) -> (date: WrittenDate, start: Int, end: Int)? {
        var cursor = DateByteCursor(bytes: bytes, position: start)
        guard let first = cursor.current else { return nil }
        if first.isASCIIDigit {
            if let numeric = numericDate(at: cursor) { return (numeric.0, start, numeric.1) }
            guard let dayFirst = dayFirstDate(at: cursor) else { return nil }
            return (dayFirst.0, start, dayFirst.1)
        }
        guard let range = cursor.word(), let name = DateName.lookup(bytes[range]) else { return nil }
        switch name {
        case .month:
            guard let found = monthFirstDate(at: DateByteCursor(bytes: bytes, position: start)) else { return nil }
            let bracketed = start > 0 && bytes[start - 1] == UInt8(ascii: "[") && found.bracketClosed
            return (found.date, bracketed ? start - 1 : start, found.end)
        case .weekday(let weekday):
            _ = cursor.take(UInt8(ascii: "."))
            _ = cursor.take(UInt8(ascii: ","))
            guard cursor.skipSpaces(), let next = cursor.current else { return nil }
            var found: (WrittenDate, Int)?
            if next.isASCIIDigit {
                found = dayFirstDate(at: cursor)
            } else if let monthFirst = monthFirstDate(at: cursor) {
                found = (monthFirst.date, monthFirst.end)
            }
            guard let (foundDate, end) = found, foundDate.day != nil else { return nil }
            var date = foundDate
            date.weekday = weekday
            return (date, start, end)
        }
    }

    // MARK: Month first: April 3, 2021 · Apr. 3rd 2021 · April 2–3, 2021 · April 30 – May 2, 2021 · April 2021 · April 4

    private func monthFirstDate(at start: DateByteCursor) -> (date: WrittenDate, end: Int, bracketClosed: Bool)? {
        var cursor = start
        guard let range = cursor.word(), let month = DateName.month(bytes[range]) else { return nil }
        let bracketClosed = cursor.take(UInt8(ascii: "]"))
        _ = cursor.take(UInt8(ascii: "."))
        var date = WrittenDate(month: month)

        var afterDay = cursor
        if afterDay.skipSpaces(), let day = dayNumber(&afterDay) {
            date.day = day
            var range = afterDay
            if range.takeRangeSeparator() {
                var endCursor = range
                if let word = endCursor.word(), let endMonth = DateName.month(bytes[word]) {
                    _ = endCursor.take(UInt8(ascii: "."))
                    if endCursor.skipSpaces(), let endDay = dayNumber(&endCursor) {
                        date.endMonth = endMonth
                        date.endDay = endDay
                        afterDay = endCursor
                    }
                } else if let endDay = dayNumber(&endCursor) {
                    date.endMonth = month
                    date.endDay = endDay
                    afterDay = endCursor
                }
            }
            if let (year, afterYear) = year(afterDay: afterDay) {
                date.year = year
                afterDay = afterYear
                if date.endDay == nil, let (end, afterEnd) = monthFirstEndOfRange(after: afterDay) {
                    (date.endYear, date.endMonth, date.endDay) = (end.year, end.month, end.day)
                    afterDay = afterEnd
                }
            }
            return (date, afterDay.position, bracketClosed)
        }

        var afterYear = cursor
        _ = afterYear.take(UInt8(ascii: ","))
        if afterYear.skipSpaces(), let year = fourDigitYear(&afterYear) {
            date.year = year
            return (date, afterYear.position, bracketClosed)
        }
        return nil
    }

    /// `– January 2, 2021` after a full date.
    private func monthFirstEndOfRange(after cursor: DateByteCursor) -> (WrittenDate, DateByteCursor)? {
        var cursor = cursor
        guard cursor.takeRangeSeparator(), let word = cursor.word(), let month = DateName.month(bytes[word]) else {
            return nil
        }
        _ = cursor.take(UInt8(ascii: "."))
        guard cursor.skipSpaces(), let day = dayNumber(&cursor), let (year, after) = year(afterDay: cursor) else {
            return nil
        }
        return (WrittenDate(year: year, month: month, day: day), after)
    }

    // MARK: Day first: 3 April 2021 · 3rd of April, 2021 · 2–3 April 2021 · 30 April – 2 May 2021 · 4 April

    private func dayFirstDate(at start: DateByteCursor) -> (WrittenDate, Int)? {
        var cursor = start
        guard let day = dayNumber(&cursor) else { return nil }
        var date = WrittenDate(day: day)
        var range = cursor
        if range.takeRangeSeparator(), let endDay = dayNumber(&range) {
            date.endDay = endDay
            cursor = range
        }
        guard let (month, afterMonth) = monthAfterDay(cursor) else { return nil }
        date.month = month
        cursor = afterMonth
        if date.endDay != nil {
            date.endMonth = month
        } else {
            var range = cursor
            if range.takeRangeSeparator(), let endDay = dayNumber(&range), let (endMonth, after) = monthAfterDay(range) {
                (date.endDay, date.endMonth) = (endDay, endMonth)
                cursor = after
            }
        }
        var yearCursor = cursor
        let comma = yearCursor.take(UInt8(ascii: ","))
        if yearCursor.skipSpaces() || comma, let year = fourDigitYear(&yearCursor) {
            date.year = year
            cursor = yearCursor
            if date.endDay == nil {
                var range = cursor
                if range.takeRangeSeparator(), let endDay = dayNumber(&range), let (endMonth, after) = monthAfterDay(range) {
                    var endYearCursor = after
                    let comma = endYearCursor.take(UInt8(ascii: ","))
                    if endYearCursor.skipSpaces() || comma, let endYear = fourDigitYear(&endYearCursor) {
                        (date.endDay, date.endMonth, date.endYear) = (endDay, endMonth, endYear)
                        cursor = endYearCursor
                    }
                }
            }
        }
        return (date, cursor.position)
    }

    /// ` April` / `. April` / ` of April` / ` [April]` after a day number.
    private func monthAfterDay(_ start: DateByteCursor) -> (Int, DateByteCursor)? {
        var cursor = start
        _ = cursor.take(UInt8(ascii: "."))
        guard cursor.skipSpaces() else { return nil }
        var of = cursor
        if of.takeWord("of"), of.skipSpaces() { cursor = of }
        let bracket = cursor.take(UInt8(ascii: "["))
        guard let word = cursor.word(), let month = DateName.month(bytes[word]) else { return nil }
        if bracket, !cursor.take(UInt8(ascii: "]")) { return nil }
        _ = cursor.take(UInt8(ascii: "."))
        return (month, cursor)
    }

    // MARK: Numbers: 2021-04-03 · 03/04/2021 · 3.4.2021 · 06-17-2014 · 1/1/16 · 11. 12. 2014 · 2003

    private func numericDate(at start: DateByteCursor) -> (WrittenDate, Int)? {
        var cursor = start
        guard let first = cursor.number(maxDigits: 4) else { return nil }
        if first.digits == 4 {
            return yearFirstDate(year: first.value, cursor: cursor) ?? bareYear(first.value, cursor: cursor)
        }
        guard first.digits <= 2 else { return nil }
        guard let separator = cursor.current,
            separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "-")
        else { return nil }
        cursor.position += 1
        let dotted = separator == UInt8(ascii: ".")
        let spaced = dotted && cursor.skipSpaces()
        guard let second = cursor.number(maxDigits: 2), cursor.take(separator) else { return nil }
        if spaced { guard cursor.skipSpaces() else { return nil } }
        guard let third = cursor.number(maxDigits: 4), !followsAsNumber(cursor, separator: separator) else { return nil }
        let shortYearAllowed = separator == UInt8(ascii: "/")
        guard third.digits == 4 || (third.digits == 2 && shortYearAllowed) else { return nil }
        var date = WrittenDate(year: third.value, month: first.value, day: second.value)
        date.shortYear = third.digits == 2
        date.numericOrderUnknown = true
        date.numeric = true
        return (date, cursor.position)
    }

    /// `2021-04-03`, `2021/04/03`, also before a time (`2015-05-02T10:20:19`).
    private func yearFirstDate(year: Int, cursor start: DateByteCursor) -> (WrittenDate, Int)? {
        var cursor = start
        guard let separator = cursor.current, separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") else {
            return nil
        }
        cursor.position += 1
        guard let month = cursor.number(maxDigits: 2), cursor.take(separator), let day = cursor.number(maxDigits: 2),
            (1...12).contains(month.value), (1...31).contains(day.value)
        else { return nil }
        let timeFollows = cursor.current == UInt8(ascii: "T") && cursor.byte(at: cursor.position + 1)?.isASCIIDigit == true
        guard timeFollows || (cursor.atWordBoundary && !followsAsNumber(cursor, separator: separator)) else { return nil }
        var date = WrittenDate(year: year, month: month.value, day: day.value)
        date.numeric = true
        return (date, cursor.position)
    }

    private func bareYear(_ year: Int, cursor: DateByteCursor) -> (WrittenDate, Int)? {
        guard includeBareYears, (1600...2099).contains(year), cursor.atWordBoundary, !cursor.continuesNumber else {
            return nil
        }
        return (WrittenDate(year: year), cursor.position)
    }

    // MARK: Pieces

    /// A day of the month with an optional ordinal suffix, not the start of a time or a longer number.
    /// Days 32–39 are read so that `32 January 2015` is reported as impossible; without a
    /// written year they are dropped later (`April 35 people`).
    private func dayNumber(_ cursor: inout DateByteCursor) -> Int? {
        var copy = cursor
        guard let number = copy.number(maxDigits: 2), (1...39).contains(number.value) else { return nil }
        copy.takeOrdinalSuffix()
        guard copy.atWordBoundary, !copy.continuesNumber else { return nil }
        if copy.current == UInt8(ascii: ":") { return nil }
        cursor = copy
        return number.value
    }

    /// `, 2021` or ` 2021` after a day, also with a clock time between (`Aug 05 12:00:00 2015`).
    private func year(afterDay start: DateByteCursor) -> (Int, DateByteCursor)? {
        var cursor = start
        let comma = cursor.take(UInt8(ascii: ","))
        guard cursor.skipSpaces() || comma else { return nil }
        var plain = cursor
        if let year = fourDigitYear(&plain) { return (year, plain) }
        guard !comma, skipClockTime(&cursor), cursor.skipSpaces(), let year = fourDigitYear(&cursor) else { return nil }
        return (year, cursor)
    }

    private func fourDigitYear(_ cursor: inout DateByteCursor) -> Int? {
        var copy = cursor
        guard let number = copy.number(maxDigits: 4), number.digits == 4, (1000...2999).contains(number.value),
            copy.atWordBoundary, !copy.continuesNumber
        else { return nil }
        cursor = copy
        return number.value
    }

    private func skipClockTime(_ cursor: inout DateByteCursor) -> Bool {
        var copy = cursor
        guard copy.number(maxDigits: 2) != nil, copy.take(UInt8(ascii: ":")), copy.number(maxDigits: 2) != nil else {
            return false
        }
        if copy.take(UInt8(ascii: ":")), copy.number(maxDigits: 2) == nil { return false }
        cursor = copy
        return true
    }

    /// `1.2.2021.3`, `2021-04-03-7`: the digits go on, so this is not a date.
    private func followsAsNumber(_ cursor: DateByteCursor, separator: UInt8) -> Bool {
        if let b = cursor.current, b.isASCIIDigit || b.isASCIILetter { return true }
        return cursor.current == separator && cursor.byte(at: cursor.position + 1)?.isASCIIDigit == true
    }
}
