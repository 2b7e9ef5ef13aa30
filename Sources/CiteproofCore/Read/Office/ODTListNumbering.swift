/// The numbers an OpenDocument writer prints before list items (`text:list` / `text:list-item`),
/// so that a numbered reference list reads as `1. …`, `2. …` as it does on the page.
///
/// A list's level styles come from its `text:style-name` (`text:list-style` >
/// `text:list-level-style-number`, in content.xml or styles.xml; a nested list inherits its
/// parent's); only decimal levels (`style:num-format="1"`) are numbered. Counting follows ODF: a
/// top-level list starts afresh unless it continues another (`text:continue-numbering`,
/// `text:continue-list`); an item counts at its nesting level, resets the deeper levels, and
/// `text:start-value` on an item restarts the count there.
struct ODTListNumbering {
    struct Level {
        var format: String
        var start: Int
    }

    /// List style name → level (1-based) → its definition.
    private(set) var styles: [String: [Int: Level]] = [:]
    private var definingStyle: String?

    private var lists: [(style: String?, id: String?)] = []
    private var counters: [Int: Int] = [:]
    private var countersByListID: [String: [Int: Int]] = [:]
    /// The number of the item just opened, until its first paragraph takes it.
    private var pendingNumber: Int?

    /// Reads list-style definitions (from styles.xml and content.xml's automatic styles) and list
    /// structure (from the body). Returns nothing; `takeNumber()` hands out the numbers.
    mutating func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "list-style":
            definingStyle = attributes["style:name"]
        case "list-level-style-number":
            if let definingStyle, let level = attributes["text:level"].flatMap({ Int($0) }) {
                styles[definingStyle, default: [:]][level] = Level(
                    format: attributes["style:num-format"] ?? "", start: attributes["text:start-value"].flatMap { Int($0) } ?? 1)
            }
        case "list":
            let style = attributes["text:style-name"] ?? lists.last?.style
            if lists.isEmpty {
                if let other = attributes["text:continue-list"] {
                    counters = countersByListID[other] ?? counters
                } else if attributes["text:continue-numbering"] != "true" {
                    counters = [:]
                }
            }
            lists.append((style, attributes["xml:id"]))
            pendingNumber = nil
        case "list-item":
            let level = lists.count
            guard level > 0 else { return }
            let definition = lists[level - 1].style.flatMap { styles[$0]?[level] }
            let start = attributes["text:start-value"].flatMap { Int($0) }
            let number = start ?? ((counters[level] ?? (definition?.start ?? 1) - 1) + 1)
            counters[level] = number
            for deeper in counters.keys where deeper > level { counters[deeper] = nil }
            pendingNumber = definition?.format == "1" ? number : nil
        case "list-header":
            pendingNumber = nil
        default:
            break
        }
    }

    mutating func end(_ name: String) {
        switch name {
        case "list-style":
            definingStyle = nil
        case "list":
            if let list = lists.popLast(), lists.isEmpty, let id = list.id { countersByListID[id] = counters }
            if lists.isEmpty { pendingNumber = nil }
        default:
            break
        }
    }

    /// The number of the list item whose first paragraph is opening, once; nil for any other paragraph.
    mutating func takeNumber() -> Int? {
        defer { pendingNumber = nil }
        return pendingNumber
    }
}

/// Collects the list-style definitions of an OpenDocument styles.xml.
final class ODTListStyleHandler: OfficeXMLHandler {
    var numbering = ODTListNumbering()
    func start(_ name: String, attributes: [String: String]) {
        if name == "list-style" || name == "list-level-style-number" { numbering.start(name, attributes: attributes) }
    }
    func end(_ name: String) { if name == "list-style" { numbering.end(name) } }
    func text(_ string: String) {}
}
