/// The parts of a date written in another language or calendar, before conversion.
struct ForeignWrittenDate {
    var calendar: DateCalendar
    var language: String?
    var year: Int?
    var month: Int?
    var day: Int?
    var weekday: Int?
}

/// Matches dates in the other languages and calendars citeproof reads, on UTF-8 bytes decoded
/// to scalars where needed: `3 avril 2021`, `1er avril 2021`, `3. März 2021`, `3 de abril de 2021`,
/// `3 NİSAN 2021 Cumartesi`, `5 августа 2014 г.`, `апрель 2021`, `١٢ آذار ٢٠٢٠`, `۲۲ اسفند ۱۴۰۰`,
/// `28 رجب 1442 هـ`, `12 Rabi' al-Awwal 1442`, `السبت ٣ نيسان ٢٠٢١`, `۱۳۹۹/۱۲/۲۲`, `14-09-1432 هـ`.
/// The calendar comes from the month name, else from a suffix (`هـ`, `ش`), the digits and the
/// year's range; a year in the Hijri or Solar Hijri range is never read as Gregorian.
struct ForeignDateMatcher {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Copied from the statics once per matcher: the scanner asks after nearly every English word,
    /// and a static's lazy-initialization check there cost 8 % of the scan.
    private let longerNameFirstLetters = Self.firstLettersOfLongerNames
    private let longestFirstWord = Self.longestFirstASCIIWord
    private let longerNameFirstWords = Self.firstASCIIWordsOfLongerNames

    enum DigitScript { case ascii, arabicIndic, persian }
    enum YearSuffix { case none, hijri, solarHijri, other }

    /// The date that starts at `start` and the offset just past it.
    func match(at start: Int) -> (date: ForeignWrittenDate, end: Int)? {
        guard let (first, _) = scalar(at: start) else { return nil }
        if Self.digit(first) != nil {
            return dayFirst(at: start) ?? numeric(at: start)
        }
        guard let (row, afterName) = name(at: start) else { return ordinalDayFirst(at: start) }
        switch row.kind {
        case .month:
            return monthFirst(row, after: afterName)
        case .weekday:
            var p = afterName
            p = takeComma(p)
            p = skipSpaces(p)
            guard var found = dayFirst(at: p) ?? ordinalDayFirst(at: p) ?? namedMonthFirst(at: p), found.date.day != nil
            else { return nil }
            found.date.weekday = row.number
            if found.date.language == nil { found.date.language = row.language }
            return found
        }
    }

    /// Whether the ASCII word ending at `end` may start a foreign date (a space or comma and a digit follow),
    /// so that English prose pays for no lookup of its ordinary words.
    func mayStartAfterASCIIWord(endingAt end: Int) -> Bool {
        var p = end
        if p < bytes.count, bytes[p] == UInt8(ascii: ",") || bytes[p] == UInt8(ascii: ".") { p += 1 }
        guard p < bytes.count, bytes[p] == 0x20 else { return false }
        while p < bytes.count, bytes[p] == 0x20 { p += 1 }
        return p < bytes.count && bytes[p].isASCIIDigit
    }

    /// Whether a month name of any language citeproof reads (English included) starts at `start`:
    /// `April`, `März`, `апреля`, `Nisan`, `رجب`. The sentence splitter asks it after `3.`.
    func startsMonthName(at start: Int) -> Bool {
        guard let end = wordEnd(at: start) else { return false }
        if bytes[start..<end].allSatisfy({ $0.isASCIILetter }), DateName.month(bytes[start..<end]) != nil { return true }
        guard let (row, _) = name(at: start) else { return false }
        return row.kind == .month
    }

    /// The month or weekday name of any language read here that starts at `start`, and its end.
    func namedPart(at start: Int) -> (row: ForeignDateNames.Row, end: Int)? {
        guard let (row, end) = name(at: start) else { return nil }
        return (row, end)
    }

    /// Whether the ASCII word ending at `end` is the first word of a transliterated name of
    /// several words (`Rabi`, `Dhu`, `Jumada`): compared byte by byte, no string is made.
    func startsLongerASCIIName(_ start: Int, end: Int) -> Bool {
        let length = end - start
        guard length >= 2, length <= longestFirstWord, end < bytes.count,
            bytes[end] == 0x27 || bytes[end] == 0x20 || bytes[end] == 0x2D,
            longerNameFirstLetters & (1 << UInt32(((bytes[start] | 0x20) &- 0x61) & 31)) != 0
        else { return false }
        return longerNameFirstWords.contains { word in
            word.count == length && word.indices.allSatisfy { word[$0] == bytes[start + $0] | 0x20 }
        }
    }

    /// The ASCII first words of multi-word month names, folded and sorted. A literal, so that English
    /// text never builds the folded name table (it was a tenth of the start-up of one article);
    /// `ForeignDateFirstWordsTests` derives it from `ForeignDateNames` again and fails when they differ.
    static let firstASCIIWordsOfLongerNames: [[UInt8]] = [
        "dhu", "dhualqa", "dhualqi", "dhul", "dhulqi", "jumada", "jumadi", "rabi", "rabia", "zul",
    ].map { Array($0.utf8) }
    static let firstLettersOfLongerNames: UInt32 = firstASCIIWordsOfLongerNames.reduce(0) { $0 | (1 << UInt32(($1[0] &- 0x61) & 31)) }
    static let longestFirstASCIIWord = firstASCIIWordsOfLongerNames.map(\.count).max() ?? 0

    // MARK: Forms

    /// `3 avril 2021` · `1er avril` · `3. März 2021` · `3 de abril de 2021` · `08.haziran.2014` · `٣ نيسان ٢٠٢١`
    private func dayFirst(at start: Int) -> (date: ForeignWrittenDate, end: Int)? {
        guard let day = number(at: start, maxDigits: 2), (1...39).contains(day.value) else { return nil }
        var p = day.end
        if day.value == 1, matchesASCII("er", at: p), !isWordScalar(at: p + 2) { p += 2 }
        if p < bytes.count, bytes[p] == UInt8(ascii: ".") || bytes[p] == UInt8(ascii: "-") { p += 1 }
        p = skipSpaces(p)
        p = skipConnector(p)
        guard let (row, afterName) = name(at: p), row.kind == .month else { return nil }
        var date = ForeignWrittenDate(calendar: row.calendar, language: row.language, month: row.number, day: day.value)
        p = afterName
        if p < bytes.count, bytes[p] == UInt8(ascii: ".") { p += 1 }
        if let (year, end) = yearAfterMonth(at: p, calendar: row.calendar) {
            date.year = year
            p = end
            if let (weekday, end) = weekdayAfter(p) {
                date.weekday = weekday
                p = end
            }
        } else if row.language != "ar-Latn", row.spelling.unicodeScalars.first.map({ $0.isASCII }) == true {
            // A yearless day in an ASCII-spelled language (`3 mars`) reads as English words too often.
            return nil
        }
        return (date, p)
    }

    /// `2 Ocak 2015 Cuma` · `3 апреля 2021 г., суббота` · `٢٨ رجب ١٤٤٢ هـ الجمعة`: a weekday written after
    /// a whole date, checked against it like a weekday before it.
    private func weekdayAfter(_ start: Int) -> (Int, Int)? {
        var p = takeComma(start)
        p = skipSpaces(p, allowNewline: false)
        guard p > start, let (row, end) = name(at: p), row.kind == .weekday, !isWordScalar(at: end) else { return nil }
        return (row.number, end)
    }

    /// `دوازدهم مهر ۱۳۹۴` · `بیست و سوم اردیبهشت ۱۳۸۹` · `سی ام اسفند ۱۳۸۷`: a day written as a Persian
    /// ordinal word, then a month name and a year (a yearless one is too often prose).
    private func ordinalDayFirst(at start: Int) -> (date: ForeignWrittenDate, end: Int)? {
        // Arabic script only (U+0600–U+06FF lead with 0xD8–0xDB): English words before a number pay nothing.
        guard start < bytes.count, (0xD8...0xDB).contains(bytes[start]), let firstEnd = wordEnd(at: start) else { return nil }
        let first = ForeignDateNames.fold(text(start..<firstEnd))
        var day: Int
        var p = firstEnd
        if let ordinal = Self.persianOrdinals[first] {
            day = ordinal
        } else if let tens = Self.persianTens[first] {
            // `بیست و سوم`, `سی و یکم`, `سی ام` / `سی‌ام`
            var q = skipSpaces(p, allowNewline: false)
            if let andEnd = wordEnd(at: q), text(q..<andEnd) == "و" {
                q = skipSpaces(andEnd, allowNewline: false)
                guard let unitEnd = wordEnd(at: q), let unit = Self.persianOrdinals[ForeignDateNames.fold(text(q..<unitEnd))],
                    (1...9).contains(unit)
                else { return nil }
                day = tens + unit
                p = unitEnd
            } else if let amEnd = wordEnd(at: q), ForeignDateNames.fold(text(q..<amEnd)) == "ام" {
                day = tens
                p = amEnd
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard (1...31).contains(day) else { return nil }
        p = skipSpaces(p, allowNewline: false)
        guard let (row, afterName) = name(at: p), row.kind == .month else { return nil }
        var date = ForeignWrittenDate(calendar: row.calendar, language: row.language, month: row.number, day: day)
        guard let (year, end) = yearAfterMonth(at: afterName, calendar: row.calendar) else { return nil }
        date.year = year
        p = end
        if let (weekday, end) = weekdayAfter(p) {
            date.weekday = weekday
            p = end
        }
        if date.language == nil { date.language = "fa" }
        return (date, p)
    }

    /// Persian ordinal day words, folded (`یکم` … `سی‌ام`; `اول` for the first).
    static let persianOrdinals: [String: Int] = {
        let words = [
            "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم", "سیزدهم",
            "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
        ]
        var table: [String: Int] = [:]
        for (index, word) in words.enumerated() { table[ForeignDateNames.fold(word)] = index + 1 }
        for (word, day) in [("اول", 1), ("یکام", 1), ("هیجدهم", 18), ("سی‌ام", 30), ("سیام", 30), ("سی‌یکم", 31)] {
            table[ForeignDateNames.fold(word)] = day
        }
        return table
    }()

    /// The tens before `و` and a unit ordinal (`بیست و سوم`) or before `ام` (`سی ام`).
    static let persianTens: [String: Int] = [ForeignDateNames.fold("بیست"): 20, ForeignDateNames.fold("سی"): 30]

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// `апрель 2021` · `Ramadan 1442` · `ژانویه 8, 2015` · `نيسان ٢٠٢١`
    private func monthFirst(_ row: ForeignDateNames.Row, after afterName: Int) -> (date: ForeignWrittenDate, end: Int)? {
        var p = afterName
        if p < bytes.count, bytes[p] == UInt8(ascii: ".") { p += 1 }
        p = skipSpaces(p)
        var date = ForeignWrittenDate(calendar: row.calendar, language: row.language, month: row.number)
        if let day = number(at: p, maxDigits: 2), (1...39).contains(day.value), !isDigitScalar(at: day.end) {
            var q = takeComma(day.end)
            q = skipSpaces(q)
            guard let year = number(at: q, maxDigits: 4), year.digits == 4, isBoundary(at: year.end) else { return nil }
            date.day = day.value
            date.year = year.value
            var end = suffix(at: year.end).end
            if let (weekday, afterWeekday) = weekdayAfter(end) {
                date.weekday = weekday
                end = afterWeekday
            }
            return (date, end)
        }
        guard let year = number(at: p, maxDigits: 4), year.digits == 4, isBoundary(at: year.end) else { return nil }
        date.year = year.value
        return (date, suffix(at: year.end).end)
    }

    private func namedMonthFirst(at p: Int) -> (date: ForeignWrittenDate, end: Int)? {
        guard let (row, afterName) = name(at: p), row.kind == .month else { return nil }
        return monthFirst(row, after: afterName)
    }

    /// `, 2021` · ` de 2021` · `، ٢٠٢٠ م` · `.2014` · ` 1442 هـ` after a month name.
    private func yearAfterMonth(at start: Int, calendar: DateCalendar) -> (Int, Int)? {
        var p = takeComma(start)
        if p == start, p < bytes.count, bytes[p] == UInt8(ascii: ".") || bytes[p] == UInt8(ascii: "-") { p += 1 }
        p = skipSpaces(p)
        p = skipConnector(p)
        guard let year = number(at: p, maxDigits: 4), year.digits == 4, isBoundary(at: year.end) else { return nil }
        return (year.value, suffix(at: year.end).end)
    }

    /// `۱۳۹۹/۱۲/۲۲` · `١٤٤٢/٧/٢٨ هـ` · `14-09-1432 هـ` · `٢٢/٣/٢٠٢١`
    private func numeric(at start: Int) -> (date: ForeignWrittenDate, end: Int)? {
        guard let first = number(at: start, maxDigits: 4), let separator = byte(at: first.end),
            separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".")
        else { return nil }
        guard let second = number(at: first.end + 1, maxDigits: 2), byte(at: second.end) == separator,
            let third = number(at: second.end + 1, maxDigits: 4), !isDigitScalar(at: third.end),
            !(byte(at: third.end) == separator && isDigitScalar(at: third.end + 1))
        else { return nil }
        let (year, month, day): (Int, Int, Int)
        if first.digits == 4, third.digits <= 2 {
            (year, month, day) = (first.value, second.value, third.value)
        } else if first.digits <= 2, third.digits == 4 {
            (year, month, day) = (third.value, second.value, first.value)
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let suffix = suffix(at: third.end)
        let script = first.script
        var calendar: DateCalendar
        if year >= 1600 {
            guard script != .ascii else { return nil }  // the English scanner reads ASCII numeric dates
            calendar = .gregorian
        } else if suffix.kind == .hijri {
            calendar = .islamicUmmAlQura
        } else if suffix.kind == .solarHijri || script == .persian {
            calendar = .persian
        } else if year >= 1405 {
            calendar = .islamicUmmAlQura  // a Solar Hijri year of 1405 or later is still to come
        } else if year <= 1398 {
            calendar = .persian  // a Hijri year before 1399 is before 1979
        } else if script == .arabicIndic {
            calendar = .islamicUmmAlQura
        } else {
            return nil  // 1399–1404 in ASCII digits, no marker: either calendar
        }
        guard calendar.plausibleYears.contains(year) || calendar == .gregorian else { return nil }
        if calendar == .gregorian, suffix.kind == .hijri { calendar = .islamicUmmAlQura }
        let language: String? = script == .persian || calendar == .persian ? "fa" : script == .arabicIndic || suffix.kind == .hijri ? "ar" : nil
        return (ForeignWrittenDate(calendar: calendar, language: language, year: year, month: month, day: day), suffix.end)
    }

    // MARK: Pieces

    /// A month or weekday name of one to three words, the longest that is known.
    private func name(at start: Int) -> (ForeignDateNames.Row, Int)? {
        guard let firstEnd = wordEnd(at: start) else { return nil }
        let firstKey: String
        let word = bytes[start..<firstEnd]
        if word.allSatisfy({ $0.isASCIILetter }) {
            firstKey = ForeignDateNames.foldASCII(word)
        } else {
            firstKey = ForeignDateNames.fold(String(decoding: UnsafeBufferPointer(rebasing: word), as: UTF8.self))
        }
        let single = ForeignDateNames.byKey[firstKey]
        guard ForeignDateNames.firstWordsOfLongerNames.contains(firstKey) else { return single.map { ($0, firstEnd) } }
        var ends: [Int] = []
        var p = firstEnd
        while ends.count < 2 {
            let next = skipSpaces(p, allowNewline: false)
            guard let end = wordEnd(at: next) else { break }
            ends.append(end)
            p = end
        }
        for end in ends.reversed() {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            if let row = ForeignDateNames.lookup(Substring(text)) { return (row, end) }
        }
        return single.map { ($0, firstEnd) }
    }

    /// The end of the word at `start`: letters and marks, with apostrophes and hyphens between
    /// letters and an apostrophe after one (`Rabi'`, `al-Awwal`, `Sha'ban`).
    private func wordEnd(at start: Int) -> Int? {
        var p = start
        while let (s, length) = scalar(at: p) {
            if Self.isLetterLike(s) {
                p += length
            } else if p > start, Self.isApostropheOrHyphen(s) {
                if let (next, _) = scalar(at: p + length), Self.isLetterLike(next) {
                    p += length
                } else if s.value != 0x2D {
                    p += length
                    break
                } else {
                    break
                }
            } else {
                break
            }
        }
        return p > start ? p : nil
    }

    private static func isLetterLike(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return UInt8(s.value).isASCIILetter }
        if s.value == 0x200C || s.value == 0x200D || s.value == 0x0640 { return true }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    private static func isApostropheOrHyphen(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x27, 0x2D, 0x2019, 0x2018, 0x02BC, 0x02BB, 0x02BE, 0x02BF: return true
        default: return false
        }
    }

    /// A run of digits of one script (ASCII, Arabic-Indic ٠–٩, Persian ۰–۹).
    private func number(at start: Int, maxDigits: Int) -> (value: Int, digits: Int, script: DigitScript, end: Int)? {
        var p = start
        var value = 0
        var digits = 0
        var script: DigitScript?
        while let (s, length) = scalar(at: p), let (d, digitScript) = Self.digit(s) {
            if let script, script != digitScript { return nil }
            script = digitScript
            value = value * 10 + d
            digits += 1
            p += length
            if digits > maxDigits { return nil }
        }
        guard let script, digits > 0 else { return nil }
        return (value, digits, script, p)
    }

    static func digit(_ s: Unicode.Scalar) -> (Int, DigitScript)? {
        switch s.value {
        case 0x30...0x39: return (Int(s.value - 0x30), .ascii)
        case 0x0660...0x0669: return (Int(s.value - 0x0660), .arabicIndic)
        case 0x06F0...0x06F9: return (Int(s.value - 0x06F0), .persian)
        default: return nil
        }
    }

    /// A year's suffix: `هـ` (Hijri), `ه‍.ش`/`ش` (Solar Hijri), `م`, `г.`, `года`, `року`, `р.`, `yılı`, `AH`.
    private func suffix(at start: Int) -> (kind: YearSuffix, end: Int) {
        let p = skipSpaces(start, allowNewline: false)
        let candidates: [(String, YearSuffix)] = [
            ("هـ.ش", .solarHijri), ("ه.ش", .solarHijri), ("هـ ش", .solarHijri), ("ه ش", .solarHijri), ("ش", .solarHijri),
            ("هـ", .hijri), ("ه", .hijri), ("A.H.", .hijri), ("AH", .hijri), ("م", .other), ("года", .other),
            ("г.", .other), ("г", .other), ("року", .other), ("р.", .other), ("yılı", .other),
        ]
        for (text, kind) in candidates {
            let utf8 = Array(text.utf8)
            guard p + utf8.count <= bytes.count, bytes[p..<(p + utf8.count)].elementsEqual(utf8) else { continue }
            let end = p + utf8.count
            if text.hasSuffix(".") || !isWordScalar(at: end) { return (kind, end) }
        }
        return (.none, start)
    }

    /// Spanish `de`/`del` between day, month and year.
    private func skipConnector(_ start: Int) -> Int {
        for word in ["del", "de"] where matchesASCII(word, at: start) && !isWordScalar(at: start + word.utf8.count) {
            let after = skipSpaces(start + word.utf8.count)
            return after > start + word.utf8.count ? after : start
        }
        return start
    }

    private func takeComma(_ start: Int) -> Int {
        if byte(at: start) == UInt8(ascii: ",") { return start + 1 }
        if byte(at: start) == 0xD8, byte(at: start + 1) == 0x8C { return start + 2 }  // ، U+060C
        return start
    }

    /// Skips spaces (also no-break and thin spaces and the bidirectional marks of right-to-left
    /// text) and at most one line break.
    private func skipSpaces(_ start: Int, allowNewline: Bool = true) -> Int {
        var p = start
        var newlines = 0
        while let (s, length) = scalar(at: p) {
            switch s.value {
            case 0x20, 0x09, 0x0D, 0xA0, 0x2007, 0x2009, 0x200A, 0x202F, 0x200E, 0x200F, 0x061C:
                p += length
            case 0x0A where allowNewline && newlines == 0:
                newlines += 1
                p += length
            default:
                return p
            }
        }
        return p
    }

    private static let persianHour = Array("ساعت".utf8)

    private func matchesUTF8(_ expected: [UInt8], at start: Int) -> Bool {
        start + expected.count <= bytes.count && bytes[start..<(start + expected.count)].elementsEqual(expected)
    }

    private func matchesASCII(_ lowercased: String, at start: Int) -> Bool {
        let utf8 = Array(lowercased.utf8)
        guard start + utf8.count <= bytes.count else { return false }
        for (offset, expected) in utf8.enumerated() where bytes[start + offset] | 0x20 != expected { return false }
        return true
    }

    private func byte(at offset: Int) -> UInt8? { offset >= 0 && offset < bytes.count ? bytes[offset] : nil }

    private func isWordScalar(at p: Int) -> Bool {
        guard let (s, _) = scalar(at: p) else { return false }
        return Self.isLetterLike(s) || Self.digit(s) != nil
    }

    private func isDigitScalar(at p: Int) -> Bool {
        guard let (s, _) = scalar(at: p) else { return false }
        return Self.digit(s) != nil
    }

    /// Not followed by a letter or digit, nor by a decimal or thousands separator and a digit.
    private func isBoundary(at p: Int) -> Bool {
        if isWordScalar(at: p) {
            // `2014г.`: a year suffix may follow without a space; so does `ساعت` (hour) in
            // Persian pages (`۱۳۸۷ساعت 19:47`).
            return suffix(at: p).kind != .none || matchesUTF8(Self.persianHour, at: p)
        }
        if let b = byte(at: p), b == UInt8(ascii: ".") || b == UInt8(ascii: ","), isDigitScalar(at: p + 1) { return false }
        return true
    }

    /// The scalar at a byte offset and its length in bytes.
    func scalar(at p: Int) -> (Unicode.Scalar, Int)? {
        guard p >= 0, p < bytes.count else { return nil }
        let b0 = bytes[p]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0
        guard length > 0, p + length <= bytes.count else { return nil }
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = (value << 6) | UInt32(bytes[p + k] & 0x3F) }
        guard let s = Unicode.Scalar(value) else { return nil }
        return (s, length)
    }

    /// Whether the scalar before `p` ends a word (so a date cannot start at `p`).
    func followsWordScalar(_ p: Int) -> Bool {
        var q = p - 1
        while q > 0, bytes[q] & 0xC0 == 0x80 { q -= 1 }
        guard q >= 0, let (s, _) = scalar(at: q) else { return false }
        return Self.isLetterLike(s) || Self.digit(s) != nil
    }
}
