/// Footnote markers in plain text: `[12]` and superscript digits `¹²`.
enum NoteMarkers {
    static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]

    struct Marker {
        var label: String
        /// UTF-8 range of the whole marker in the scanned text.
        var utf8Range: Range<Int>
        var superscript: Bool
    }

    /// Every `[digits]` (1–4 digits, not a link `[1](…)`) and run of superscript digits
    /// that follows a word or punctuation (not a unit like `m²`).
    static func markers(in text: String) -> [Marker] {
        var result: [Marker] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "[") {
                var j = i + 1
                while j < bytes.count, j - i <= 5, (0x30...0x39).contains(bytes[j]) { j += 1 }
                if j > i + 1, j - i <= 5, j < bytes.count, bytes[j] == UInt8(ascii: "]") {
                    let next = j + 1 < bytes.count ? bytes[j + 1] : 0
                    if next != UInt8(ascii: "("), next != UInt8(ascii: ":") || i > 0 {
                        let label = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
                        let trimmed = String(label.drop(while: { $0 == "0" }))
                        result.append(Marker(label: trimmed.isEmpty ? "0" : trimmed, utf8Range: i..<(j + 1), superscript: false))
                        i = j + 1
                        continue
                    }
                }
            } else if b == 0xC2 || b == 0xE2 {
                // ¹ ² ³ are C2 B9/B2/B3; ⁰ ⁴–⁹ are E2 81 B0, B4–B9.
                var j = i
                var digits = ""
                while j < bytes.count {
                    if bytes[j] == 0xC2, j + 1 < bytes.count, [0xB9, 0xB2, 0xB3].contains(bytes[j + 1]) {
                        digits.append(bytes[j + 1] == 0xB9 ? "1" : bytes[j + 1] == 0xB2 ? "2" : "3")
                        j += 2
                    } else if bytes[j] == 0xE2, j + 2 < bytes.count, bytes[j + 1] == 0x81,
                        bytes[j + 2] == 0xB0 || (0xB4...0xB9).contains(bytes[j + 2])
                    {
                        digits.append(bytes[j + 2] == 0xB0 ? "0" : Character(String(bytes[j + 2] - 0xB4 + 4)))
                        j += 3
                    } else {
                        break
                    }
                }
                if !digits.isEmpty {
                    if i > 0, precededByWordOrPunctuation(bytes, i), !isUnit(bytes, i) {
                        result.append(Marker(label: digits, utf8Range: i..<j, superscript: true))
                    }
                    i = j
                    continue
                }
            }
            i += 1
        }
        return result
    }

    private static func precededByWordOrPunctuation(_ bytes: [UInt8], _ i: Int) -> Bool {
        let p = bytes[i - 1]
        if p == UInt8(ascii: " ") || p == UInt8(ascii: "\t") { return false }
        if (0x30...0x39).contains(p) { return false }  // 10² is a power
        return true
    }

    /// `m²`, `km²`, `cm³`: a short unit after a number.
    private static func isUnit(_ bytes: [UInt8], _ i: Int) -> Bool {
        var j = i
        while j > 0, (0x61...0x7A).contains(bytes[j - 1]) { j -= 1 }
        let unit = String(decoding: bytes[j..<i], as: UTF8.self)
        guard ["m", "km", "cm", "mm", "ft", "in", "mi", "s", "yd"].contains(unit) else { return false }
        var k = j
        while k > 0, bytes[k - 1] == UInt8(ascii: " ") { k -= 1 }
        return k > 0 && (0x30...0x39).contains(bytes[k - 1])
    }
}
