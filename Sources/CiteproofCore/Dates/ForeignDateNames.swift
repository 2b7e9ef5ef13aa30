/// Month and weekday names of the languages citeproof reads besides English — Arabic, Persian,
/// Russian, Ukrainian, French, German, Spanish, Turkish — and the Hijri and Solar Hijri months.
///
/// Two lists feed one lookup: `icuTable` (generated from ICU/CLDR at development time, checked
/// against ICU by `ForeignDateNameTableTests`) and `variants` (spellings CLDR lacks, by hand).
/// Spellings are compared folded (`fold`), so `آذار`/`اذار`, `NİSAN`/`Nisan`, `Rabi' al-Awwal`/
/// `Rabi al Awwal` and `سه‌شنبه`/`سه شنبه` are one key.
enum ForeignDateNames {
    enum Kind: Hashable, Sendable {
        case month
        /// 1 = Sunday … 7 = Saturday.
        case weekday
    }

    /// One spelling of a name: `Row("ru", .gregorian, .month, 4, "апреля")`.
    struct Row: Hashable, Sendable {
        /// BCP 47 language tag; `ar-Latn` for Arabic names in Latin transliteration.
        let language: String
        let calendar: DateCalendar
        let kind: Kind
        let number: Int
        let spelling: String

        init(_ language: String, _ calendar: DateCalendar, _ kind: Kind, _ number: Int, _ spelling: String) {
            self.language = language
            self.calendar = calendar
            self.kind = kind
            self.number = number
            self.spelling = spelling
        }
    }

    /// Folded spelling → the first row that spells it (ICU rows before the hand-written variants).
    /// Built on first use from the literal tables, in well under a millisecond.
    static let byKey: [String: Row] = {
        var table: [String: Row] = [:]
        for row in icuTable + variants {
            let key = fold(row.spelling)
            guard !key.isEmpty, table[key] == nil else { continue }
            table[key] = row
        }
        return table
    }()

    /// The longest name (in folded letters), so the matcher stops reading words early.
    static let longestKey: Int = byKey.keys.map(\.unicodeScalars.count).max() ?? 0

    /// The folded first words of names of several words (`كانون`, `rabi`, `dhu`): only after
    /// one of these does the matcher read a second word.
    static let firstWordsOfLongerNames: Set<String> = {
        var words = Set<String>()
        for row in icuTable + variants {
            let parts = row.spelling.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{200C}" })
            if parts.count > 1 { words.insert(fold(parts[0])) }
            // `Dhu'l-Hijjah`, `Rabi'`: an apostrophe may end the first word as the matcher reads it.
            if let apostrophe = row.spelling.firstIndex(where: { "'’ʼʻʾʿ".contains($0) }), parts.count > 1 || row.spelling.contains(" ") {
                words.insert(fold(row.spelling[..<apostrophe]))
            }
        }
        return words
    }()

    /// The folded form of a word of ASCII letters: its lower case (a short string, not allocated).
    static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> String {
        String(decoding: bytes.lazy.map { $0 | 0x20 }, as: UTF8.self)
    }

    static func lookup(_ spelling: Substring) -> Row? {
        let key = fold(spelling)
        return key.isEmpty ? nil : byKey[key]
    }

    /// Case, diacritics, Arabic letter variants, tatweel, zero-width joiners, spaces, hyphens,
    /// apostrophes and dots folded away.
    static func fold<S: StringProtocol>(_ spelling: S) -> String {
        let decomposed = spelling.lowercased().decomposedStringWithCanonicalMapping
        var result = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x2D, 0x2E, 0x27, 0xA0, 0x200C, 0x200D, 0x0640, 0x2019, 0x2018, 0x02BC, 0x02BB, 0x02BE, 0x02BF, 0x2010, 0x2011:
                continue
            case 0x0131: result.append("i")  // Turkish dotless ı (upper I folds the same way)
            case 0x0649, 0x06CC, 0x06D2: result.append("\u{064A}")  // ى, ی, ے → ي
            case 0x06A9: result.append("\u{0643}")  // ک → ك
            case 0x0629, 0x06C0, 0x06D5: result.append("\u{0647}")  // ة, ۀ, ە → ه
            case 0x0671: result.append("\u{0627}")  // ٱ → ا
            default:
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: continue
                default: result.append(scalar)
                }
            }
        }
        return String(result)
    }
}
