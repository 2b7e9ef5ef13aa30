/// Splits prose into sentences the way an editor reads them: not after
/// abbreviations ("No.", "Sec.-Gen.", "e.g.,", "U.S."), not inside quotations.
public enum SentenceSplitter {
    /// Words that end with a period without ending a sentence (lowercased, without the period).
    static let abbreviations: Set<String> = [
        "no", "nos", "sec", "gen", "sec.-gen", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "cf", "fig", "figs",
        "vol", "vols", "p", "pp", "ed", "eds", "al", "inc", "ltd", "co", "corp", "dept", "gov", "col", "lt", "capt",
        "sgt", "rev", "prof", "op", "cit", "ch", "art", "para", "approx", "est", "e.g", "i.e", "etc", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
        "thurs", "fri", "sat", "sun", "u.s", "u.k", "u.n", "a.m", "p.m", "ca", "c", "n.d", "repr", "trans", "ibid.-",
    ]

    static let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]", "»"]

    /// Sentence ranges of `text`, covering all non-space text, in order.
    public static func sentences(in text: String) -> [Range<String.Index>] {
        let quoteSpans = quotationSpans(in: text)
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        var i = text.startIndex
        var spanCursor = 0
        while i < text.endIndex {
            let c = text[i]
            if c == "." || c == "!" || c == "?" {
                while spanCursor < quoteSpans.count && quoteSpans[spanCursor].upperBound <= i { spanCursor += 1 }
                let inQuote = spanCursor < quoteSpans.count && quoteSpans[spanCursor].contains(i)
                var end = text.index(after: i)
                while end < text.endIndex, closers.contains(text[end]) { end = text.index(after: end) }
                // Footnote markers glued to the punctuation belong to the sentence: `line.[^4] Next`.
                end = skipMarkers(text, from: end)
                while end < text.endIndex, closers.contains(text[end]) { end = text.index(after: end) }
                if !inQuote || quoteSpans[spanCursor].upperBound <= end,
                    isBoundary(text, period: i, after: end)
                {
                    result.append(start..<end)
                    var next = end
                    while next < text.endIndex, text[next].isWhitespace { next = text.index(after: next) }
                    start = next
                    i = next
                    continue
                }
            }
            i = text.index(after: i)
        }
        if start < text.endIndex {
            var end = text.endIndex
            while end > start, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
            if start < end { result.append(start..<end) }
        }
        return result
    }

    /// The sentence containing a position; a marker that opens a sentence (`damage. [1]`)
    /// belongs to the sentence before it.
    public static func sentence(in text: String, containing index: String.Index) -> Range<String.Index>? {
        let all = sentences(in: text)
        guard let k = all.lastIndex(where: { $0.lowerBound <= index }) else { return all.first }
        if k > 0 {
            let prefix = text[all[k].lowerBound..<index]
            if prefix.allSatisfy({ $0.isWhitespace }) { return all[k - 1] }
        }
        return all[k]
    }

    /// Steps over `[^label]`, `[12]` and superscript-digit markers starting at `index`.
    static func skipMarkers(_ text: String, from index: String.Index) -> String.Index {
        var i = index
        while i < text.endIndex {
            if text[i] == "[" {
                var j = text.index(after: i)
                var length = 0
                let caret = j < text.endIndex && text[j] == "^"
                if caret { j = text.index(after: j) }
                while j < text.endIndex, text[j] != "]", !text[j].isWhitespace, length < 40 {
                    if !caret && !text[j].isASCIIDigit { break }
                    j = text.index(after: j)
                    length += 1
                }
                guard j < text.endIndex, text[j] == "]", length > 0 else { return i }
                i = text.index(after: j)
            } else if NoteMarkers.superscripts[text[i]] != nil {
                i = text.index(after: i)
            } else {
                return i
            }
        }
        return i
    }

    private static func isBoundary(_ text: String, period: String.Index, after end: String.Index) -> Bool {
        guard end < text.endIndex else { return true }
        guard text[end].isWhitespace else { return false }
        var next = end
        while next < text.endIndex, text[next].isWhitespace { next = text.index(after: next) }
        guard next < text.endIndex else { return true }
        let n = text[next]
        guard n.isUppercase || n.isNumber || n == "\"" || n == "“" || n == "[" || n == "(" || n == "‘" || n == "¹" else {
            return false
        }
        if text[period] != "." { return true }
        // The word the period ends.
        var wordStart = period
        while wordStart > text.startIndex {
            let p = text.index(before: wordStart)
            if text[p].isWhitespace || text[p] == "(" || text[p] == "\"" || text[p] == "“" { break }
            wordStart = p
        }
        let word = text[wordStart..<period].lowercased()
        if abbreviations.contains(word) { return false }
        // Initials and dotted abbreviations: "U.S", "J", "e.g".
        if word.count == 1, word.first!.isLetter { return false }
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count <= 2 }) { return false }
        if word.hasSuffix("-gen") || word.hasSuffix(".-gen") { return false }
        return true
    }

    /// Spans of text inside double quotation marks (curly pairs, or straight pairs on one paragraph).
    static func quotationSpans(in text: String) -> [Range<String.Index>] {
        var spans: [Range<String.Index>] = []
        var openCurly: String.Index?
        var openStraight: String.Index?
        var i = text.startIndex
        while i < text.endIndex {
            switch text[i] {
            case "“":
                if openCurly == nil { openCurly = i }
            case "”":
                if let o = openCurly {
                    spans.append(o..<text.index(after: i))
                    openCurly = nil
                }
            case "\"":
                if let o = openStraight {
                    spans.append(o..<text.index(after: i))
                    openStraight = nil
                } else {
                    openStraight = i
                }
            default: break
            }
            i = text.index(after: i)
        }
        return spans.sorted { $0.lowerBound < $1.lowerBound }
    }
}
