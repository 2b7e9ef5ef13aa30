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

    private var lists: [String?] = []
    /// The counters of the list being read, by level.
    private var counters: [Int: Int] = [:]
    /// Lists that continue one another form a chain that counts on: each chain's counters when its
    /// last list ended, the chain of every list with an `xml:id`, and the chain of the last list.
    private var chainCounters: [Int: [Int: Int]] = [:]
    private var chainOfList: [String: Int] = [:]
    private var chain = -1
    private var lastChain: Int?
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
                    format: attributes["style:num-format"] ?? "", start: ListNumber.parse(attributes["text:start-value"]) ?? 1)
            }
        case "list":
            let style = attributes["text:style-name"] ?? lists.last ?? nil
            if lists.isEmpty {
                if let other = attributes["text:continue-list"].flatMap({ chainOfList[$0] }) {
                    chain = other
                } else if attributes["text:continue-numbering"] == "true", let lastChain {
                    chain = lastChain
                } else {
                    chain = chainCounters.count
                }
                counters = chainCounters[chain] ?? [:]
                if let id = attributes["xml:id"] { chainOfList[id] = chain }
            }
            lists.append(style)
            pendingNumber = nil
        case "list-item":
            let level = lists.count
            guard level > 0 else { return }
            let definition = lists[level - 1].flatMap { styles[$0]?[level] }
            let start = ListNumber.parse(attributes["text:start-value"])
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
            guard lists.popLast() != nil, lists.isEmpty else { return }
            chainCounters[chain] = counters
            lastChain = chain
            pendingNumber = nil
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
