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

    /// Packed spellings, sorted for binary search (a dictionary's hashing costs more than the scan).
    private static let table: [(key: UInt64, entry: Entry)] = {
        var table: [(key: UInt64, entry: Entry)] = []
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
                table.append((key(spelling.utf8), Entry(
                    name: .month(index + 1), lowercaseAllowed: full && !commonWords.contains(spelling))))
            }
        }
        for (index, spellings) in weekdays.enumerated() {
            for spelling in spellings {
                table.append((key(spelling.utf8), Entry(name: .weekday(index + 1), lowercaseAllowed: spelling.hasSuffix("day"))))
            }
        }
        return table.sorted { $0.key < $1.key }
    }()

    /// Letters that start a month or weekday name (bit per letter, case-folded).
    private static let initials: UInt32 = "adfjmnostw".utf8.reduce(0) { $0 | (1 << UInt32($1 - 0x61)) }

    /// Packs up to 12 ASCII letters, case-folded, five bits each.
    private static func key<S: Sequence>(_ letters: S) -> UInt64 where S.Element == UInt8 {
        letters.reduce(0) { ($0 << 5) | UInt64(($1 | 0x20) - 0x60) }
    }

    /// The month or weekday a word names, honouring capitalization rules
    /// ("may" and "march" are verbs unless capitalized).
    static func lookup(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> DateName? {
        guard word.count >= 3, word.count <= 9, let first = word.first,
            initials & (1 << UInt32((first | 0x20) &- 0x61)) != 0
        else { return nil }
        let wanted = key(word)
        var low = 0
        var high = table.count
        while low < high {
            let middle = (low + high) / 2
            if table[middle].key < wanted { low = middle + 1 } else { high = middle }
        }
        guard low < table.count, table[low].key == wanted else { return nil }
        let entry = table[low].entry
        if !entry.lowercaseAllowed, let first = word.first, !first.isASCIIUppercase { return nil }
        return entry.name
    }

    static func month(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> Int? {
        if case .month(let m) = lookup(word) { return m }
        return nil
    }
}
