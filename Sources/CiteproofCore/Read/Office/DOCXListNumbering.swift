/// The numbers Word prints before numbered paragraphs (`w:numPr` → `word/numbering.xml`), so that a
/// numbered reference list reads as `1. …`, `2. …` as it does on the page. Only decimal levels are
/// numbered (a bullet or a letter is no note number).
///
/// Counting follows Word: every `w:num` of one `w:abstractNum` shares its counters; a `w:num` that
/// overrides a level's start (`w:lvlOverride/w:startOverride`: pandoc writes one per list, LibreOffice
/// one for a list's first item and plain `w:num`s for the items after it) restarts that count at its
/// first item; an item resets the deeper levels. A paragraph style can carry the numbering (Word's "List Number").
final class DOCXListNumbering: OfficeXMLHandler {
    struct Level {
        var start = 1
        var format = "decimal"
    }

    private var abstractLevels: [String: [Int: Level]] = [:]
    private var numAbstract: [String: String] = [:]
    private var startOverrides: [String: [Int: Int]] = [:]
    /// Paragraph style id → the numbering it carries (`w:style/w:pPr/w:numPr`).
    private var styleNumbering: [String: (id: String, level: Int)] = [:]

    // Parse state.
    private var abstractID: String?
    private var numID: String?
    private var level: Int?
    private var styleID: String?
    private var overrideLevel: Int?

    func start(_ name: String, attributes: [String: String]) {
        let value = attributes["w:val"]
        switch name {
        case "abstractNum": abstractID = attributes["w:abstractNumId"]
        case "num": numID = attributes["w:numId"]
        case "abstractNumId": if let numID, let value { numAbstract[numID] = value }
        case "lvlOverride": overrideLevel = attributes["w:ilvl"].flatMap { Int($0) }
        case "startOverride":
            if let numID, let overrideLevel, let start = ListNumber.parse(value) {
                startOverrides[numID, default: [:]][overrideLevel] = start
            }
        case "lvl":
            level = attributes["w:ilvl"].flatMap { Int($0) } ?? 0
            if let abstractID, let level, overrideLevel == nil { abstractLevels[abstractID, default: [:]][level] = Level() }
        case "start":
            if let abstractID, let level, overrideLevel == nil, let start = ListNumber.parse(value) {
                abstractLevels[abstractID]?[level]?.start = start
            }
        case "numFmt":
            if let abstractID, let level, overrideLevel == nil, let value { abstractLevels[abstractID]?[level]?.format = value }
        case "style": styleID = attributes["w:styleId"]
        case "ilvl":
            if let styleID, let l = value.flatMap({ Int($0) }) {
                styleNumbering[styleID, default: ("", 0)].level = l
            }
        case "numId":
            if let styleID, let value { styleNumbering[styleID, default: ("", 0)].id = value }
        default: break
        }
    }

    func end(_ name: String) {
        switch name {
        case "abstractNum": abstractID = nil
        case "num": numID = nil
        case "lvlOverride": overrideLevel = nil
        case "lvl": level = nil
        case "style": styleID = nil
        default: break
        }
    }

    func text(_ string: String) {}

    /// The paragraphs with `listNumber` set on each item of a decimal numbered list.
    func numbered(_ paragraphs: [OfficeParagraph]) -> [OfficeParagraph] {
        var counters: [String: [Int: Int]] = [:]
        var restarted: Set<String> = []
        var result = paragraphs
        for (k, p) in paragraphs.enumerated() {
            guard let reference = p.listReference ?? p.style.flatMap({ styleNumbering[$0] }),
                reference.id != "0", let abstract = numAbstract[reference.id]
            else { continue }
            let level = reference.level
            let definition = abstractLevels[abstract]?[level] ?? Level()
            var levels = counters[abstract] ?? [:]
            if let start = startOverrides[reference.id]?[level], restarted.insert("\(reference.id)/\(level)").inserted {
                levels[level] = start - 1
            }
            let number = (levels[level] ?? definition.start - 1) + 1
            levels[level] = number
            for deeper in levels.keys where deeper > level { levels[deeper] = nil }
            counters[abstract] = levels
            if definition.format == "decimal" { result[k].listNumber = number }
        }
        return result
    }
}
