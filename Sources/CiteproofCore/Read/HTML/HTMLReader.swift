import Foundation

/// Reads HTML drafts with libxml2's HTML parser: footnotes as pandoc, GitHub, Word,
/// LibreOffice and blog plugins write them (`HTMLFootnotes`), or the seed's plain `[1]` notes;
/// the publication date from the page's metadata. Locations are lines and columns of the HTML source.
public enum HTMLReader {
    public static func read(_ input: ReaderInput) throws -> ReadDraft {
        let (text, decodeNotices) = try decode(input.bytes, path: input.path)
        let source = SourceText(text)
        let tree = HTMLTree(utf8: source.bytes)
        let aligner = HTMLSourceAligner(tree: tree, source: source.bytes)
        let footnotes = HTMLFootnotes(tree: tree)
        var walker = HTMLBlockWalker(tree: tree, aligner: aligner, footnotes: footnotes, source: source)
        walker.walk()

        var notices = input.notices + decodeNotices
        if tree.nodes.isEmpty { notices.append(ReaderNotice("no HTML content found")) }
        if tree.stoppedEarly {
            throw InputError.malformed(
                input.path, reason: "refused HTML: elements nest deeper than libxml2's limit; the rest of the page cannot be read")
        }
        var paragraphs: [BodyParagraph]
        var notes: [NoteDraft] = walker.notes
        if notes.isEmpty, walker.paragraphs.allSatisfy(\.markers.isEmpty) {
            (paragraphs, notes) = TextReader.splitPlainNotes(walker.paragraphs, source: source)
        } else {
            paragraphs = walker.paragraphs.map {
                BodyParagraph(text: $0.text, markers: $0.markers, location: $0.location, headingLevel: $0.headingLevel)
            }
        }
        let unresolved = walker.paragraphs.flatMap { TextReader.literalMarkdownMarkers(in: $0, source: source) }
        let title = tree.nodes.indices.first { tree.nodes[$0].name == "title" }.map { tree.text(of: $0) }
            .flatMap { $0.isEmpty ? nil : $0 }
        let publication = HTMLPublicationDate.find(in: tree, locate: walker.location(ofNode:))
        return ReadDraft(
            path: input.path, format: .html, sha256: input.sha256, source: source, notices: notices,
            paragraphs: paragraphs, notes: notes, title: title, publication: publication, unresolvedMarkers: unresolved)
    }

    /// The page as text: UTF-8 (the common case), UTF-16/32 by byte-order mark, otherwise
    /// Windows-1252 (what Word's "Save as HTML" and old pages declare). Binary input is refused.
    static func decode(_ bytes: [UInt8], path: String) throws -> (String, [ReaderNotice]) {
        let decoded = try InputDecoder.decode(bytes, path: path)
        var text = decoded.text
        var notices = decoded.notices
        if String(validating: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
            == nil, !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
            let latin = String(data: Data(bytes), encoding: .windowsCP1252)
        {
            text = latin
            notices = [ReaderNotice("not UTF-8: decoded as Windows-1252")]
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return (text, notices)
    }
}

/// Walks an `HTMLTree` once, in document order, collecting body paragraphs (one per block
/// element) and the text of each note container.
struct HTMLBlockWalker {
    let tree: HTMLTree
    let aligner: HTMLSourceAligner
    let footnotes: HTMLFootnotes
    let source: SourceText
    private(set) var paragraphs: [ReadParagraph] = []
    private(set) var notes: [NoteDraft] = []

    static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
        "table", "tr", "td", "th", "caption", "section", "article", "header", "footer", "aside", "main", "nav",
        "figure", "figcaption", "address", "hr", "body", "form", "fieldset", "details", "summary",
    ]
    static let skipped: Set<String> = [
        "head", "script", "style", "template", "noscript", "svg", "math", "select", "iframe", "object", "button",
    ]
    static let code: Set<String> = ["code", "kbd", "samp", "tt", "pre"]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// 2 for `h2`.
    static func headingLevel(_ name: String) -> Int { Int(name.dropFirst()) ?? 1 }

    init(tree: HTMLTree, aligner: HTMLSourceAligner, footnotes: HTMLFootnotes, source: SourceText) {
        self.tree = tree
        self.aligner = aligner
        self.footnotes = footnotes
        self.source = source
    }

    /// A paragraph (or note) being built: whitespace folded, every piece mapped to the source.
    struct Builder {
        var paragraph: ReadParagraph
        var pendingSpace = false
        /// A list item's number (`12. `), written before the first text that comes.
        var pendingPrefix: String?

        init(location: SourceLocation, headingLevel: Int? = nil) {
            paragraph = ReadParagraph(text: MappedText(), location: location, headingLevel: headingLevel)
        }

        var offset: Int { paragraph.text.text.utf8.count }

        mutating func space() { pendingSpace = true }

        mutating func append(_ piece: String, sourceOffset: Int?, code: Bool) {
            guard !piece.isEmpty else { return }
            if let prefix = pendingPrefix {
                pendingPrefix = nil
                paragraph.text.append(prefix, sourceOffset: nil)
                pendingSpace = false
            }
            if pendingSpace, offset > 0 { paragraph.text.append(" ", sourceOffset: nil) }
            pendingSpace = false
            let start = offset
            paragraph.text.append(piece, sourceOffset: sourceOffset)
            if code { paragraph.codeRanges.append(start..<offset) }
        }
    }

    func location(ofNode i: Int) -> SourceLocation? {
        if let offset = aligner.offsets[i] { return source.location(ofUTF8Offset: offset) }
        if let line = tree.nodes[i].line { return SourceLocation(line: line, column: nil) }
        return nil
    }

    /// The location of node `i`, or of the nearest node before it that has one.
    private func nearestLocation(_ i: Int) -> SourceLocation {
        var k = min(i, tree.nodes.count - 1)
        while k >= 0 {
            if let l = location(ofNode: k) { return l }
            k -= 1
        }
        return SourceLocation(line: 1, column: nil)
    }

    mutating func walk() {
        let nodes = tree.nodes
        var body = Builder(location: SourceLocation(line: 1, column: nil))
        var note: (builder: Builder, index: Int, end: Int)?
        var blockEnds: [Int] = []
        var codeEnds: [Int] = []
        var lists = OrderedListCounter()
        var i = 0
        func flushBody(next: Int, headingLevel: Int? = nil) {
            let prefix = body.paragraph.text.text.isEmpty ? body.pendingPrefix : nil
            if !body.paragraph.text.text.isEmpty {
                paragraphs.append(body.paragraph)
                lists.passed(body.paragraph)
            }
            body = Builder(location: nearestLocation(next), headingLevel: headingLevel)
            body.pendingPrefix = prefix
        }
        while i <= nodes.count {
            lists.close(before: i)
            while let end = blockEnds.last, end <= i {
                blockEnds.removeLast()
                if note == nil { flushBody(next: i) } else { note!.builder.space() }
            }
            while let end = codeEnds.last, end <= i { codeEnds.removeLast() }
            if let open = note, open.end <= i {
                finish(open.builder, noteIndex: open.index)
                note = nil
            }
            guard i < nodes.count else { break }
            let n = nodes[i]
            if n.kind == .text {
                appendText(node: i, to: &note, or: &body, code: !codeEnds.isEmpty)
                i += 1
                continue
            }
            if Self.skipped.contains(n.name) || footnotes.backlinks.contains(i) {
                i = n.end
                continue
            }
            if note == nil, let index = footnotes.notes.firstIndex(where: { $0.container == i }) {
                flushBody(next: i)
                note = (Builder(location: nearestLocation(i)), index, n.end)
                i += 1
                continue
            }
            if let reference = footnotes.references[i] {
                let marker = "[\(reference.label)]"
                if note == nil {
                    body.paragraph.markers.append((body.offset + (body.pendingSpace && body.offset > 0 ? 1 : 0), reference.label, nearestLocation(i)))
                    body.append(marker, sourceOffset: aligner.offsets[i], code: false)
                } else {
                    note!.builder.append(marker, sourceOffset: aligner.offsets[i], code: false)
                }
                i = n.end
                continue
            }
            if n.name == "a", let href = n.attribute("href")?.trimmingCharacters(in: .whitespacesAndNewlines),
                !href.isEmpty, !href.hasPrefix("#"), !href.lowercased().hasPrefix("javascript:")
            {
                if note == nil {
                    body.paragraph.links.append((body.offset, href))
                } else {
                    note!.builder.paragraph.links.append((note!.builder.offset, href))
                }
            }
            if n.name == "br" || n.name == "img" {
                if note == nil { body.space() } else { note!.builder.space() }
            }
            if Self.blocks.contains(n.name) {
                if note == nil { flushBody(next: i, headingLevel: Self.headings.contains(n.name) ? Self.headingLevel(n.name) : nil) } else { note!.builder.space() }
                blockEnds.append(n.end)
                if note == nil {
                    if n.name == "ol" || n.name == "ul" { lists.open(i, in: tree) }
                    if n.name == "li", let number = lists.item(i, in: tree) { body.pendingPrefix = "\(number). " }
                }
            }
            if Self.code.contains(n.name) { codeEnds.append(n.end) }
            i += 1
        }
        if note == nil { flushBody(next: nodes.count) }
    }

    /// Appends a text node, folding whitespace and keeping the source mapping exact across entities.
    private func appendText(
        node i: Int, to note: inout (builder: Builder, index: Int, end: Int)?, or body: inout Builder, code: Bool
    ) {
        let bytes = Array(tree.nodes[i].text.utf8)
        var k = 0
        while k < bytes.count {
            if Self.isSpace(bytes[k]) {
                if note == nil { body.space() } else { note!.builder.space() }
                k += 1
                continue
            }
            var end = k
            while end < bytes.count, !Self.isSpace(bytes[end]) { end += 1 }
            let piece = String(decoding: bytes[k..<end], as: UTF8.self)
            let offset = aligner.sourceOffset(node: i, textOffset: k)
            if note == nil { body.append(piece, sourceOffset: offset, code: code) } else {
                note!.builder.append(piece, sourceOffset: offset, code: code)
            }
            k = end
        }
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }

    private mutating func finish(_ builder: Builder, noteIndex: Int) {
        let note = footnotes.notes[noteIndex]
        notes.append(
            NoteDraft(
                label: note.label, location: builder.paragraph.location, text: builder.paragraph.text,
                links: builder.paragraph.links, kind: note.kind, internalID: note.internalID))
    }
}
