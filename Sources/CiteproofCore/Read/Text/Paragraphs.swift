/// A line of source text with its UTF-8 offset.
struct SourceLine {
    var number: Int
    var offset: Int
    var text: Substring
}

/// Blank-line-separated paragraphs of a source text.
enum Paragraphs {
    static func split(_ source: SourceText) -> [[SourceLine]] {
        var paragraphs: [[SourceLine]] = []
        var current: [SourceLine] = []
        let string = source.string
        var lineNumber = 0
        var offset = 0
        for line in string.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let text = line.last == "\r" ? line.dropLast() : line
            if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\u{3000}" }) {
                if !current.isEmpty {
                    paragraphs.append(current)
                    current = []
                }
            } else {
                current.append(SourceLine(number: lineNumber, offset: offset, text: text))
            }
            offset += line.utf8.count + 1
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    /// The lines joined with single spaces, mapped back to their source offsets.
    static func mappedText(_ lines: ArraySlice<SourceLine>) -> MappedText {
        var mapped = MappedText()
        for (k, line) in lines.enumerated() {
            let leading = line.text.prefix(while: { $0 == " " || $0 == "\t" })
            let body = line.text.dropFirst(leading.count)
            var trimmed = body
            while let l = trimmed.last, l == " " || l == "\t" { trimmed = trimmed.dropLast() }
            if k > 0 { mapped.appendLineBreak() }
            mapped.append(String(trimmed), sourceOffset: line.offset + leading.utf8.count)
        }
        return mapped
    }
}
