/// A paragraph of an HTML, .docx or .odt draft as its reader extracted it: plain text mapped
/// to the document's `SourceText`, plus what the markup said about it.
struct ReadParagraph {
    var text: MappedText
    /// Footnote markers the markup declared (a `<a href="#fn1">`, a `w:footnoteReference`).
    var markers: [(offset: Int, label: String, location: SourceLocation)] = []
    /// Link targets with their plain-text UTF-8 offsets.
    var links: [(offset: Int, url: String)] = []
    /// Plain-text UTF-8 ranges set as code: a `[^1]` there is an example, not a marker.
    var codeRanges: [Range<Int>] = []
    var location: SourceLocation
    /// The heading level, nil for prose.
    var headingLevel: Int?
}

extension TextReader {
    /// Splits paragraphs typed in the seed's style — `[1]` markers in the text, notes as
    /// paragraphs starting `[1]` (or `1.` under a "Notes" heading) — into body and notes,
    /// with the same rules as plain text.
    static func splitPlainNotes(_ paragraphs: [ReadParagraph], source: SourceText) -> (
        body: [BodyParagraph], notes: [NoteDraft]
    ) {
        let split = splitPlainNotesIndexed(paragraphs, source: source)
        return (split.body.map(\.paragraph), split.notes)
    }

    /// `splitPlainNotes`, each body paragraph with the index of the paragraph it came from.
    static func splitPlainNotesIndexed(_ paragraphs: [ReadParagraph], source: SourceText) -> (
        body: [(paragraph: BodyParagraph, index: Int)], notes: [NoteDraft]
    ) {
        let texts = paragraphs.map(\.text.text)
        let kinds = paragraphKinds(
            firstLines: texts.map { Substring($0) }, lineCounts: texts.map { _ in 1 }, text: { texts[$0] },
            isHeading: { paragraphs[$0].headingLevel != nil })
        let firstHeading = kinds.firstIndex(of: .heading) ?? Int.max
        var notes: [NoteDraft] = []
        for (k, p) in paragraphs.enumerated() {
            switch kinds[k] {
            case .note:
                guard let start = noteStart(Substring(texts[k]), numbered: k > firstHeading) else { continue }
                let skip = start.markerLength0
                let text = p.text.suffix(fromUTF8: skip)
                let links = p.links.filter { $0.offset >= skip }.map { ($0.offset - skip, $0.url) }
                notes.append(NoteDraft(label: start.label, location: p.location, text: text, links: links))
            case .continuation:
                guard var last = notes.popLast() else { continue }
                let base = last.text.text.utf8.count + 1
                last.text.append(" ", sourceOffset: nil)
                last.text.append(mapped: p.text)
                last.links += p.links.map { ($0.offset + base, $0.url) }
                notes.append(last)
            case .body, .heading:
                continue
            }
        }
        let labels = Set(notes.map(\.label))
        var body: [(paragraph: BodyParagraph, index: Int)] = []
        for (k, p) in paragraphs.enumerated() where kinds[k] == .body {
            var markers: [(offset: Int, label: String, location: SourceLocation)] = []
            for marker in bodyMarkers(in: texts[k], noteLabels: labels)
            where !p.codeRanges.contains(where: { $0.contains(marker.utf8Range.lowerBound) }) {
                guard let offset = p.text.sourceOffset(forPlain: marker.utf8Range.lowerBound) else { continue }
                markers.append((marker.utf8Range.lowerBound, marker.label, source.location(ofUTF8Offset: offset)))
            }
            body.append((BodyParagraph(text: p.text, markers: markers, location: p.location, headingLevel: p.headingLevel), k))
        }
        return (body, notes.map(\.withPlainSpaces))
    }

    /// Literal Markdown markers (`[^9]`) left in a converted body: pandoc keeps an undefined
    /// `[^9]` as text. Markers inside code are examples and are skipped.
    static func literalMarkdownMarkers(in paragraph: ReadParagraph, source: SourceText) -> [UnresolvedMarker] {
        let text = paragraph.text.text
        return text.matches(of: MarkdownReader.Walker.literalMarker).compactMap { match in
            let at = text.utf8.distance(from: text.utf8.startIndex, to: match.range.lowerBound)
            guard !paragraph.codeRanges.contains(where: { $0.contains(at) }) else { return nil }
            let location = paragraph.text.sourceOffset(forPlain: at).map { source.location(ofUTF8Offset: $0) }
            return UnresolvedMarker(text: String(text[match.range]), location: location ?? paragraph.location)
        }
    }
}

extension MappedText {
    /// Appends another mapped text, keeping each of its pieces' source offsets.
    mutating func append(mapped other: MappedText) {
        for (piece, offset) in other.runs(from: 0) { append(piece, sourceOffset: offset) }
    }

    /// The text of a UTF-8 range, with its mapping (and its line breaks).
    func slice(_ range: Range<Int>) -> MappedText {
        var result = MappedText()
        var at = range.lowerBound
        for (piece, offset) in runs(from: range.lowerBound) where at < range.upperBound {
            let bytes = piece.utf8
            let take = min(bytes.count, range.upperBound - at)
            for b in lineBreaks where b >= at && b < at + take { result.recordLineBreak(at: b - range.lowerBound) }
            result.append(String(decoding: bytes.prefix(take), as: UTF8.self), sourceOffset: offset)
            at += bytes.count
        }
        return result
    }

    /// The text from a UTF-8 offset on, leading blanks dropped, with its mapping.
    func suffix(fromUTF8 offset: Int) -> MappedText {
        let bytes = text.utf8
        var start = min(offset, bytes.count)
        while start < bytes.count, [0x20, 0x09].contains(bytes[bytes.index(bytes.startIndex, offsetBy: start)]) {
            start += 1
        }
        var result = MappedText()
        for (piece, offset) in runs(from: start) { result.append(piece, sourceOffset: offset) }
        return result
    }

    /// The text from `start` cut where the source mapping jumps (never inside a UTF-8 sequence).
    private func runs(from start: Int) -> [(String, Int?)] {
        let bytes = Array(text.utf8)
        guard start < bytes.count else { return [] }
        var result: [(String, Int?)] = []
        var runStart = start
        var runSource = sourceOffset(forPlain: start)
        for i in (start + 1)...bytes.count {
            let atEnd = i == bytes.count
            guard atEnd || bytes[i] & 0xC0 != 0x80 else { continue }
            let actual = atEnd ? nil : sourceOffset(forPlain: i)
            if atEnd || actual != runSource.map({ $0 + (i - runStart) }) {
                result.append((String(decoding: bytes[runStart..<i], as: UTF8.self), runSource))
                runStart = i
                runSource = actual
            }
        }
        return result
    }
}

extension NoteDraft {
    /// The note with its no-break spaces written as plain spaces (`MappedText.replacingNoBreakSpaces`).
    var withPlainSpaces: NoteDraft {
        var note = self
        (note.text, note.links) = text.replacingNoBreakSpaces(links: links)
        return note
    }
}
