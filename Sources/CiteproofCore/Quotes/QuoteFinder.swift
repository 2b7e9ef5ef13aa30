/// A quotation in a sentence of the draft.
public struct DraftQuote: Hashable, Sendable {
    /// The quoted words as written, without the quotation marks.
    public var text: String

    public init(text: String) {
        self.text = text
    }
}

/// Finds quotations in a sentence: `"…"`, `“…”`, `«…»`, `»…«`, `„…“`, `‚…‘`, `‹…›`, `‘…’`, and `'…'`
/// where unambiguous (an opening mark after a space, a closing one before a non-letter, no apostrophe
/// between). Arabic and Persian write «…» and “…”, found the same way. Only the outermost quotation
/// counts, and only one of at least `minimumWords` words: shorter ones are scare quotes and names.
public enum QuoteFinder {
    public static let minimumWords = 3

    /// Opening mark → the closing marks that end it.
    static let pairs: [Character: [Character]] = [
        "\u{201C}": ["\u{201D}"],  // “ ”
        "\u{201E}": ["\u{201C}", "\u{201D}"],  // „ “ (German, Polish: „ ”)
        "\u{00AB}": ["\u{00BB}"],  // « »
        "\u{00BB}": ["\u{00AB}"],  // » « (German)
        "\u{201A}": ["\u{2018}", "\u{2019}"],  // ‚ ‘
        "\u{2039}": ["\u{203A}"],  // ‹ ›
        "\u{2018}": ["\u{2019}"],  // ‘ ’
        "\"": ["\""],
        "'": ["'"],
    ]

    public static func quotes(in sentence: String) -> [DraftQuote] {
        let characters = Array(sentence)
        var result: [DraftQuote] = []
        var i = 0
        while i < characters.count {
            let c = characters[i]
            guard let closers = pairs[c], opensHere(characters, at: i) else {
                i += 1
                continue
            }
            guard let close = closing(characters, from: i + 1, closers: closers, opener: c) else {
                i += 1
                continue
            }
            let inner = String(characters[(i + 1)..<close]).trimmingCharacters(in: .whitespaces)
            if QuoteNormalizer.words(inner).count >= minimumWords { result.append(DraftQuote(text: inner)) }
            i = close + 1
        }
        return result
    }

    private static func isLetter(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber } ?? false }

    /// An opening mark: not inside a word (an apostrophe or a closing mark is), followed by text.
    private static func opensHere(_ chars: [Character], at i: Int) -> Bool {
        let before = i > 0 ? chars[i - 1] : nil
        let after = i + 1 < chars.count ? chars[i + 1] : nil
        // French writes « … » with spaces inside the marks.
        guard let after, !after.isWhitespace || chars[i] == "\u{00AB}" || chars[i] == "\u{2039}" else { return false }
        switch chars[i] {
        case "'", "\u{2018}", "\"":
            return !isLetter(before)
        default:
            return true
        }
    }

    /// Where the quotation opened at `start - 1` ends; nil when it never does.
    private static func closing(_ chars: [Character], from start: Int, closers: [Character], opener: Character) -> Int? {
        var j = start
        while j < chars.count {
            let c = chars[j]
            if closers.contains(c) {
                let after = j + 1 < chars.count ? chars[j + 1] : nil
                // ’ and ' inside a word are apostrophes ("don’t"), not the end of the quotation.
                if (c == "\u{2019}" || c == "'") && isLetter(after) && isLetter(chars[j - 1]) {
                    if opener == "'" { return nil }  // '…' with an apostrophe inside: ambiguous
                    j += 1
                    continue
                }
                if opener == "'" && isLetter(after) { return nil }
                return j
            }
            // A nested quotation of another kind is skipped whole.
            if c != opener, let inner = pairs[c], c != "'", opensHere(chars, at: j),
                let end = closing(chars, from: j + 1, closers: inner, opener: c)
            {
                j = end + 1
                continue
            }
            j += 1
        }
        return nil
    }
}
