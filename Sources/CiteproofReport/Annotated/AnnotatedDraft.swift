import CiteproofCore

/// The draft's own text for the HTML report: its headings and paragraphs, every marker where it
/// stands (a link to its note's card, coloured by the worst finding of the note), and every
/// sentence that carries a marker with a finding highlighted. Everything from the draft is escaped.
struct AnnotatedDraft {
    var checked: CheckedDocument
    /// Prefix of every id in this document's part of the page (`d1`).
    var prefix: String

    /// Unsuppressed findings by note label.
    let findingsByLabel: [String: [Finding]]

    init(_ checked: CheckedDocument, prefix: String) {
        self.checked = checked
        self.prefix = prefix
        findingsByLabel = Dictionary(grouping: checked.findings.filter { $0.footnote != nil && !$0.suppressed }, by: { $0.footnote! })
    }

    /// The worst unsuppressed finding of a note.
    func worst(_ label: String) -> Severity? { findingsByLabel[label]?.map(\.severity).max() }

    /// The id of the card that shows the note with this label (every defined note has one; an
    /// undefined label has one when a finding concerns it).
    func cardID(_ label: String?) -> String? {
        guard let label else { return nil }
        if let index = checked.document.definitions.firstIndex(where: { $0.label == label }) { return "\(prefix)-card-\(index + 1)" }
        return findingsByLabel[label] != nil ? "\(prefix)-card-x-\(Self.slug(label))" : nil
    }

    /// The id of the highlighted sentence carrying the first marker of a label.
    func sentenceID(_ label: String) -> String { "\(prefix)-s-\(Self.slug(label))" }

    /// The sentences highlighted for each label (for the cards), filled by `renderBody`.
    func renderBody(_ blocks: [BodyBlock]) -> (html: String, sentences: [String: String]) {
        var out = ""
        var sentences: [String: String] = [:]
        var anchored: Set<String> = []
        for block in blocks {
            if let level = block.headingLevel {
                let tag = "h\(min(6, level + 2))"
                out += "<\(tag) class=\"draft-heading\">\(renderInline(block, highlights: [], anchored: &anchored))</\(tag)>\n"
                continue
            }
            // The sentences to highlight, with the worst severity of the markers they carry.
            var highlights: [(range: Range<Int>, severity: Severity, labels: [String])] = []
            if block.markers.contains(where: { worst($0.label) != nil }) {
                let split = SentenceSplitter.Sentences(block.text)
                let bytes = Array(block.text.utf8)
                for marker in block.markers {
                    guard let severity = worst(marker.label), let range = split.range(containing: marker.offset) else { continue }
                    // A marker right after its sentence's end belongs to it: stretch the range over it.
                    let upper = max(range.upperBound, min(bytes.count, marker.offset + markerLength(marker, in: bytes)))
                    if let k = highlights.firstIndex(where: { $0.range.overlaps(range) }) {
                        let merged = min(highlights[k].range.lowerBound, range.lowerBound)..<max(highlights[k].range.upperBound, upper)
                        highlights[k] = (merged, max(highlights[k].severity, severity), highlights[k].labels + [marker.label])
                    } else {
                        highlights.append((range.lowerBound..<upper, severity, [marker.label]))
                    }
                    if sentences[marker.label] == nil {
                        sentences[marker.label] = String(decoding: bytes[range], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    }
                }
                highlights.sort { $0.range.lowerBound < $1.range.lowerBound }
            }
            out += "<p>\(renderInline(block, highlights: highlights, anchored: &anchored))</p>\n"
        }
        return (out, sentences)
    }

    /// The bytes the marker's own text takes in the block (`[8]`, `[^8]`), 0 when the format keeps
    /// markers out of the text (Markdown footnotes, HTML and Word note references).
    private func markerLength(_ marker: BodyBlock.Marker, in bytes: [UInt8]) -> Int {
        for spelled in ["[\(marker.label)]", "[^\(marker.label)]"] {
            let written = Array(spelled.utf8)
            if marker.offset + written.count <= bytes.count, Array(bytes[marker.offset..<marker.offset + written.count]) == written {
                return written.count
            }
        }
        return 0
    }

    private func renderInline(
        _ block: BodyBlock, highlights: [(range: Range<Int>, severity: Severity, labels: [String])], anchored: inout Set<String>
    ) -> String {
        let bytes = Array(block.text.utf8)
        var out = ""
        var position = 0
        var markers = block.markers.sorted { $0.offset < $1.offset }[...]
        // Cut points: highlight starts and ends, markers.
        var cuts = Set(highlights.flatMap { [$0.range.lowerBound, $0.range.upperBound] })
        for m in markers { cuts.insert(m.offset) }
        let ordered = cuts.filter { $0 >= 0 && $0 <= bytes.count }.sorted()
        func text(_ upTo: Int) {
            guard upTo > position else { return }
            out += h(String(decoding: bytes[position..<upTo], as: UTF8.self))
            position = upTo
        }
        for cut in ordered + [bytes.count] {
            text(cut)
            let ending = highlights.first { $0.range.upperBound == cut && $0.range.lowerBound < cut }
            // A marker written after its sentence (no text of its own) still belongs inside the highlight.
            while let m = markers.first, m.offset == cut, let ending, ending.labels.contains(m.label) {
                markers.removeFirst()
                out += marker(m, bytes: bytes, position: &position)
            }
            if ending != nil { out += "</mark>" }
            while let m = markers.first, m.offset == cut {
                markers.removeFirst()
                out += marker(m, bytes: bytes, position: &position)
            }
            if let start = highlights.first(where: { $0.range.lowerBound == cut && $0.range.upperBound > cut }) {
                var id = ""
                for label in start.labels where !anchored.contains(label) {
                    anchored.insert(label)
                    if id.isEmpty { id = " id=\"\(h(sentenceID(label)))\"" }
                }
                out += "<mark class=\"flag sev-\(start.severity.rawValue)\"\(id)>"
            }
        }
        text(bytes.count)
        return out
    }

    /// A marker as a link to its note's card (its own text when the draft writes it, `[label]` otherwise).
    private func marker(_ m: BodyBlock.Marker, bytes: [UInt8], position: inout Int) -> String {
        let length = markerLength(m, in: bytes)
        let written = length > 0 ? String(decoding: bytes[m.offset..<m.offset + length], as: UTF8.self) : "[\(m.label)]"
        position = max(position, m.offset + length)
        let severity = worst(m.label)
        let classes = "marker" + (severity.map { " sev-\($0.rawValue)" } ?? "")
        let describe = "note \(m.label)" + (severity.map { ", \($0.rawValue)" } ?? "")
        if let id = cardID(m.label) {
            return "<a class=\"\(classes)\" href=\"#\(h(id))\" aria-label=\"\(h(describe))\">\(h(written))</a>"
        }
        return "<span class=\"\(classes)\">\(h(written))</span>"
    }

    static func slug(_ label: String) -> String {
        String(label.unicodeScalars.map { ($0.properties.isAlphabetic || ("0"..."9").contains($0)) && $0.isASCII ? Character($0) : "_" })
    }

    private func h(_ s: String) -> String { ReportSupport.escapeMarkup(s) }
}
