/// Finds source credits outside notes: a caption's "(source: Telegram.me/ X, April 2, 2021)",
/// or a paragraph that starts "Source:" / "Credit:".
///
/// A byte scan (it was a pair of Swift `Regex`es, a fifth of the time of reading a large draft;
/// `InlineCreditFinderTests` keeps them as the specification): a parenthetical is `(` LABEL
/// `\s*:\s*` BODY `)` with 3–400 characters of body and no bracket in it; a leading credit is the
/// whole paragraph, LABEL `\s*:\s*` BODY, on one line. Labels match without regard to case.
public enum InlineCreditFinder {
    static let parentheticalLabels: Set<String> = [
        "source", "sources", "credit", "credits", "photo", "photo credit", "image", "image credit", "image source", "video",
        "screenshot", "via", "courtesy",
    ]
    static let leadingLabels: Set<String> = ["source", "sources", "credit", "credits", "photo credit", "image credit", "image source"]
    /// Longer than any label: where to stop looking for the colon.
    private static let longestLabel = 16

    /// Credits in one paragraph of body text, as citations located through `locate`.
    public static func credits(
        in paragraph: String, extractor: CitationExtractor, locate: (Int) -> SourceLocation?
    ) -> [Citation] {
        matches(in: paragraph).compactMap { match in
            extractor.credit(match.text, signal: match.label + ":", baseOffset: match.offset, locate: locate)
        }
    }

    /// Each credit: its lowercased label, the UTF-8 offset of its body and the body's text
    /// (without surrounding spaces and full stops). The parentheticals first, then a leading credit.
    static func matches(in paragraph: String) -> [(label: String, offset: Int, text: String)] {
        let bytes = Array(paragraph.utf8)
        var found: [(label: String, body: Range<Int>)] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "("), let match = parenthetical(bytes, at: i) else {
                i += 1
                continue
            }
            found.append((match.label, match.body))
            i = match.body.upperBound + 1
        }
        if let match = leading(bytes) { found.append(match) }
        return found.map { ($0.label, $0.body.lowerBound, String(decoding: bytes[$0.body], as: UTF8.self).trimmingCharacters(in: " .")) }
    }

    /// `(label: body)` at `open`: the label and the body's byte range (before the `)`).
    static func parenthetical(_ bytes: [UInt8], at open: Int) -> (label: String, body: Range<Int>)? {
        guard let (label, afterColon) = label(bytes, from: open + 1, in: parentheticalLabels) else { return nil }
        // The body runs to the first bracket, which must be a `)`.
        var close = afterColon
        while close < bytes.count, bytes[close] != UInt8(ascii: "("), bytes[close] != UInt8(ascii: ")") { close += 1 }
        guard close < bytes.count, bytes[close] == UInt8(ascii: ")"),
            let body = body(bytes, afterColon: afterColon, end: close)
        else { return nil }
        return (label, body)
    }

    /// A paragraph that is `Label: body` on one line.
    static func leading(_ bytes: [UInt8]) -> (label: String, body: Range<Int>)? {
        guard let (label, afterColon) = label(bytes, from: 0, in: leadingLabels) else { return nil }
        var end = bytes.count
        if end > afterColon, bytes[end - 1] == 0x0A { end -= 1 }  // `$` also matches before a final newline
        var j = afterColon
        while j < end, bytes[j].isSpace { j += 1 }
        guard !bytes[j..<end].contains(0x0A), !bytes[j..<end].contains(0x0D), let body = body(bytes, afterColon: afterColon, end: end)
        else { return nil }
        return (label, body)
    }

    /// A label from `labels` starting at `start`, then optional whitespace and a colon: the
    /// lowercased label and the offset after the colon.
    private static func label(_ bytes: [UInt8], from start: Int, in labels: Set<String>) -> (String, Int)? {
        var colon = start
        while colon < bytes.count, colon - start <= longestLabel + 8, bytes[colon] != UInt8(ascii: ":") {
            let b = bytes[colon]
            guard (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || b.isSpace else { return nil }
            colon += 1
        }
        guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { return nil }
        var labelEnd = colon
        while labelEnd > start, bytes[labelEnd - 1].isSpace { labelEnd -= 1 }
        guard labelEnd > start, !bytes[start].isSpace else { return nil }
        let label = String(decoding: bytes[start..<labelEnd].map { $0 | 0x20 }, as: UTF8.self)
        guard labels.contains(label) else { return nil }
        return (label, colon + 1)
    }

    /// The body between the colon and `end`: whitespace after the colon skipped, unless the body
    /// would then be shorter than 3 characters; nil unless it is 3–400 characters long.
    private static func body(_ bytes: [UInt8], afterColon: Int, end: Int) -> Range<Int>? {
        var start = afterColon
        while start < end, bytes[start].isSpace { start += 1 }
        func characters(_ range: Range<Int>) -> Int { String(decoding: bytes[range], as: UTF8.self).count }
        while characters(start..<end) < 3, start > afterColon { start -= 1 }
        let length = characters(start..<end)
        guard length >= 3, length <= 400 else { return nil }
        return start..<end
    }
}

extension UInt8 {
    /// ASCII whitespace, as the credit patterns' `\s` meets it in practice.
    fileprivate var isSpace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D || self == 0x0C || self == 0x0B }
}
