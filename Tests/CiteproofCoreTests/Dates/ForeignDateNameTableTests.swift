import Foundation
import Testing
@testable import CiteproofCore

@Suite struct ForeignDateNameTableTests {
    /// The committed table is what ICU gives today; print the new table when it is not.
    @Test func committedTableMatchesICU() {
        let derived = ForeignDateNameTableGenerator.rows()
        if ProcessInfo.processInfo.environment["CITEPROOF_PRINT_DATE_NAMES"] != nil {
            print(ForeignDateNameTableGenerator.swiftSource(derived))
        }
        #expect(ForeignDateNames.icuTable == derived, "ICU's month and weekday names changed: regenerate ForeignDateNameTable.swift")
    }

    @Test(arguments: [
        ("آذار", 3), ("اذار", 3), ("NİSAN", 4), ("Nisan", 4), ("KASIM", 11), ("апреля", 4), ("апрель", 4),
        ("Rabi' al-Awwal", 3), ("Rabi al Awwal", 3), ("ذي الحجة", 12), ("اسفند", 12), ("شهريور", 6), ("Décembre", 12),
        ("März", 3), ("abril", 4), ("جانفي", 1), ("كانون الثاني", 1), ("ژانویهٔ", 1),
    ])
    func foldedSpellingsFindTheirMonth(spelling: String, month: Int) {
        let row = ForeignDateNames.lookup(Substring(spelling))
        #expect(row?.kind == .month && row?.number == month, "\(spelling)")
    }

    @Test func weekdaysWithAndWithoutJoiner() {
        #expect(ForeignDateNames.lookup("سه‌شنبه")?.number == 3)
        #expect(ForeignDateNames.lookup("سه شنبه")?.number == 3)
        #expect(ForeignDateNames.lookup("Cumartesi")?.number == 7)
    }
}
