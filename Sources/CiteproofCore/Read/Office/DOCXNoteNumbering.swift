/// The labels Word prints for footnotes and endnotes: `w:numFmt` of `w:footnotePr` /
/// `w:endnotePr`; without one, footnotes count 1, 2, 3 and endnotes i, ii, iii.
enum DOCXNoteNumbering {
    static let defaults = ["footnote": "decimal", "endnote": "lowerRoman"]

    /// Formats Word and LibreOffice write for notes, as functions of the 1-based ordinal.
    static let formats: [String: @Sendable (Int) -> String] = [
        "decimal": { String($0) },
        "lowerRoman": { roman($0).lowercased() },
        "upperRoman": { roman($0) },
        "lowerLetter": { letters($0) },
        "upperLetter": { letters($0).uppercased() },
    ]

    /// The label of the `ordinal`-th note of `kind`, given the document's formats.
    /// Formats not in the table (`chicago`, `ordinal`) fall back to decimal.
    static func label(kind: String, ordinal: Int, formats given: [String: String]) -> String {
        let name = given[kind] ?? defaults[kind] ?? "decimal"
        return (formats[name] ?? formats["decimal"]!)(ordinal)
    }

    static func roman(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return String(n) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = n
        var result = ""
        for (value, numeral) in table {
            while rest >= value {
                result += numeral
                rest -= value
            }
        }
        return result
    }

    /// Word's letter numbering: a … z, then aa … zz (the letter repeated).
    static func letters(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        let letter = Character(UnicodeScalar(UInt8(97 + (n - 1) % 26)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }
}
