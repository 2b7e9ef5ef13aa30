import Foundation

/// Collects the paragraphs of an OpenDocument `content.xml`: `text:p` / `text:h` with their
/// spans joined, and notes, which ODF writes inline (`text:note` > `text:note-citation`,
/// `text:note-body`) at the point they are referenced.
final class ODTContentHandler: OfficeXMLHandler {
    private(set) var body: [OfficeParagraph] = []
    private(set) var notes: [OfficeNote] = []
    /// Automatic style → its parent (`P1` → `Title`), so a paragraph's real style is known.
    private(set) var parentStyles: [String: String] = [:]

    private var open: [OfficeParagraph] = []
    /// Notes being read (a note's body may hold paragraphs; notes do not nest in practice).
    private var noteStack: [(note: OfficeNote, referencedIn: Int?, referenceIndex: Int?, bodyDepth: Int)] = []
    /// The printed label being read (`text:note-citation`), or nil outside one.
    private var citation: String?
    private var customLabel: String?
    private var skipDepth = 0
    private var spans: [Bool] = []
    /// List styles and counters; styles.xml's list styles are given at creation.
    private var lists: ODTListNumbering

    init(lists: ODTListNumbering = ODTListNumbering()) {
        self.lists = lists
    }

    /// Span styles that mark code (pandoc's `Source_Text`).
    static let codeStyles: Set<String> = ["Source_Text", "Source_20_Text", "Teletype"]
    /// Elements whose text is not part of the draft: comments, change tracking, generated indexes.
    static let skippedElements: Set<String> = [
        "annotation", "tracked-changes", "table-of-content", "illustration-index", "sequence-decls",
    ]

    func start(_ name: String, attributes: [String: String]) {
        if skipDepth > 0 || Self.skippedElements.contains(name) {
            skipDepth += 1
            return
        }
        if noteStack.isEmpty { lists.start(name, attributes: attributes) }
        switch name {
        case "style":
            if let style = attributes["style:name"], let parent = attributes["style:parent-style-name"] {
                parentStyles[style] = parent
            }
        case "p", "h":
            var paragraph = OfficeParagraph()
            paragraph.style = attributes["text:style-name"].map { parentStyles[$0] ?? $0 }
            if name == "h" {
                paragraph.headingLevel = attributes["text:outline-level"].flatMap { Int($0) } ?? 1
            } else if paragraph.style == "Title" {
                paragraph.headingLevel = 1
            }
            if noteStack.isEmpty { paragraph.listNumber = lists.takeNumber() }
            open.append(paragraph)
        case "note":
            let key = OfficeNoteKey(
                kind: attributes["text:note-class"] ?? "footnote", internalID: attributes["text:id"] ?? "?")
            var referenceIndex: Int?
            if !open.isEmpty {
                open[open.count - 1].references.append((open[open.count - 1].utf8Count, key, nil))
                referenceIndex = open[open.count - 1].references.count - 1
            }
            let host = open.isEmpty ? nil : open.count - 1
            noteStack.append((OfficeNote(key: key, label: nil, paragraphs: []), host, referenceIndex, open.count))
        case "note-citation":
            citation = ""
            customLabel = attributes["text:label"]
        case "s":
            append(String(repeating: " ", count: max(1, Int(attributes["text:c"] ?? "1") ?? 1)))
        case "tab", "line-break":
            append(" ")
        case "a":
            if let url = attributes["xlink:href"], !url.hasPrefix("#"), !open.isEmpty {
                open[open.count - 1].links.append((open[open.count - 1].utf8Count, url))
            }
        case "span":
            let style = attributes["text:style-name"].map { parentStyles[$0] ?? $0 }
            spans.append(style.map(Self.codeStyles.contains) ?? false || (spans.last ?? false))
        default:
            break
        }
    }

    func end(_ name: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        if noteStack.isEmpty { lists.end(name) }
        switch name {
        case "p", "h":
            guard let paragraph = open.popLast() else { return }
            if let last = noteStack.indices.last, open.count >= noteStack[last].bodyDepth {
                noteStack[last].note.paragraphs.append(paragraph)
            } else {
                body.append(paragraph)
            }
        case "note":
            if let finished = noteStack.popLast() { notes.append(finished.note) }
        case "note-citation":
            setLabel(customLabel ?? citation?.trimmingCharacters(in: .whitespaces) ?? "")
            citation = nil
        case "span":
            _ = spans.popLast()
        default:
            break
        }
    }

    func text(_ string: String) {
        guard skipDepth == 0 else { return }
        if citation != nil {
            citation! += string
        } else {
            append(string)
        }
    }

    private func setLabel(_ label: String) {
        guard let last = noteStack.indices.last, !label.isEmpty else { return }
        noteStack[last].note.label = label
        if let host = noteStack[last].referencedIn, let index = noteStack[last].referenceIndex, host < open.count {
            open[host].references[index].label = label
        }
    }

    private func append(_ string: String) {
        guard !open.isEmpty, citation == nil else { return }
        // Inside a note body, text belongs to the note's own paragraph, never to the host paragraph.
        if let last = noteStack.last, open.count <= last.bodyDepth { return }
        let start = open[open.count - 1].utf8Count
        open[open.count - 1].text += string
        if spans.last == true { open[open.count - 1].codeRanges.append(start..<open[open.count - 1].utf8Count) }
    }
}
