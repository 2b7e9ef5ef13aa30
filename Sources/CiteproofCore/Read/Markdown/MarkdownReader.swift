import CCmarkGFM

/// Reads Markdown drafts with cmark-gfm: GFM footnotes `[^label]`, YAML front matter.
///
/// cmark-gfm drops definitions nothing references and leaves an unresolved `[^x]`
/// as text; this reader still reports both. Markers in code are not references.
public enum MarkdownReader {
    private static let registered: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    public static func read(_ input: ReaderInput) -> ReadDraft {
        _ = registered
        let source = SourceText(input.text)
        let front = FrontMatter(input.text)
        let lineCount = source.lineStarts.count

        // 1. Every `[^label]:` line is a candidate definition (filtered against code blocks below).
        let candidates = definitionCandidates(source, skipLines: front.lineCount)

        // 2. Parse a copy with the front matter blanked (line numbers kept) and a synthetic
        //    paragraph referencing every candidate, so cmark keeps unreferenced definitions.
        //    In a block of its own: the copy, the parser and the tree are freed before the
        //    document is assembled (they were the peak of memory on large drafts).
        let walker: Walker
        do {
            var parseText = input.text
            if front.lineCount > 0 {
                parseText = String(repeating: "\n", count: front.lineCount) + Self.droppingLines(front.lineCount, of: input.text)
            }
            let labels = Array(Set(candidates.map(\.label))).sorted()
            if !labels.isEmpty {
                parseText += "\n\n" + labels.map { "[^\($0)]" }.joined(separator: " ") + "\n"
            }
            let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
            guard let parser = cmark_parser_new(Int32(options)) else { return fallback(input, source) }
            defer { cmark_parser_free(parser) }
            if let table = cmark_find_syntax_extension("table") { cmark_parser_attach_syntax_extension(parser, table) }
            if let strike = cmark_find_syntax_extension("strikethrough") { cmark_parser_attach_syntax_extension(parser, strike) }
            let length = parseText.utf8.count
            parseText.withCString { cmark_parser_feed(parser, $0, length) }
            guard let root = cmark_parser_finish(parser) else { return fallback(input, source) }
            defer { cmark_node_free(root) }

            var walking = Walker(source: source, originalLineCount: lineCount)
            walking.walk(root, inDefinition: nil)
            walker = walking
        }

        let codeLines = walker.codeLines.sorted { $0.lowerBound < $1.lowerBound }
        let validCandidates = candidates.filter { c in !Self.inCode(c.line, codeLines) }
        var notes: [NoteDraft] = []
        // Both lists are in source order: each candidate takes the first definition node that
        // starts on its line or after it, before the next candidate's line (one linear pass).
        let nodes = walker.definitions.sorted { $0.startLine < $1.startLine }
        var next = 0
        for (k, candidate) in validCandidates.enumerated() {
            let limit = k + 1 < validCandidates.count ? validCandidates[k + 1].line : Int.max
            while next < nodes.count, nodes[next].startLine < candidate.line { next += 1 }
            if next < nodes.count, nodes[next].startLine < limit || nodes[next].startLine == candidate.line {
                let node = nodes[next]
                next += 1
                notes.append(NoteDraft(label: candidate.label, location: candidate.location, text: node.text, links: node.links))
            } else {
                notes.append(NoteDraft(label: candidate.label, location: candidate.location, text: rawDefinitionText(source, candidate)))
            }
        }
        let paragraphs = addTypedNotes(walker, source: source, notes: &notes)
        return ReadDraft(
            path: input.path, format: .markdown, sha256: input.sha256, source: source, notices: input.notices,
            paragraphs: paragraphs, notes: notes, title: front.values["title"]?.value,
            publication: front.publicationDate())
    }

    /// Notes typed as a word processor pastes them — `[1]` markers (also `[3,14]`, `[1–3]`), the
    /// notes as an ordered list or `[1] …` paragraphs under a heading such as "Sources" — read
    /// with the text reader's rules from cmark's blocks. Where a label is both a `[^x]` footnote
    /// and a typed note, the footnote wins. A draft without typed notes keeps its paragraphs as
    /// they are: its `[1]` are not markers.
    static func addTypedNotes(_ walker: Walker, source: SourceText, notes: inout [NoteDraft]) -> [BodyParagraph] {
        let blocks = splitNoteLines(walker.blocks, source: source)
        let mayHaveTypedNotes = blocks.contains { block in
            let t = block.paragraph.text.text.utf8
            return t.count > 1 && (t.first == UInt8(ascii: "[") || (0x30...0x39).contains(t.first!))
        }
        guard mayHaveTypedNotes else { return walker.paragraphs }
        let footnoteLabels = Set(notes.map(\.label))
        let split = TextReader.splitPlainNotesIndexed(blocks.map(\.paragraph), source: source)
        let typed = split.notes.filter { !footnoteLabels.contains($0.label) }
        guard !typed.isEmpty else { return walker.paragraphs }
        notes += typed

        var paragraphs = walker.paragraphs
        var isBody = Set<Int>()
        for (body, k) in split.body {
            let index = blocks[k].index
            isBody.insert(index)
            let added = body.markers.filter { !footnoteLabels.contains($0.label) }
            guard !added.isEmpty else { continue }
            paragraphs[index].markers = (paragraphs[index].markers + added).sorted { $0.offset < $1.offset }
        }
        // The typed notes' own paragraphs are notes, not body; headings stay (they open sections).
        let dropped = Set(blocks.map(\.index)).subtracting(isBody)
        return paragraphs.enumerated().compactMap { k, p in
            dropped.contains(k) && p.headingLevel == nil ? nil : p
        }
    }

    /// Typed notes on consecutive lines (`[1] …⏎[2] …`) are one paragraph to cmark: each line that
    /// opens with a `[n]` marker becomes a block of its own, when the paragraph opens with one too.
    /// `text` after its first `count` line feeds: what splitting it at the `Character` "\n" and
    /// joining all but the first `count` pieces gives (a `\r\n` is one character, not a line feed
    /// of its own), found on bytes without building the pieces. Empty when it has fewer line feeds.
    static func droppingLines(_ count: Int, of text: String) -> Substring {
        let utf8 = text.utf8
        var seen = 0
        var previous: UInt8 = 0
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let byte = utf8[i]
            i = utf8.index(after: i)
            if byte == 0x0A, previous != 0x0D {
                seen += 1
                if seen == count { return text[i...] }
            }
            previous = byte
        }
        return text[text.endIndex...]
    }

    static func splitNoteLines(
        _ blocks: [(paragraph: ReadParagraph, index: Int)], source: SourceText
    ) -> [(paragraph: ReadParagraph, index: Int)] {
        func opensNote(_ bytes: String.UTF8View, at offset: Int) -> Bool {
            var i = bytes.index(bytes.startIndex, offsetBy: offset)
            guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "[") else { return false }
            i = bytes.index(after: i)
            var digits = 0
            while i < bytes.endIndex, (0x30...0x39).contains(bytes[i]) { digits += 1; i = bytes.index(after: i) }
            return digits > 0 && i < bytes.endIndex && bytes[i] == UInt8(ascii: "]")
        }
        var result: [(paragraph: ReadParagraph, index: Int)] = []
        for block in blocks {
            let text = block.paragraph.text
            let bytes = text.text.utf8
            let cuts = text.lineBreaks.filter { opensNote(bytes, at: $0 + 1) }
            guard !cuts.isEmpty, opensNote(bytes, at: 0) else {
                result.append(block)
                continue
            }
            let bounds = [0] + cuts.map { $0 + 1 }
            for (k, start) in bounds.enumerated() {
                let end = k + 1 < bounds.count ? bounds[k + 1] - 1 : bytes.count
                var piece = block.paragraph
                piece.text = text.slice(start..<end)
                piece.links = block.paragraph.links.filter { $0.offset >= start && $0.offset < end }.map { ($0.offset - start, $0.url) }
                piece.codeRanges = block.paragraph.codeRanges.filter { $0.lowerBound >= start && $0.upperBound <= end }
                    .map { ($0.lowerBound - start)..<($0.upperBound - start) }
                if k > 0, let sourceOffset = text.sourceOffset(forPlain: start) {
                    piece.location = source.location(ofUTF8Offset: sourceOffset)
                }
                result.append((piece, block.index))
            }
        }
        return result
    }

    /// Whether `line` falls in one of the sorted, disjoint ranges (binary search).
    static func inCode(_ line: Int, _ ranges: [ClosedRange<Int>]) -> Bool {
        var lo = 0
        var hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound < line { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].contains(line)
    }

    struct Candidate {
        var label: String
        var line: Int
        var location: SourceLocation
        /// UTF-8 offset where the definition's content starts on its line.
        var contentOffset: Int
    }

    /// Lines that start (after up to three spaces) with `[^label]:`.
    static func definitionCandidates(_ source: SourceText, skipLines: Int) -> [Candidate] {
        var result: [Candidate] = []
        let bytes = source.bytes
        for (k, start) in source.lineStarts.enumerated() where k >= skipLines {
            var i = start
            var spaces = 0
            while i < bytes.count, bytes[i] == 0x20, spaces < 4 { i += 1; spaces += 1 }
            guard spaces <= 3, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "["), bytes[i + 1] == UInt8(ascii: "^") else { continue }
            var j = i + 2
            while j < bytes.count, bytes[j] != UInt8(ascii: "]"), bytes[j] != 0x0A, bytes[j] != 0x20, j - i < 1002 { j += 1 }
            guard j > i + 2, j + 1 < bytes.count, bytes[j] == UInt8(ascii: "]"), bytes[j + 1] == UInt8(ascii: ":") else { continue }
            let label = String(decoding: bytes[(i + 2)..<j], as: UTF8.self)
            var content = j + 2
            while content < bytes.count, bytes[content] == 0x20 || bytes[content] == 0x09 { content += 1 }
            result.append(
                Candidate(label: label, line: k + 1, location: source.location(ofUTF8Offset: i), contentOffset: content))
        }
        return result
    }

    /// A definition cmark did not keep (a duplicate): its first paragraph and indented continuation.
    static func rawDefinitionText(_ source: SourceText, _ c: Candidate) -> MappedText {
        var mapped = MappedText()
        var line = c.line
        var offset = c.contentOffset
        while let text = source.lineText(line) {
            let startInLine = offset - source.lineStarts[line - 1]
            let piece = String(decoding: Array(text.utf8).dropFirst(startInLine), as: UTF8.self)
            if line > c.line {
                if piece.trimmingCharacters(in: " \t").isEmpty { break }
                if definitionStart(piece) { break }
                mapped.append(" ", sourceOffset: nil)
            }
            let lead = piece.prefix(while: { $0 == " " || $0 == "\t" })
            mapped.append(String(piece.dropFirst(lead.count)), sourceOffset: offset + lead.utf8.count)
            line += 1
            guard line <= source.lineStarts.count else { break }
            offset = source.lineStarts[line - 1]
        }
        return mapped
    }

    private static func definitionStart(_ line: String) -> Bool {
        let t = line.drop(while: { $0 == " " })
        return t.hasPrefix("[^") && t.contains("]:")
    }

    private static func fallback(_ input: ReaderInput, _ source: SourceText) -> ReadDraft {
        ReadDraft(
            path: input.path, format: .markdown, sha256: input.sha256, source: source,
            notices: input.notices + [ReaderNotice("cmark-gfm could not parse this document")])
    }
}
