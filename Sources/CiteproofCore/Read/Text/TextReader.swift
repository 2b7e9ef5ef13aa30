/// Reads plain-text drafts in the seed's style: `[1]` (or superscript) markers in the body,
/// notes as paragraphs starting with `[n]`, or `n.` / `n)` under a heading such as "Notes".
public enum TextReader {
    /// Headings that open a notes block.
    static let noteHeadings: Set<String> = [
        "notes", "endnotes", "footnotes", "sources", "references", "works cited", "bibliography", "citations",
        "end notes", "foot notes",
    ]

    struct NoteStart {
        var label: String
        /// UTF-8 length of the marker and the space after it.
        var markerLength: Int
        var markerLength0: Int
    }

    public static func read(_ input: ReaderInput) -> ReadDraft {
        let source = SourceText(input.text)
        let paragraphs = Paragraphs.split(source)
        let kinds = paragraphKinds(
            firstLines: paragraphs.map { $0[0].text }, lineCounts: paragraphs.map(\.count),
            text: { Paragraphs.mappedText(paragraphs[$0][...]).text }, isHeading: { isSubheadingLine(paragraphs[$0]) })

        // Numbered notes (`1.`) count only after a notes heading.
        let firstHeading = kinds.firstIndex(of: .heading) ?? Int.max

        // Notes.
        var notes: [(label: String, location: SourceLocation, text: MappedText)] = []
        for (k, p) in paragraphs.enumerated() {
            switch kinds[k] {
            case .note:
                var currentLines: [SourceLine] = []
                var current: (String, SourceLocation, Int)?
                func flush() {
                    guard let (label, loc, skip) = current else { return }
                    var lines = currentLines
                    let first = lines[0]
                    let bytes = first.text.utf8
                    let cut = bytes.index(bytes.startIndex, offsetBy: skip)
                    lines[0] = SourceLine(number: first.number, offset: first.offset + skip, text: first.text[cut...])
                    notes.append((label, loc, Paragraphs.mappedText(lines[...])))
                }
                for line in p {
                    if let start = noteStart(line.text, numbered: k > firstHeading) {
                        flush()
                        let indent = line.text.prefix(while: { $0 == " " || $0 == "\t" }).utf8.count
                        current = (start.label, source.location(ofUTF8Offset: line.offset + indent), start.markerLength0)
                        currentLines = [line]
                    } else {
                        currentLines.append(line)
                    }
                }
                flush()
            case .continuation:
                if let last = notes.popLast() {
                    var text = last.text
                    text.append(" ", sourceOffset: nil)
                    let extra = Paragraphs.mappedText(p[...])
                    text.append(extra.text, sourceOffset: p[0].offset + p[0].text.prefix(while: { $0 == " " }).utf8.count)
                    notes.append((last.label, last.location, text))
                }
            default:
                break
            }
        }

        let noteLabels = Set(notes.map(\.label))
        var body: [BodyParagraph] = []
        var topLines: [(String, SourceLocation)] = []
        for (k, p) in paragraphs.enumerated() where kinds[k] == .body {
            let mapped = Paragraphs.mappedText(p[...])
            if topLines.count < 12 {
                topLines += p.map { (String($0.text), SourceLocation(line: $0.number, column: 1)) }
            }
            var markers: [(offset: Int, label: String, location: SourceLocation)] = []
            for marker in bodyMarkers(in: mapped.text, noteLabels: noteLabels) {
                guard let offset = mapped.sourceOffset(forPlain: marker.utf8Range.lowerBound) else { continue }
                markers.append((marker.utf8Range.lowerBound, marker.label, source.location(ofUTF8Offset: offset)))
            }
            body.append(
                BodyParagraph(
                    text: mapped, markers: markers, location: SourceLocation(line: p[0].number, column: 1),
                    headingLevel: isHeadingLine(p) ? 2 : nil))
        }
        let publication = DatelineFinder.dateline(in: topLines)
        let title = paragraphs.first.map { Paragraphs.mappedText($0[...]).text }.flatMap { $0.count <= 300 ? $0 : nil }
        return ReadDraft(
            path: input.path, format: .text, sha256: input.sha256, source: source, notices: input.notices,
            paragraphs: body,
            notes: notes.map { note in
                let lifted = InlineLinks.lift(note.text)
                let spaced = lifted.text.replacingNoBreakSpaces(links: lifted.links)
                return NoteDraft(label: note.label, location: note.location, text: spaced.text, links: spaced.links)
            },
            title: title, publication: publication)
    }

    /// Plain text has no heading markup: a paragraph of one short line without final punctuation
    /// (nor a note's `[`) is taken as a heading, and opens a section.
    static func isHeadingLine(_ paragraph: [SourceLine]) -> Bool {
        guard paragraph.count == 1 else { return false }
        let text = String(paragraph[0].text).trimmingWhitespace()
        guard !text.isEmpty, text.count < 120, let last = text.last else { return false }
        if text.hasPrefix("#") { return true }
        return !".:;,!?\"”)]".contains(last) && !text.hasPrefix("[")
    }

    /// A line between notes that reads as a subheading of the notes ("Further sources"): a heading
    /// line of a few words without digits or a URL (a note's continuation names a source, a date).
    static func isSubheadingLine(_ paragraph: [SourceLine]) -> Bool {
        guard isHeadingLine(paragraph) else { return false }
        let text = paragraph[0].text
        return !text.contains(where: \.isNumber) && !text.contains("://") && !text.contains("@")
            && text.split(separator: " ").count <= 6
    }

    enum Kind { case body, note, continuation, heading }

    /// Classifies paragraphs (given by their first line, line count and joined text) as body,
    /// note, note continuation or notes heading. Shared with the HTML, .docx and .odt readers.
    /// A heading (`isHeading`) between notes is no continuation of the note before it.
    static func paragraphKinds(
        firstLines: [Substring], lineCounts: [Int], text: (Int) -> String, isHeading: (Int) -> Bool = { _ in false }
    ) -> [Kind] {
        var kinds = firstLines.map { noteStart($0, numbered: false) != nil ? Kind.note : .body }
        // Numbered notes (`1.`) only count under a notes heading.
        var inNotesSection = false
        for (k, first) in firstLines.enumerated() {
            if lineCounts[k] == 1, isNotesHeading(first) {
                kinds[k] = .heading
                inNotesSection = true
                continue
            }
            if inNotesSection, kinds[k] == .body, noteStart(first, numbered: true) != nil {
                kinds[k] = .note
            }
        }
        // A paragraph without markers between two notes continues the note before it.
        for k in firstLines.indices where kinds[k] == .body {
            guard k > 0, k + 1 < firstLines.count, kinds[k - 1] == .note || kinds[k - 1] == .continuation,
                kinds[k + 1] == .note
            else { continue }
            if NoteMarkers.markers(in: text(k)).isEmpty, !isHeading(k) { kinds[k] = .continuation }
        }
        return kinds
    }

    /// The markers of a body paragraph that count as references: superscripts only when the
    /// draft has notes, four-digit numbers only when a note carries that label.
    static func bodyMarkers(in text: String, noteLabels: Set<String>) -> [NoteMarkers.Marker] {
        NoteMarkers.markers(in: text).filter { marker in
            if marker.superscript && noteLabels.isEmpty { return false }
            if (Int(marker.label) ?? 0) > 999 && !noteLabels.contains(marker.label) { return false }
            return true
        }
    }

    static func isNotesHeading(_ line: Substring) -> Bool {
        let t = line.trimmingCharacters(in: " \t#*_:=-").lowercased()
        return noteHeadings.contains(t)
    }

    /// `[12] text`, `[12]: text`; with `numbered`, also `12. text`, `12) text`, `¹² text`.
    static func noteStart(_ line: Substring, numbered: Bool) -> NoteStart? {
        let indent = line.prefix(while: { $0 == " " || $0 == "\t" })
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        var digits = ""
        var consumed = 0
        if rest.first == "[" {
            let inner = rest.dropFirst().prefix(while: \.isASCIIDigit)
            guard !inner.isEmpty, inner.count <= 4, rest.dropFirst(1 + inner.count).first == "]" else { return nil }
            digits = String(inner)
            consumed = 2 + inner.count
            if rest.dropFirst(consumed).first == ":" { consumed += 1 }
        } else if numbered {
            let inner = rest.prefix(while: \.isASCIIDigit)
            if !inner.isEmpty, inner.count <= 4, let p = rest.dropFirst(inner.count).first, p == "." || p == ")" {
                digits = String(inner)
                consumed = inner.count + 1
            } else {
                let sup = rest.prefix(while: { NoteMarkers.superscripts[$0] != nil })
                guard !sup.isEmpty else { return nil }
                digits = String(sup.map { NoteMarkers.superscripts[$0]! })
                consumed = sup.utf8.count
            }
        } else {
            return nil
        }
        let after = rest.dropFirst(consumed)
        let space = after.prefix(while: { $0 == " " || $0 == "\t" })
        guard !space.isEmpty || after.isEmpty else { return nil }
        let label = String(digits.drop(while: { $0 == "0" }))
        let total = indent.utf8.count + rest.prefix(consumed).utf8.count + space.utf8.count
        return NoteStart(label: label.isEmpty ? "0" : label, markerLength: total - indent.utf8.count, markerLength0: total)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
