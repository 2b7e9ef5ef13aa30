import Foundation

/// Finds footnotes in an HTML tree as real tools write them: an in-page link (`href="#…"`)
/// from the text to an element that holds the note, usually in a list at the end.
///
/// A link counts as a footnote reference when it points forward to a block outside its own
/// paragraph and either follows a known scheme (table below), or the note links back to it,
/// or it is a superscript label. Links inside a note that point back are back-links and are
/// not part of the note's text.
struct HTMLFootnotes {
    struct Reference {
        var link: Int
        var container: Int
        var label: String
    }

    struct Note {
        var container: Int
        var label: String
        var kind: String
        /// The fragment the reference used (`fn1`, `sdfootnote1sym`, `_ftn1`).
        var internalID: String
    }

    /// What known writers put on references and notes (pandoc, GitHub, Word, LibreOffice,
    /// kramdown/Jekyll, WordPress plugins, DPUB-ARIA). Data, not code.
    static let referenceClasses: Set<String> = [
        "footnote-ref", "footnote-reference", "footnote", "fn-ref", "fnref", "sdfootnoteanc", "sdendnoteanc",
        "msofootnotereference", "msoendnotereference", "easy-footnote", "modern-footnotes-footnote__note",
        "footnote-link", "noteref", "ref",
    ]
    static let referenceRoles: Set<String> = ["doc-noteref"]
    static let referenceAttributes = ["data-footnote-ref"]
    /// Fragment prefixes of note targets; the ones that mean endnotes are listed apart.
    static let footnoteFragments = ["fn", "_ftn", "ftn", "sdfootnote", "footnote", "note", "user-content-fn"]
    static let endnoteFragments = ["_edn", "edn", "sdendnote", "endnote", "en"]
    /// Elements that can hold a note.
    static let noteBlocks: Set<String> = ["li", "div", "aside", "p", "dd", "td", "section", "footer"]
    /// Elements that never hold a note (a link to them is navigation).
    static let notNotes: Set<String> = [
        "html", "body", "main", "article", "header", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    ]

    private(set) var references: [Int: Reference] = [:]
    private(set) var notes: [Note] = []
    private(set) var backlinks: Set<Int> = []
    private(set) var containers: Set<Int> = []

    init(tree: HTMLTree) {
        let nodes = tree.nodes
        // Anchors: `id=` on any element, `name=` on `<a>` (LibreOffice and Word write `name`).
        var targets: [String: Int] = [:]
        for (i, n) in nodes.enumerated() where n.kind == .element {
            if let id = n.attribute("id"), !id.isEmpty, targets[id] == nil { targets[id] = i }
        }
        for (i, n) in nodes.enumerated() where n.kind == .element && n.name == "a" {
            if let name = n.attribute("name"), !name.isEmpty, targets[name] == nil { targets[name] = i }
        }
        struct Candidate { var link: Int; var target: Int; var fragment: String }
        var candidates: [Candidate] = []
        for (i, n) in nodes.enumerated() where n.kind == .element && n.name == "a" {
            guard let href = n.attribute("href")?.trimmingCharacters(in: .whitespaces), href.hasPrefix("#") else { continue }
            let fragment = String(href.dropFirst())
            guard let target = targets[fragment], target > i else { continue }  // notes come after their references
            candidates.append(Candidate(link: i, target: target, fragment: fragment))
        }
        let targetSet = Set(candidates.map(\.target))

        var byContainer: [Int: Int] = [:]
        for c in candidates {
            guard let container = Self.container(of: c.target, in: tree, otherTargets: targetSet),
                !tree.isInside(c.link, container), c.link != container
            else { continue }
            let link = nodes[c.link]
            let label = Self.label(tree.text(of: c.link))
            let known =
                !Set(link.classes.map { $0.lowercased() }).isDisjoint(with: Self.referenceClasses)
                || link.attribute("role").map(Self.referenceRoles.contains) == true
                || Self.referenceAttributes.contains(where: { link.attributes[$0] != nil })
                || Self.kind(ofFragment: c.fragment) != nil
            let linksBack = Self.linksBack(from: container, to: c.link, in: tree)
            let inSup = tree.ancestor(of: c.link, where: { $0.name == "sup" }) != nil
                || nodes[c.link..<nodes[c.link].end].contains { $0.name == "sup" }
            let superscript = label != nil && inSup
            guard known || linksBack || superscript else { continue }
            if byContainer[container] == nil {
                byContainer[container] = notes.count
                notes.append(
                    Note(
                        container: container, label: label ?? String(notes.count + 1),
                        kind: Self.kind(ofFragment: c.fragment) ?? "footnote", internalID: c.fragment))
            }
            references[c.link] = Reference(link: c.link, container: container, label: notes[byContainer[container]!].label)
        }
        containers = Set(notes.map(\.container))
        addUnreferencedSiblings(tree)
        notes.sort { $0.container < $1.container }
        // Back-links: in-page links inside a note whose target lies outside it.
        for note in notes {
            for k in note.container..<nodes[note.container].end where nodes[k].name == "a" {
                guard let href = nodes[k].attribute("href"), href.hasPrefix("#") else { continue }
                if let target = targets[String(href.dropFirst())], !tree.isInside(target, note.container) {
                    backlinks.insert(k)
                }
            }
        }
    }

    /// Other items of the lists that hold notes (pandoc and GitHub keep every note in one `<ol>`):
    /// notes nothing references.
    private mutating func addUnreferencedSiblings(_ tree: HTMLTree) {
        let parents = Set(notes.compactMap { tree.nodes[$0.container].parent })
        for parent in parents where ["ol", "ul"].contains(tree.nodes[parent].name) {
            var position = 0
            var k = parent + 1
            while k < tree.nodes[parent].end {
                if tree.nodes[k].name == "li" {
                    position += 1
                    if !containers.contains(k), !tree.text(of: k).isEmpty {
                        notes.append(
                            Note(container: k, label: String(position), kind: "footnote", internalID: tree.nodes[k].attribute("id") ?? ""))
                        containers.insert(k)
                    }
                }
                k = tree.nodes[k].end
            }
        }
    }

    /// The block that holds the note a link points at.
    static func container(of target: Int, in tree: HTMLTree, otherTargets: Set<Int>) -> Int? {
        guard var block = tree.ancestor(of: target, where: { noteBlocks.contains($0.name) || notNotes.contains($0.name) }),
            !notNotes.contains(tree.nodes[block].name)
        else { return nil }
        // `<div id="sdfootnote1"><p>…</p><p>…</p></div>`: the whole div, when it holds only this note.
        while ["p", "td"].contains(tree.nodes[block].name), let parent = tree.nodes[block].parent,
            ["div", "li", "aside", "dd"].contains(tree.nodes[parent].name),
            !otherTargets.contains(where: { $0 != target && tree.isInside($0, parent) })
        {
            block = parent
        }
        return block
    }

    /// Whether the note links back to the reference (or to an element around it).
    private static func linksBack(from container: Int, to link: Int, in tree: HTMLTree) -> Bool {
        var anchors: Set<String> = []
        var cursor: Int? = link
        for _ in 0..<3 {
            guard let c = cursor else { break }
            if let id = tree.nodes[c].attribute("id") { anchors.insert(id) }
            if let name = tree.nodes[c].attribute("name") { anchors.insert(name) }
            cursor = tree.nodes[c].parent
        }
        guard !anchors.isEmpty else { return false }
        return tree.nodes[container..<tree.nodes[container].end].contains { n in
            n.name == "a" && n.attribute("href").map { $0.hasPrefix("#") && anchors.contains(String($0.dropFirst())) } == true
        }
    }

    /// `footnote` or `endnote` when the fragment follows a known scheme (`fn3`, `_edn2`, `sdendnote1sym`).
    static func kind(ofFragment fragment: String) -> String? {
        let lower = fragment.lowercased()
        func matches(_ prefix: String) -> Bool {
            guard lower.hasPrefix(prefix) else { return false }
            let rest = lower.dropFirst(prefix.count)
            return rest.first.map { $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" } ?? false
        }
        if endnoteFragments.contains(where: matches) { return "endnote" }
        if footnoteFragments.contains(where: matches) { return "footnote" }
        return nil
    }

    /// A reference's printed label: `1`, `[1]`, `iv`, `*` — nil when the text is not label-like.
    static func label(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " []()\u{A0}"))
        guard !trimmed.isEmpty, trimmed.count <= 8, !trimmed.contains(" ") else { return nil }
        return trimmed
    }
}
