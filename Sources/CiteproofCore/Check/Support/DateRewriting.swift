/// A date written in another language or calendar, rewritten to another day in the same script,
/// calendar and spelling: `5 апреля 2021 г.` → `3 апреля 2021 г.`, `٢٨ رجب ١٤٤٢ هـ` → `٢٩ رجب ١٤٤٢ هـ`,
/// `۱۳۹۹/۱۲/۲۲` → `۱۳۹۹/۱۲/۲۰`. Suggestions speak the source's language: an editor corrects the
/// note as the source wrote it.
extension DateRuleText {
    static func rewritten(_ date: CitedDate, to target: CalendarDate) -> String? {
        let calendar = date.native?.calendar ?? .gregorian
        let old: (year: Int, month: Int, day: Int)
        let new: (year: Int, month: Int, day: Int)
        if calendar == .gregorian {
            guard let value = date.value, date.precision == nil || date.precision == .day else { return nil }
            old = (value.year, value.month, value.day)
            new = (target.year, target.month, target.day)
        } else {
            guard let native = date.native, let month = native.month, let day = native.day,
                let converted = calendar.native(of: target)
            else { return nil }
            old = (native.year, month, day)
            guard let m = converted.month, let d = converted.day else { return nil }
            new = (converted.year, m, d)
        }
        var text = date.text.trimmingWhitespace()
        text.makeContiguousUTF8()
        let bytes = Array(text.utf8)
        // Pieces to replace, as byte ranges, found left to right.
        var replacements: [(Range<Int>, String)] = []
        var numbers: [(range: Range<Int>, value: Int, digits: Int, zero: UInt32)] = []
        var names: [(range: Range<Int>, row: ForeignDateNames.Row)] = []
        bytes.withUnsafeBufferPointer { buffer in
            let matcher = ForeignDateMatcher(bytes: buffer)
            var p = 0
            while p < buffer.count {
                guard let (s, length) = matcher.scalar(at: p) else { p += 1; continue }
                if let (d, _) = ForeignDateMatcher.digit(s) {
                    let zero = s.value - UInt32(d)
                    var q = p
                    var value = 0
                    var digits = 0
                    while let (t, l) = matcher.scalar(at: q), let (e, _) = ForeignDateMatcher.digit(t) {
                        value = value * 10 + e
                        digits += 1
                        q += l
                    }
                    numbers.append((p..<q, value, digits, zero))
                    p = q
                    continue
                }
                if !matcher.followsWordScalar(p), let (row, end) = matcher.namedPart(at: p) {
                    names.append((p..<end, row))
                    p = end
                    continue
                }
                p += length
            }
        }
        func digits(_ value: Int, like number: (range: Range<Int>, value: Int, digits: Int, zero: UInt32)) -> String {
            var plain = String(value)
            // Zero-padded as written (`۰۱`), else as the number is (`30` → `3`).
            if number.digits > String(number.value).count, plain.count < number.digits { plain = String(repeating: "0", count: number.digits - plain.count) + plain }
            return String(String.UnicodeScalarView(plain.unicodeScalars.map { Unicode.Scalar(number.zero + ($0.value - 0x30))! }))
        }
        guard let yearIndex = numbers.firstIndex(where: { $0.digits == 4 && $0.value == old.year }) else { return nil }
        replacements.append((numbers[yearIndex].range, digits(new.year, like: numbers[yearIndex])))
        let small = numbers.indices.filter { $0 != yearIndex && numbers[$0].digits <= 2 }
        let monthNames = names.filter { $0.row.kind == .month }
        if let monthName = monthNames.first {
            guard let dayIndex = small.first(where: { numbers[$0].value == old.day }) else { return nil }
            replacements.append((numbers[dayIndex].range, digits(new.day, like: numbers[dayIndex])))
            if new.month != old.month {
                guard let spelling = sibling(of: monthName.row, number: new.month) else { return nil }
                replacements.append((monthName.range, spelling))
            }
        } else {
            // Numeric: year first (Y/M/D) or last (D/M/Y).
            guard small.count == 2 else { return nil }
            let yearFirst = yearIndex < small[0]
            let (monthIndex, dayIndex) = yearFirst ? (small[0], small[1]) : (small[1], small[0])
            guard numbers[monthIndex].value == old.month, numbers[dayIndex].value == old.day else { return nil }
            replacements.append((numbers[monthIndex].range, digits(new.month, like: numbers[monthIndex])))
            replacements.append((numbers[dayIndex].range, digits(new.day, like: numbers[dayIndex])))
        }
        for weekday in names where weekday.row.kind == .weekday {
            // The weekday of the new day, in the same spelling.
            guard let spelling = sibling(of: weekday.row, number: target.weekday) else { return nil }
            replacements.append((weekday.range, spelling))
        }
        var result = bytes
        for (range, replacement) in replacements.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            result.replaceSubrange(range, with: Array(replacement.utf8))
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The spelling of month (or weekday) `number` in the same language, calendar and form as `row`:
    /// the row as far from `row` in the tables as the numbers are apart, else the first of that number.
    private static func sibling(of row: ForeignDateNames.Row, number: Int) -> String? {
        let rows = ForeignDateNames.icuTable + ForeignDateNames.variants
        let same = { (other: ForeignDateNames.Row) in
            other.language == row.language && other.calendar == row.calendar && other.kind == row.kind && other.number == number
        }
        if let index = rows.firstIndex(of: row) {
            let candidate = index + number - row.number
            if rows.indices.contains(candidate), same(rows[candidate]) { return rows[candidate].spelling }
        }
        return rows.first(where: same)?.spelling
    }
}
