/// English month and weekday names, looked up from raw bytes without building strings.
enum DateName: Equatable {
    case month(Int)
    /// 1 = Sunday … 7 = Saturday.
    case weekday(Int)

    private struct Entry {
        let name: DateName
        /// Lower-case spellings are accepted only for full names that are not also common words.
        let lowercaseAllowed: Bool
    }

    private static let table: [UInt64: Entry] = {
        var table: [UInt64: Entry] = [:]
        let months: [[String]] = [
            ["jan", "january"], ["feb", "february"], ["mar", "march"], ["apr", "april"], ["may"],
            ["jun", "june"], ["jul", "july"], ["aug", "august"], ["sep", "sept", "september"],
            ["oct", "october"], ["nov", "november"], ["dec", "december"],
        ]
        let weekdays: [[String]] = [
            ["sun", "sunday"], ["mon", "monday"], ["tue", "tues", "tuesday"], ["wed", "wednesday"],
            ["thu", "thur", "thurs", "thursday"], ["fri", "friday"], ["sat", "saturday"],
        ]
        let commonWords: Set<String> = ["may", "march", "august"]
        for (index, spellings) in months.enumerated() {
            for spelling in spellings {
                let full = spelling.count > 4 || spelling == "june" || spelling == "july"
                table[key(spelling.utf8)] = Entry(
                    name: .month(index + 1), lowercaseAllowed: full && !commonWords.contains(spelling))
            }
        }
        for (index, spellings) in weekdays.enumerated() {
            for spelling in spellings {
                table[key(spelling.utf8)] = Entry(name: .weekday(index + 1), lowercaseAllowed: spelling.hasSuffix("day"))
            }
        }
        return table
    }()

    /// Packs up to 12 ASCII letters, case-folded, five bits each.
    private static func key<S: Sequence>(_ letters: S) -> UInt64 where S.Element == UInt8 {
        letters.reduce(0) { ($0 << 5) | UInt64(($1 | 0x20) - 0x60) }
    }

    /// The month or weekday a word names, honouring capitalization rules
    /// ("may" and "march" are verbs unless capitalized).
    static func lookup(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> DateName? {
        guard word.count >= 3, word.count <= 9 else { return nil }
        guard let entry = table[key(word)] else { return nil }
        if !entry.lowercaseAllowed, let first = word.first, !first.isASCIIUppercase { return nil }
        return entry.name
    }

    static func month(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> Int? {
        if case .month(let m) = lookup(word) { return m }
        return nil
    }
}
