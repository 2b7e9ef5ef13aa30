import Foundation

/// Turns text into the words a quotation is compared by, the same way on the draft's side and the
/// page's: Unicode NFKC, case folded, soft hyphens and zero-width characters dropped, quote marks,
/// apostrophes and dashes made equal (apostrophes vanish, dashes separate words), and for Arabic and
/// Persian the tashkeel and tatweel dropped and the letter variants made one (ي/ی/ى, ك/ک, ة/ه, the alef
/// forms). Punctuation separates words and is otherwise ignored.
public enum QuoteNormalizer {
    /// One word: its normalized form and where it stands in the text it was read from.
    public struct Word: Sendable, Equatable {
        public var normalized: String
        /// The word as written (NFKC, case kept), for showing a passage.
        public var original: String
    }

    /// The words of `text`, in order. Built in UTF-8 buffers (a page's words are short, inline strings):
    /// the page side runs over every word of every page read.
    public static func words(_ text: String) -> [Word] {
        // NFKC changes nothing in ASCII.
        let source = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCompatibilityMapping
        var result: [Word] = []
        var normalized: [UInt8] = []
        var original: [UInt8] = []
        normalized.reserveCapacity(32)
        original.reserveCapacity(32)
        func flush() {
            if !normalized.isEmpty {
                result.append(Word(normalized: String(decoding: normalized, as: UTF8.self), original: String(decoding: original, as: UTF8.self)))
                normalized.removeAll(keepingCapacity: true)
            }
            original.removeAll(keepingCapacity: true)
        }
        for scalar in source.unicodeScalars {
            switch classify(scalar) {
            case .drop:
                if !original.isEmpty, !isInvisible(scalar) { append(scalar, to: &original) }
            case .separator:
                flush()
            case .letter(let mapped):
                append(mapped, to: &normalized)
                append(scalar, to: &original)
            case .lowercased:
                for s in scalar.properties.lowercaseMapping.unicodeScalars { append(s, to: &normalized) }
                append(scalar, to: &original)
            }
        }
        flush()
        return result
    }

    @inline(__always)
    private static func append(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
        if scalar.value < 0x80 {
            buffer.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { buffer.append($0) }
        }
    }

    /// The normalized words of `text` joined by single spaces (for tests and display).
    public static func normalize(_ text: String) -> String {
        words(text).map(\.normalized).joined(separator: " ")
    }

    private enum Class {
        /// Part of a word, as this scalar.
        case letter(Unicode.Scalar)
        /// Part of a word, lower-cased (a non-ASCII capital).
        case lowercased
        /// Part of no word, but does not end one (a soft hyphen inside a word, tashkeel, an apostrophe).
        case drop
        case separator
    }

    private static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00AD, 0x200B...0x200F, 0x2060, 0xFEFF, 0x0640, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: return true
        default: return false
        }
    }

    private static func classify(_ s: Unicode.Scalar) -> Class {
        let v = s.value
        if v < 0x80 {
            if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { return .letter(s) }
            if (0x41...0x5A).contains(v) { return .letter(Unicode.Scalar(UInt8(v + 32))) }
            return v == 0x27 || v == 0x60 ? .drop : .separator
        }
        // Soft hyphen, zero-width (ZWNJ in Persian words too), word joiner, BOM: invisible inside words.
        if v == 0x00AD || (0x200B...0x200F).contains(v) || v == 0x2060 || v == 0xFEFF { return .drop }
        // Apostrophes of every shape: "don’t" and "don't" are one word.
        if v == 0x2019 || v == 0x2018 || v == 0x02BC || v == 0x2032 || v == 0x00B4 { return .drop }
        // General punctuation (dashes, quotation marks, spaces, bullets): separators, without a property lookup.
        if (0x2010...0x205E).contains(v) || v == 0x00A0 || v == 0x3000 { return .separator }
        // Arabic tatweel, tashkeel, superscript alef, Quranic marks.
        if v == 0x0640 || (0x064B...0x065F).contains(v) || v == 0x0670 || (0x06D6...0x06ED).contains(v) { return .drop }
        if let mapped = arabicLetter(v) { return .letter(mapped) }
        // Arabic-Indic and Persian digits as ASCII digits.
        if (0x0660...0x0669).contains(v) { return .letter(Unicode.Scalar(UInt8(v - 0x0660 + 0x30))) }
        if (0x06F0...0x06F9).contains(v) { return .letter(Unicode.Scalar(UInt8(v - 0x06F0 + 0x30))) }
        let properties = s.properties
        if properties.isAlphabetic || properties.numericType != nil {
            return properties.changesWhenLowercased ? .lowercased : .letter(s)
        }
        // Combining marks of other scripts stay with their letter.
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
            return .letter(s)
        }
        return .separator
    }

    /// Arabic and Persian letter variants, made one.
    private static func arabicLetter(_ v: UInt32) -> Unicode.Scalar? {
        switch v {
        case 0x06CC, 0x0649, 0x06D2: return "\u{064A}"  // ی ى ے → ي
        case 0x06A9: return "\u{0643}"  // ک → ك
        case 0x0629, 0x06C0, 0x06D5: return "\u{0647}"  // ة ۀ ە → ه
        case 0x0623, 0x0625, 0x0622, 0x0671: return "\u{0627}"  // أ إ آ ٱ → ا
        case 0x0624: return "\u{0648}"  // ؤ → و
        case 0x0626: return "\u{064A}"  // ئ → ي
        default: return nil
        }
    }

    /// The writing system of a text, by its letters: what tells a translation from a misquotation.
    public enum Script: String, Sendable, Codable, CaseIterable {
        case latin, arabic, cyrillic, hebrew, greek, cjk, other
    }

    /// The script most of the letters of `words` belong to; nil when there are none.
    public static func dominantScript<S: Sequence>(_ words: S) -> Script? where S.Element == String {
        var counts: [Script: Int] = [:]
        for word in words {
            for s in word.unicodeScalars {
                counts[script(of: s), default: 0] += 1
            }
        }
        counts[.other] = nil
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?.key
    }

    static func script(of s: Unicode.Scalar) -> Script {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x0400...0x04FF: return .cyrillic
        case 0x0590...0x05FF: return .hebrew
        case 0x0370...0x03FF: return .greek
        case 0x3040...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7AF: return .cjk
        default: return .other
        }
    }
}
