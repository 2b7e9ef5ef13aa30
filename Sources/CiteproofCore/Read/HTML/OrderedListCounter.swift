/// The numbers a browser prints before the items of `<ol>` lists (`start`, `reversed`, an item's
/// `value`), handed to the walker for items of decimal lists under a notes heading ("References",
/// "Notes"), so that a numbered reference list reads `1. …`, `2. …` as the page shows it and the
/// typed-notes rules of the text reader see its numbers. Before the first notes heading, list numbers
/// stay out of the text; after it, as in plain text and Markdown, a numbered item is a note.
struct OrderedListCounter {
    private struct List {
        var end: Int
        var next: Int
        var step: Int
        var decimal: Bool
    }

    private var open: [(node: Int, list: List)] = []
    /// A notes heading (or a line that reads as one) has been passed.
    private var inNotes = false

    /// A finished body paragraph: a notes heading opens the notes, which run to the end of the draft
    /// (`TextReader.paragraphKinds` reads numbered notes the same way).
    mutating func passed(_ paragraph: ReadParagraph) {
        if TextReader.isNotesHeading(Substring(paragraph.text.text)) { inNotes = true }
    }

    /// Forgets the lists that end at or before node `i`.
    mutating func close(before i: Int) {
        while let last = open.last, last.list.end <= i { open.removeLast() }
    }

    /// An `<ol>` or `<ul>` opening at node `i` (a `<ul>` numbers nothing, but hides the lists around it).
    mutating func open(_ i: Int, in tree: HTMLTree) {
        let node = tree.nodes[i]
        guard node.name == "ol" else {
            open.append((i, List(end: node.end, next: 0, step: 0, decimal: false)))
            return
        }
        let reversed = node.attribute("reversed") != nil
        let start = ListNumber.parse(node.attribute("start"))
            ?? (reversed ? tree.nodes[(i + 1)..<node.end].count { $0.parent == i && $0.name == "li" } : 1)
        let type = node.attribute("type") ?? "1"
        open.append((i, List(end: node.end, next: start, step: reversed ? -1 : 1, decimal: type == "1")))
    }

    /// The number of the `<li>` at node `i` when it is an item of a decimal `<ol>` under a notes heading.
    mutating func item(_ i: Int, in tree: HTMLTree) -> Int? {
        guard let k = open.indices.last, tree.nodes[i].parent == open[k].node else { return nil }
        let number = ListNumber.parse(tree.nodes[i].attribute("value"))
            ?? open[k].list.next
        open[k].list.next = number + open[k].list.step
        return open[k].list.decimal && inNotes ? number : nil
    }
}
