import Foundation

#if canImport(CiteproofCore)
@testable import CiteproofCore
#endif

/// Derives `ForeignDateNames.icuTable` from ICU/CLDR through Foundation's `DateFormatter`. Runs at
/// development time only (the table is committed as Swift source; building it at start-up would
/// cost the 50 ms budget). `ForeignDateNameTableTests` fails when ICU and the committed table differ;
/// `CITEPROOF_PRINT_DATE_NAMES=1 swift test --filter ForeignDateNameTableTests` prints the new file.
enum ForeignDateNameTableGenerator {
    /// (ICU locale, calendar, language tag written in the table).
    static let sources: [(locale: String, calendar: DateCalendar, language: String)] = [
        ("ar", .gregorian, "ar"), ("ar", .islamicUmmAlQura, "ar"),
        ("fa", .gregorian, "fa"), ("fa", .persian, "fa"), ("fa", .islamicUmmAlQura, "fa"),
        ("ru", .gregorian, "ru"), ("uk", .gregorian, "uk"), ("fr", .gregorian, "fr"), ("de", .gregorian, "de"),
        ("es", .gregorian, "es"), ("tr", .gregorian, "tr"), ("en", .islamicUmmAlQura, "ar-Latn"),
    ]

    static func rows() -> [ForeignDateNames.Row] {
        var rows: [ForeignDateNames.Row] = []
        for source in sources {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: source.locale)
            formatter.calendar = Calendar(identifier: identifier(source.calendar))
            var seen = Set<String>()
            func add(_ kind: ForeignDateNames.Kind, _ number: Int, _ symbol: String, short: Bool) {
                var spelling = symbol.trimmingCharacters(in: .whitespaces)
                while spelling.hasSuffix(".") { spelling.removeLast() }
                if short {
                    // Abbreviations with digits, inner dots or spaces (`ربيع١`, `Rab. I`) or under
                    // three letters (`Вс`) are not how a source writes a date.
                    guard !spelling.contains(where: { $0.isNumber || $0 == "." || $0 == " " }),
                        ForeignDateNames.fold(spelling).unicodeScalars.count >= 3
                    else { return }
                }
                guard seen.insert("\(kind)\(number)\(spelling)").inserted else { return }
                rows.append(ForeignDateNames.Row(source.language, source.calendar, kind, number, spelling))
            }
            for (symbols, short) in [
                (formatter.monthSymbols, false), (formatter.standaloneMonthSymbols, false),
                (formatter.shortMonthSymbols, true), (formatter.shortStandaloneMonthSymbols, true),
            ] {
                for (index, symbol) in (symbols ?? []).enumerated() { add(.month, index + 1, symbol, short: short) }
            }
            guard source.calendar == .gregorian else { continue }
            for symbols in [formatter.weekdaySymbols, formatter.standaloneWeekdaySymbols] {
                for (index, symbol) in (symbols ?? []).enumerated() { add(.weekday, index + 1, symbol, short: false) }
            }
        }
        return rows
    }

    static func identifier(_ calendar: DateCalendar) -> Calendar.Identifier {
        switch calendar {
        case .gregorian: return .gregorian
        case .islamicUmmAlQura: return .islamicUmmAlQura
        case .persian: return .persian
        }
    }

    /// The Swift source of `ForeignDateNameTable.swift`.
    static func swiftSource(_ rows: [ForeignDateNames.Row]) -> String {
        var lines = [
            "// Generated from ICU/CLDR by Tests/CiteproofCoreTests/Dates/ForeignDateNameTableGenerator.swift.",
            "// Do not edit: ForeignDateNameTableTests fails when this table and ICU differ; regenerate with",
            "// CITEPROOF_PRINT_DATE_NAMES=1 swift test --filter ForeignDateNameTableTests. Hand-written",
            "// spellings CLDR lacks are in ForeignDateNameVariants.swift.",
            "extension ForeignDateNames {",
            "    static let icuTable: [Row] = [",
        ]
        for row in rows {
            let calendar: String
            switch row.calendar {
            case .gregorian: calendar = ".gregorian"
            case .islamicUmmAlQura: calendar = ".islamicUmmAlQura"
            case .persian: calendar = ".persian"
            }
            lines.append("        Row(\"\(row.language)\", \(calendar), .\(row.kind), \(row.number), \"\(row.spelling)\"),")
        }
        lines += ["    ]", "}", ""]
        return lines.joined(separator: "\n")
    }
}
