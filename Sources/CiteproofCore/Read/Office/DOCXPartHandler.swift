import Foundation

/// Collects the paragraphs of a WordprocessingML part (`document.xml`, `footnotes.xml`,
/// `endnotes.xml`): every run's `w:t` joined, note references, hyperlinks, code runs, headings.
final class DOCXPartHandler: OfficeXMLHandler {
    /// Relationship id → external target of this part (`r:id` of a `w:hyperlink`).
    let hyperlinks: [String: String]
    private(set) var body: [OfficeParagraph] = []
    private(set) var notes: [OfficeNote] = []
    /// `w:numFmt` of `w:footnotePr` / `w:endnotePr` (in a `w:sectPr` or settings.xml), by note kind.
    private(set) var numberFormats: [String: String] = [:]

    private var open: [OfficeParagraph] = []
    private var note: OfficeNote?
    private var skipDepth = 0
    private var inRun = false
    private var inText = false
    private var inRunProperties = false
    private var runIsCode = false
    private var notePropertiesKind: String?
    private var fieldInstruction: String?

    /// Run styles that mark code (pandoc's `VerbatimChar`, Word's `HTMLCode`).
    static let codeStyles: Set<String> = ["VerbatimChar", "HTMLCode", "SourceCode", "Code", "CodeChar"]

    /// The level a paragraph style gives: `Heading2` (pandoc, Word's style id) → 2, `Title` → 1.
    static func headingLevel(ofStyle style: String) -> Int? {
        if style == "Title" { return 1 }
        guard style.lowercased().hasPrefix("heading") else { return nil }
        return Int(style.dropFirst("heading".count).trimmingCharacters(in: .whitespaces)) ?? 1
    }
    /// Elements whose content is never visible text: alternate renderings, moved-away and deleted text.
    static let skippedElements: Set<String> = ["Fallback", "moveFrom", "del", "delText", "rPrChange", "pPrChange"]

    init(hyperlinks: [String: String]) {
        self.hyperlinks = hyperlinks
    }

    func start(_ name: String, attributes: [String: String]) {
        if skipDepth > 0 || Self.skippedElements.contains(name) {
            skipDepth += 1
            return
        }
        switch name {
        case "footnote", "endnote":
            if notePropertiesKind != nil { return }  // `w:footnotePr/w:footnote` in settings.xml
            if attributes["w:type"].map({ $0 != "normal" }) ?? false {
                skipDepth = 1  // separators and continuation notices
                return
            }
            note = OfficeNote(key: OfficeNoteKey(kind: name, internalID: attributes["w:id"] ?? "?"), label: nil, paragraphs: [])
        case "p":
            open.append(OfficeParagraph())
        case "pStyle":
            if let style = attributes["w:val"], !open.isEmpty {
                open[open.count - 1].style = style
                if let level = Self.headingLevel(ofStyle: style) { open[open.count - 1].headingLevel = level }
            }
        case "outlineLvl":
            if !open.isEmpty, !inRun, open[open.count - 1].headingLevel == nil {
                open[open.count - 1].headingLevel = (attributes["w:val"].flatMap { Int($0) } ?? 0) + 1
            }
        case "ilvl":
            if !open.isEmpty, !inRun, let level = attributes["w:val"].flatMap({ Int($0) }) {
                open[open.count - 1].listReference = (open[open.count - 1].listReference?.id ?? "", level)
            }
        case "numId":
            if !open.isEmpty, !inRun, let id = attributes["w:val"] {
                open[open.count - 1].listReference = (id, open[open.count - 1].listReference?.level ?? 0)
            }
        case "r":
            inRun = true
            runIsCode = false
        case "rPr":
            inRunProperties = inRun
        case "rStyle":
            if inRunProperties, let style = attributes["w:val"], Self.codeStyles.contains(style) { runIsCode = true }
        case "t":
            inText = inRun
        case "tab", "br", "cr":
            if inRun { append(" ") }
        case "noBreakHyphen":
            if inRun { append("-") }
        case "footnoteReference", "endnoteReference":
            guard !open.isEmpty else { return }
            let kind = name == "footnoteReference" ? "footnote" : "endnote"
            let key = OfficeNoteKey(kind: kind, internalID: attributes["w:id"] ?? "?")
            open[open.count - 1].references.append((open[open.count - 1].utf8Count, key, nil))
        case "hyperlink":
            if let id = attributes["r:id"], let url = hyperlinks[id] { addLink(url) }
        case "fldSimple":
            if let url = attributes["w:instr"].flatMap(Self.hyperlinkField) { addLink(url) }
        case "fldChar":
            switch attributes["w:fldCharType"] {
            case "begin": fieldInstruction = ""
            case "separate":
                if let url = fieldInstruction.flatMap(Self.hyperlinkField) { addLink(url) }
                fieldInstruction = nil
            default: fieldInstruction = nil
            }
        case "instrText":
            inText = false
        case "footnotePr", "endnotePr":
            notePropertiesKind = name == "footnotePr" ? "footnote" : "endnote"
        case "numFmt":
            if let kind = notePropertiesKind, let format = attributes["w:val"] { numberFormats[kind] = format }
        default:
            break
        }
        currentElementIsInstruction = name == "instrText"
    }

    private var currentElementIsInstruction = false

    func end(_ name: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch name {
        case "p":
            guard let paragraph = open.popLast() else { return }
            if note != nil { note!.paragraphs.append(paragraph) } else { body.append(paragraph) }
        case "footnote", "endnote":
            if notePropertiesKind == nil, let finished = note {
                notes.append(finished)
                note = nil
            }
        case "r":
            inRun = false
            runIsCode = false
        case "rPr":
            inRunProperties = false
        case "t":
            inText = false
        case "instrText":
            currentElementIsInstruction = false
        case "footnotePr", "endnotePr":
            notePropertiesKind = nil
        default:
            break
        }
    }

    func text(_ string: String) {
        guard skipDepth == 0 else { return }
        if currentElementIsInstruction {
            fieldInstruction? += string
        } else if inText {
            append(string)
        }
    }

    private func append(_ string: String) {
        guard !open.isEmpty else { return }
        let start = open[open.count - 1].utf8Count
        open[open.count - 1].text += string
        if runIsCode { open[open.count - 1].codeRanges.append(start..<open[open.count - 1].utf8Count) }
    }

    private func addLink(_ url: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].links.append((open[open.count - 1].utf8Count, url))
    }

    /// The URL of a `HYPERLINK "url"` field instruction (not one with `\l`, a bookmark).
    static func hyperlinkField(_ instruction: String) -> String? {
        let trimmed = instruction.trimmingCharacters(in: .whitespaces)
        guard trimmed.uppercased().hasPrefix("HYPERLINK"), !trimmed.contains("\\l") else { return nil }
        let pieces = trimmed.split(separator: "\"", omittingEmptySubsequences: true)
        return pieces.count >= 2 ? String(pieces[1]) : nil
    }
}
