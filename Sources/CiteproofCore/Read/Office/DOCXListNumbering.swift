/// The numbers Word prints before numbered paragraphs (`w:numPr` → `word/numbering.xml`), so that a
/// numbered reference list reads as `1. …`, `2. …` as it does on the page. Only decimal levels are
/// numbered (a bullet or a letter is no note number).
///
/// Counting follows Word: a `w:num` shares its counters with every other `w:num` of the same
/// `w:abstractNum`, unless it overrides a level's start (`w:lvlOverride/w:startOverride`, what pandoc
/// writes for each list), which gives it counters of its own starting there; an item resets the
/// deeper levels of its counters. A paragraph style can carry the numbering (Word's "List Number").
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
            if let numID, let overrideLevel, let start = value.flatMap({ Int($0) }) {
                startOverrides[numID, default: [:]][overrideLevel] = start
            }
        case "lvl":
            level = attributes["w:ilvl"].flatMap { Int($0) } ?? 0
            if let abstractID, let level, overrideLevel == nil { abstractLevels[abstractID, default: [:]][level] = Level() }
        case "start":
            if let abstractID, let level, overrideLevel == nil, let start = value.flatMap({ Int($0) }) {
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
        var result = paragraphs
        for (k, p) in paragraphs.enumerated() {
            guard let reference = p.listReference ?? p.style.flatMap({ styleNumbering[$0] }),
                reference.id != "0", let abstract = numAbstract[reference.id]
            else { continue }
            let overrides = startOverrides[reference.id]
            let key = overrides == nil ? "abstract:\(abstract)" : "num:\(reference.id)"
            let definition = abstractLevels[abstract]?[reference.level] ?? Level()
            let start = overrides?[reference.level] ?? definition.start
            var levels = counters[key] ?? [:]
            let number = (levels[reference.level] ?? start - 1) + 1
            levels[reference.level] = number
            for deeper in levels.keys where deeper > reference.level { levels[deeper] = nil }
            counters[key] = levels
            if definition.format == "decimal" { result[k].listNumber = number }
        }
        return result
    }
}
