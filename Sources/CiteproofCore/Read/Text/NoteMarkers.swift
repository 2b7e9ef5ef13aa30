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

    /// Every `[digits]` (1–4 digits, not a link `[1](…)`), list `[3,14]` or range `[1–3]` / `[1-3]`
    /// (one marker per number, each spanning the brackets), range of markers `[2]–[5]`, and run of superscript digits
    /// that follows a word or punctuation (not a unit like `m²`).
    static func markers(in text: String) -> [Marker] {
        var result: [Marker] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "["), let group = bracketGroup(bytes, i) {
                let next = group.end < bytes.count ? bytes[group.end] : 0
                if next != UInt8(ascii: "("), next != UInt8(ascii: ":") || i > 0 {
                    for label in group.labels {
                        result.append(Marker(label: label, utf8Range: i..<group.end, superscript: false))
                    }
                    if let range = markerRange(bytes, from: group, at: i) {
                        result += range.markers
                        i = range.end
                    } else {
                        i = group.end
                    }
                    continue
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

    /// A range written as two markers joined by a dash — `[2]–[5]`, `[2]-[5]`, `[2]—[5]` — after the
    /// group `[2]` found at `start`: the markers between and the last one (3, 4 on the whole range;
    /// 5 on its own brackets), and the offset after it. Nil when what follows is no such range.
    private static func markerRange(_ bytes: [UInt8], from group: (labels: [String], end: Int), at start: Int) -> (
        markers: [Marker], end: Int
    )? {
        guard group.labels.count == 1, let from = Int(group.labels[0]) else { return nil }
        var j = group.end
        if j < bytes.count, bytes[j] == UInt8(ascii: "-") {
            j += 1
        } else if j + 2 < bytes.count, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0x93 || bytes[j + 2] == 0x94 {
            j += 3  // en dash, em dash
        } else {
            return nil
        }
        guard j < bytes.count, bytes[j] == UInt8(ascii: "["), let last = bracketGroup(bytes, j), last.labels.count == 1,
            let to = Int(last.labels[0]), to > from, to - from <= maxRangeWidth
        else { return nil }
        if last.end < bytes.count, bytes[last.end] == UInt8(ascii: "(") { return nil }  // `[5](url)` is a link
        var markers = ((from + 1)..<to).map { Marker(label: String($0), utf8Range: start..<last.end, superscript: false) }
        markers.append(Marker(label: String(to), utf8Range: j..<last.end, superscript: false))
        return (markers, last.end)
    }

    /// The largest range `[a–b]` expanded into markers; a wider one is not a note range.
    static let maxRangeWidth = 50

    /// The labels of `[1]`, `[3,14]`, `[3, 14]`, `[1–3]` (en dash or hyphen) starting at `i`, and the
    /// offset after the closing bracket; nil when the bracket holds anything else.
    static func bracketGroup(_ bytes: [UInt8], _ i: Int) -> (labels: [String], end: Int)? {
        var labels: [String] = []
        var j = i + 1
        var pendingRangeStart: Int?
        while true {
            let start = j
            while j < bytes.count, j - start < 5, (0x30...0x39).contains(bytes[j]) { j += 1 }
            guard j > start, j - start <= 4, j < bytes.count else { return nil }
            let number = Int(String(decoding: bytes[start..<j], as: UTF8.self)) ?? 0
            if let from = pendingRangeStart {
                guard number > from, number - from <= maxRangeWidth else { return nil }
                labels += ((from + 1)...number).map(String.init)
                pendingRangeStart = nil
            } else {
                labels.append(String(number))
            }
            switch bytes[j] {
            case UInt8(ascii: "]"):
                return (labels, j + 1)
            case UInt8(ascii: ","):
                j += 1
                while j < bytes.count, bytes[j] == 0x20 { j += 1 }
            case UInt8(ascii: "-"):
                guard pendingRangeStart == nil else { return nil }
                pendingRangeStart = number
                j += 1
            case 0xE2 where j + 2 < bytes.count && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x93:  // en dash
                pendingRangeStart = number
                j += 3
            default:
                return nil
            }
        }
    }
}
