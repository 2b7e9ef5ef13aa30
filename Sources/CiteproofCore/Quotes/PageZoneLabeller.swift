import Foundation

/// Labels the text of a parsed page with zones (article, boilerplate, comments, structured data) from
/// its elements, classes, ids and ARIA roles, and joins the text of each block into one run, so that
/// a word split by inline markup is one word and a paragraph break ends every word.
struct PageZoneLabeller {
    let tree: HTMLTree

    /// Text of one block in one zone, in reading order.
    struct Run: Equatable {
        var text: String
        var zone: PageZone
    }

    /// Elements whose text is never shown.
    static let invisible: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object"]
    /// Elements that do not break a line: text on either side may be one word.
    static let inline: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "ins", "del", "label",
    ]
    /// Class and id words that mark boilerplate.
    static let boilerplateWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "sidebar", "breadcrumb", "breadcrumbs", "related", "share", "sharing",
        "social", "footer", "header", "masthead", "widget", "widgets", "promo", "advert", "advertisement", "ad", "ads",
        "newsletter", "subscribe", "cookie", "cookies", "banner", "toolbar", "trending", "recommended", "outbrain", "taboola",
    ]
    static let articleWords: Set<String> = [
        "article-body", "articlebody", "entry-content", "post-content", "story-body", "article-content", "post-body",
        "article-text", "story-content",
    ]

    private enum Label { case zone(PageZone), unassigned }

    func runs() -> [Run] {
        let nodes = tree.nodes
        var label = [Label](repeating: .unassigned, count: nodes.count)
        var hidden = [Bool](repeating: false, count: nodes.count)
        var block = [Int](repeating: -1, count: nodes.count)
        var hasArticleContainer = false
        var structured: [String] = []
        var raw: [(text: String, label: Label, block: Int)] = []
        for (i, node) in nodes.enumerated() {
            let parent = node.parent
            var own = parent.map { label[$0] } ?? .unassigned
            var isHidden = parent.map { hidden[$0] } ?? false
            var nearestBlock = parent.map { block[$0] } ?? -1
            if node.kind == .element {
                if Self.invisible.contains(node.name) || node.attribute("hidden") != nil
                    || node.attribute("aria-hidden") == "true"
                {
                    isHidden = true
                }
                if node.name == "script", node.attribute("type")?.lowercased().contains("ld+json") == true {
                    structured += Self.jsonLDTexts(tree.text(of: i))
                }
                if node.name == "meta", let content = node.attribute("content"),
                    ["description", "og:description", "twitter:description"].contains(
                        (node.attribute("name") ?? node.attribute("property") ?? "").lowercased())
                {
                    structured.append(content)
                }
                if let zone = Self.zone(of: node, inside: own) {
                    own = .zone(zone)
                    if zone == .article { hasArticleContainer = true }
                }
                if !Self.inline.contains(node.name) { nearestBlock = i }
                label[i] = own
                hidden[i] = isHidden
                block[i] = nearestBlock
                // A line break ends the word before it, whatever the block.
                if node.name == "br" || node.name == "hr" || node.name == "img" { raw.append(("", own, i)) }
                continue
            }
            guard !isHidden, !node.text.isEmpty else { continue }
            raw.append((node.text, own, nearestBlock))
        }
        // Text outside every labelled zone is the article when the page marks none, boilerplate otherwise.
        var runs: [Run] = []
        var current: Run?
        var currentBlock = -2
        for part in raw {
            let zone: PageZone
            switch part.label {
            case .zone(let z): zone = z
            case .unassigned: zone = hasArticleContainer ? .boilerplate : .article
            }
            if var c = current, c.zone == zone, currentBlock == part.block {
                c.text += part.text
                current = c
            } else {
                if let c = current { runs.append(c) }
                current = Run(text: part.text, zone: zone)
                currentBlock = part.block
            }
        }
        if let current { runs.append(current) }
        runs += structured.map { Run(text: $0, zone: .structuredData) }
        return runs
    }

    /// The zone an element starts, if it starts one.
    private static func zone(of node: HTMLTree.Node, inside outer: Label) -> PageZone? {
        let words = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
            .split(whereSeparator: { $0.isWhitespace })
        let parts = Set(words.flatMap { $0.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init) })
        let insideArticle: Bool
        if case .zone(.article) = outer { insideArticle = true } else { insideArticle = false }
        if parts.contains(where: { $0.hasPrefix("comment") || $0 == "disqus" || $0 == "respond" || $0 == "replies" }) {
            return .comments
        }
        let role = node.attribute("role")?.lowercased()
        switch node.name {
        case "nav", "aside", "menu", "form": return .boilerplate
        case "header" where !insideArticle, "footer" where !insideArticle: return .boilerplate
        default: break
        }
        if let role, ["navigation", "banner", "contentinfo", "complementary", "search"].contains(role) { return .boilerplate }
        if !parts.isDisjoint(with: boilerplateWords) && !(insideArticle && (parts.contains("header") || parts.contains("footer"))) {
            return .boilerplate
        }
        if node.name == "article" || node.name == "main" || role == "main"
            || node.attribute("itemprop")?.lowercased() == "articlebody"
            || words.contains(where: { articleWords.contains(String($0)) })
        {
            return .article
        }
        return nil
    }

    /// The prose a JSON-LD block carries (`articleBody`, `headline`, `description`, `text`).
    static func jsonLDTexts(_ json: String) -> [String] {
        guard let data = json.data(using: .utf8), let value = try? JSONSerialization.jsonObject(with: data) else { return [] }
        var result: [String] = []
        var stack: [Any] = [value]
        while let next = stack.popLast() {
            if let object = next as? [String: Any] {
                for (key, v) in object.sorted(by: { $0.key < $1.key }) {
                    if ["articleBody", "headline", "description", "text"].contains(key), let s = v as? String {
                        result.append(s)
                    } else {
                        stack.append(v)
                    }
                }
            } else if let array = next as? [Any] {
                stack += array.reversed()
            }
        }
        return result
    }
}
