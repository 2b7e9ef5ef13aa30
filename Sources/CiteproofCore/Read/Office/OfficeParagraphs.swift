/// A paragraph of a .docx or .odt as its reader collected it: the runs' text joined,
/// with what the markup said about positions in it (UTF-8 offsets into `text`).
struct OfficeParagraph {
    var text = ""
    var references: [(offset: Int, note: OfficeNoteKey, label: String?)] = []
    var links: [(offset: Int, url: String)] = []
    var codeRanges: [Range<Int>] = []
    /// The heading level (Word's "Heading N" style or outline level, ODF's `text:outline-level`), nil for prose.
    var headingLevel: Int?
    var style: String?
    /// A .docx paragraph's `w:numPr`: the numbering instance and level it belongs to.
    var listReference: (id: String, level: Int)?
    /// The number printed before this item of a decimal numbered list (computed by its reader).
    var listNumber: Int?

    var utf8Count: Int { text.utf8.count }

    /// The paragraph with `prefix` written before its text, every offset shifted to match.
    func prefixed(_ prefix: String) -> OfficeParagraph {
        let n = prefix.utf8.count
        var result = self
        result.text = prefix + text
        result.references = references.map { ($0.offset + n, $0.note, $0.label) }
        result.links = links.map { ($0.offset + n, $0.url) }
        result.codeRanges = codeRanges.map { ($0.lowerBound + n)..<($0.upperBound + n) }
        return result
    }
}

/// Identifies a note within its document: footnote or endnote, and the format's own id.
struct OfficeNoteKey: Hashable {
    var kind: String
    var internalID: String
}

/// A footnote or endnote body: its paragraphs, and the label the document prints when it says.
struct OfficeNote {
    var key: OfficeNoteKey
    var label: String?
    var paragraphs: [OfficeParagraph]
}

/// Turns the paragraphs and notes of a word-processor document into a `Document`.
///
/// Locations count paragraphs: the `SourceText` is every body paragraph, then every note
/// paragraph, one per line, so `line` is the paragraph number and `column` the character
/// offset in it plus one. A note reference is written into its paragraph as `[label]`.
struct OfficeDocumentBuilder {
    var path: String
    var format: DocumentFormat
    var sha256: String
    var notices: [ReaderNotice]
    /// The printed label of the `ordinal`-th (1-based) note of a kind that gives none.
    var label: (_ kind: String, _ ordinal: Int) -> String

    func build(
        body unnumbered: [OfficeParagraph], notes: [OfficeNote], title: String?, fallbackDate: PublicationDate?
    ) -> ReadDraft {
        let body = Self.numberingNoteLists(unnumbered)
        // 1. Labels: as printed, or numbered in order of first reference per kind.
        var labels: [OfficeNoteKey: String] = [:]
        var ordinals: [String: Int] = [:]
        func assign(_ key: OfficeNoteKey, _ printed: String?) {
            guard labels[key] == nil else { return }
            ordinals[key.kind, default: 0] += 1
            labels[key] = printed ?? label(key.kind, ordinals[key.kind]!)
        }
        for p in body { for r in p.references { assign(r.note, r.label) } }
        for note in notes { assign(note.key, note.label) }

        // 2. Body paragraphs with `[label]` written in at each reference.
        let marked = body.map { withMarkers($0, labels: labels) }
        let noteParagraphs = notes.flatMap(\.paragraphs)
        let lines = (marked.map(\.paragraph) + noteParagraphs).map { $0.text.map { $0 == "\n" || $0 == "\r" ? " " : $0 } }
        let source = SourceText(lines.map { String($0) }.joined(separator: "\n"))
        func mapped(_ line: Int, _ text: String) -> MappedText {
            MappedText(text, sourceOffset: source.lineStarts[line])
        }
        var read: [ReadParagraph] = []
        var markers: [[(offset: Int, label: String, location: SourceLocation)]] = []
        for (k, m) in marked.enumerated() where !m.paragraph.text.allSatisfy(\.isWhitespace) {
            let text = mapped(k, m.paragraph.text)
            read.append(
                ReadParagraph(
                    text: text, links: m.paragraph.links, codeRanges: m.paragraph.codeRanges,
                    location: SourceLocation(line: k + 1, column: 1), headingLevel: m.paragraph.headingLevel))
            markers.append(
                m.markers.map { ($0.offset, $0.label, source.location(ofUTF8Offset: source.lineStarts[k] + $0.offset)) })
        }

        // 3. Notes from the markup, or typed into the text as in the seed.
        var paragraphs: [BodyParagraph]
        var drafts: [NoteDraft] = []
        if notes.isEmpty, markers.allSatisfy(\.isEmpty) {
            (paragraphs, drafts) = TextReader.splitPlainNotes(read, source: source)
        } else {
            paragraphs = zip(read, markers).map { p, m in
                BodyParagraph(text: p.text, markers: m, location: p.location, headingLevel: p.headingLevel)
            }
            var line = marked.count
            for note in notes {
                var text = MappedText()
                var links: [(offset: Int, url: String)] = []
                let first = line
                for p in note.paragraphs {
                    defer { line += 1 }
                    let trimmed = p.text.prefix(while: { $0 == " " || $0 == "\t" }).utf8.count
                    guard trimmed < p.utf8Count else { continue }
                    if !text.text.isEmpty { text.append(" ", sourceOffset: nil) }
                    let base = text.text.utf8.count - trimmed
                    text.append(mapped: mapped(line, p.text).suffix(fromUTF8: trimmed))
                    links += p.links.map { (max($0.offset + base, 0), $0.url) }
                }
                // A note's no-break spaces (`pp.` and its pages, as converters write them) read as spaces,
                // as in the text reader's notes.
                drafts.append(
                    NoteDraft(
                        label: labels[note.key] ?? "?", location: SourceLocation(line: first + 1, column: 1), text: text,
                        links: links, kind: note.key.kind, internalID: note.key.internalID).withPlainSpaces)
            }
        }
        let unresolved = read.flatMap { TextReader.literalMarkdownMarkers(in: $0, source: source) }

        // 4. A dateline near the top wins; metadata is the labelled fallback.
        let top = paragraphs.prefix(10).map { ($0.text.text, $0.location) }
        let publication = DatelineFinder.dateline(in: top) ?? fallbackDate
        return ReadDraft(
            path: path, format: format, sha256: sha256, locationUnit: .paragraph, source: source, notices: notices,
            paragraphs: paragraphs, notes: drafts, title: title, publication: publication, unresolvedMarkers: unresolved)
    }

    /// The items of numbered lists after a notes heading ("References", "Notes") with their printed
    /// number written in front (`12. `), as the page shows them and as the typed-notes rules of the
    /// text reader expect (the notes run to the end of the draft, as `TextReader.paragraphKinds` reads
    /// them); before it, a list's numbers stay out of the text.
    static func numberingNoteLists(_ paragraphs: [OfficeParagraph]) -> [OfficeParagraph] {
        var inNotes = false
        return paragraphs.map { p in
            if TextReader.isNotesHeading(Substring(p.text)) { inNotes = true }
            guard inNotes, let number = p.listNumber, p.headingLevel == nil else { return p }
            return p.prefixed("\(number). ")
        }
    }

    /// The paragraph with `[label]` inserted at each reference, offsets shifted to match.
    private func withMarkers(_ p: OfficeParagraph, labels: [OfficeNoteKey: String]) -> (
        paragraph: OfficeParagraph, markers: [(offset: Int, label: String)]
    ) {
        guard !p.references.isEmpty else { return (p, []) }
        let inserts = p.references.sorted(by: { $0.offset < $1.offset }).map { r in
            (offset: min(r.offset, p.utf8Count), text: "[\(labels[r.note] ?? "?")]", label: labels[r.note] ?? "?")
        }
        /// Where an original offset lands once every marker at or before it is written in.
        func shifted(_ offset: Int) -> Int {
            offset + inserts.filter { $0.offset <= offset }.reduce(0) { $0 + $1.text.utf8.count }
        }
        var bytes = Array(p.text.utf8)
        var markers: [(offset: Int, label: String)] = []
        var added = 0
        for insert in inserts {
            bytes.insert(contentsOf: Array(insert.text.utf8), at: insert.offset + added)
            markers.append((insert.offset + added, insert.label))
            added += insert.text.utf8.count
        }
        var result = p
        result.text = String(decoding: bytes, as: UTF8.self)
        result.references = []
        result.links = p.links.map { (shifted($0.offset), $0.url) }
        result.codeRanges = p.codeRanges.map { shifted($0.lowerBound)..<max(shifted($0.lowerBound), shifted($0.upperBound - 1) + 1) }
        return (result, markers)
    }
}
