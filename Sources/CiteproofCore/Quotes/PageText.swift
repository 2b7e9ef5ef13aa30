import Foundation

/// Where on a page a passage stands. Zones are labelled, never deleted: a quotation found only in
/// the comments is a finding, not a miss.
public enum PageZone: String, Sendable, Codable, CaseIterable {
    /// The article's own text (the page's `<article>`, `<main>`, `itemprop=articleBody`, or a body
    /// without any of them).
    case article
    /// Navigation, headers, footers, sidebars, related links, share bars, cookie banners.
    case boilerplate
    /// Readers' comments.
    case comments
    /// Machine-readable copies: JSON-LD (`articleBody`, `description`), the meta description.
    case structuredData = "structured-data"
}

/// The visible text of a cited page as normalized words, each labelled with its zone: what the quote
/// stage matches quotations against. Built once per page from libxml2's parse.
public struct PageText: Sendable {
    /// Normalized words, as integer ids (`vocabulary`), in reading order.
    public private(set) var ids: [Int32] = []
    /// Each word as the page writes it, for showing the page's wording.
    public private(set) var originals: [String] = []
    public private(set) var zones: [PageZone] = []
    /// Which block (paragraph, list item, run of one zone) each word stands in.
    public private(set) var blocks: [Int32] = []
    private var blockCount: Int32 = 0
    public private(set) var vocabulary: [String: Int32] = [:]
    /// For each word id, where it occurs (built on first use by the matcher).
    var positions: [[Int32]] = []
    /// The `<html lang>` primary subtag, lower-cased (`en`, `ar`), when the page declares one.
    public private(set) var declaredLanguage: String?
    /// The script most of the article's letters are written in.
    public private(set) var script: QuoteNormalizer.Script?
    /// Letters per script in the article (the whole page when it has none), to tell a bilingual page from a translation.
    public private(set) var scriptShare: [QuoteNormalizer.Script: Double] = [:]

    public var count: Int { ids.count }
    /// The page is not UTF-8: its text cannot be compared (a legacy charset read as UTF-8 would turn every
    /// accented letter and curly quote into noise and every quotation into a false miss).
    public private(set) var undecodable = false

    /// The page's text from its HTML bytes (UTF-8; any other encoding leaves the page `undecodable`).
    public init(html bytes: [UInt8]) {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            undecodable = true
            return
        }
        let tree = HTMLTree(utf8: bytes)
        for run in PageZoneLabeller(tree: tree).runs() { append(run.text, zone: run.zone) }
        if let root = tree.nodes.firstIndex(where: { $0.kind == .element && $0.name == "html" }),
            let lang = tree.nodes[root].attribute("lang"), !lang.isEmpty
        {
            declaredLanguage = lang.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        }
        finish()
    }

    /// Text already split into zones (for tests and other readers).
    public init(zoned parts: [(text: String, zone: PageZone)], language: String? = nil) {
        for part in parts { append(part.text, zone: part.zone) }
        declaredLanguage = language
        finish()
    }

    private mutating func append(_ text: String, zone: PageZone) {
        let block = blockCount
        blockCount += 1
        for word in QuoteNormalizer.words(text) {
            blocks.append(block)
            let id: Int32
            if let known = vocabulary[word.normalized] {
                id = known
            } else {
                id = Int32(vocabulary.count)
                vocabulary[word.normalized] = id
            }
            ids.append(id)
            originals.append(word.original)
            zones.append(zone)
        }
    }

    private mutating func finish() {
        positions = Array(repeating: [], count: vocabulary.count)
        for (index, id) in ids.enumerated() { positions[Int(id)].append(Int32(index)) }
        // Letters per script, in arrays indexed by script (a dictionary per letter was a tenth of the page's cost).
        let scripts = QuoteNormalizer.Script.allCases
        var all = [Int](repeating: 0, count: scripts.count)
        var inArticle = [Int](repeating: 0, count: scripts.count)
        for (index, word) in originals.enumerated() {
            let isArticle = zones[index] == .article
            for s in word.unicodeScalars {
                let script = QuoteNormalizer.script(of: s)
                guard script != .other else { continue }
                let k = scripts.firstIndex(of: script)!
                all[k] += 1
                if isArticle { inArticle[k] += 1 }
            }
        }
        var counts: [QuoteNormalizer.Script: Int] = [:]
        var articleCounts: [QuoteNormalizer.Script: Int] = [:]
        for (k, script) in scripts.enumerated() {
            if all[k] > 0 { counts[script] = all[k] }
            if inArticle[k] > 0 { articleCounts[script] = inArticle[k] }
        }
        let main = articleCounts.isEmpty ? counts : articleCounts
        let total = Double(main.values.reduce(0, +))
        if total > 0 { scriptShare = main.mapValues { Double($0) / total } }
        script = main.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?.key
    }

    /// The page's words `range` as the page writes them.
    public func passage(_ range: Range<Int>) -> String {
        originals[range].joined(separator: " ")
    }

    /// The zone most of the words of `range` stand in.
    public func zone(of range: Range<Int>) -> PageZone {
        var counts: [PageZone: Int] = [:]
        for i in range { counts[zones[i], default: 0] += 1 }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?.key ?? .article
    }

    /// How much of the page's text is in each zone (words), for the comparison with other extractors.
    public func words(in zone: PageZone) -> [String] {
        zones.indices.filter { zones[$0] == zone }.map { originals[$0] }
    }
}
