/// Finds where each node of an `HTMLTree` stands in the HTML source, so references, notes and
/// citations get a line and column (libxml2 gives lines only, and stops counting at 65535).
///
/// The walk follows the tree in document order with a cursor in the source: an element is the
/// next start tag of its name (an element libxml2 implied has none and keeps no offset); a text
/// node is matched character by character, entities counting as one character and runs of
/// whitespace as whitespace. If the source and tree ever disagree, alignment stops and later
/// nodes fall back to libxml2's line numbers.
struct HTMLSourceAligner {
    /// Source UTF-8 offset of each element's `<` and of each text node's first character.
    private(set) var offsets: [Int?]
    /// For text nodes: (offset in the node's UTF-8 text, source offset) where the mapping jumps.
    private(set) var breaks: [Int: [(text: Int, source: Int)]] = [:]

    static let rawTextElements: Set<String> = ["script", "style", "textarea", "xmp", "plaintext"]

    init(tree: HTMLTree, source: [UInt8]) {
        offsets = Array(repeating: nil, count: tree.nodes.count)
        var pos = 0
        for (i, node) in tree.nodes.enumerated() {
            switch node.kind {
            case .element:
                var p = Self.skipMarkup(source, from: pos)
                if Self.startTag(source, at: p, named: node.name) {
                    offsets[i] = p
                    p = Self.tagEnd(source, from: p)
                    pos = p
                }
            case .text:
                let raw = node.parent.map { Self.rawTextElements.contains(tree.nodes[$0].name) } ?? false
                guard let (start, end, jumps) = Self.match(Array(node.text.utf8), in: source, from: pos, raw: raw) else {
                    return  // lost: every later node keeps no offset
                }
                offsets[i] = start
                breaks[i] = jumps
                pos = end
            }
        }
    }

    /// The source offset of a UTF-8 offset inside text node `i`.
    func sourceOffset(node i: Int, textOffset: Int) -> Int? {
        guard let jumps = breaks[i], let base = jumps.last(where: { $0.text <= textOffset }) else { return offsets[i] }
        return base.source + (textOffset - base.text)
    }

    // MARK: - Scanning the source

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }

    /// Skips whitespace, comments, doctype, processing instructions and end tags.
    static func skipMarkup(_ s: [UInt8], from start: Int) -> Int {
        var p = start
        while p < s.count {
            if isSpace(s[p]) {
                p += 1
            } else if s[p] == UInt8(ascii: "<"), p + 1 < s.count {
                let next = s[p + 1]
                if next == UInt8(ascii: "!"), p + 3 < s.count, s[p + 2] == UInt8(ascii: "-"), s[p + 3] == UInt8(ascii: "-") {
                    p = find(Array("-->".utf8), in: s, from: p + 4).map { $0 + 3 } ?? s.count
                } else if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || next == UInt8(ascii: "/") {
                    p = (s[p...].firstIndex(of: UInt8(ascii: ">")) ?? s.count - 1) + 1
                } else {
                    return p
                }
            } else {
                return p
            }
        }
        return p
    }

    static func startTag(_ s: [UInt8], at p: Int, named name: String) -> Bool {
        let n = Array(name.utf8)
        guard p + n.count + 1 < s.count, s[p] == UInt8(ascii: "<") else { return false }
        for (k, b) in n.enumerated() where s[p + 1 + k] | 0x20 != b | 0x20 { return false }
        let after = s[p + 1 + n.count]
        return isSpace(after) || after == UInt8(ascii: ">") || after == UInt8(ascii: "/")
    }

    /// One past the `>` that ends the tag starting at `p` (quotes respected).
    static func tagEnd(_ s: [UInt8], from p: Int) -> Int {
        var i = p + 1
        var quote: UInt8?
        while i < s.count {
            let b = s[i]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return i + 1
            }
            i += 1
        }
        return s.count
    }

    /// Matches a text node's UTF-8 against the source from `start`.
    static func match(_ text: [UInt8], in s: [UInt8], from start: Int, raw: Bool) -> (
        start: Int, end: Int, breaks: [(text: Int, source: Int)]
    )? {
        var p = raw ? start : skipComments(s, from: start)
        var j = 0
        var first: Int?
        var jumps: [(text: Int, source: Int)] = []
        var aligned = false
        while j < text.count {
            guard p < s.count else { return nil }
            let t = text[j]
            let b = s[p]
            if isSpace(t) {
                if isSpace(b) { p += 1 }
                j += 1
                aligned = false
                continue
            }
            if isSpace(b) {
                p += 1
                continue
            }
            if !aligned {
                jumps.append((j, p))
                aligned = true
            }
            if first == nil { first = p }
            if !raw, b == UInt8(ascii: "<"), t != b {
                let skipped = skipComments(s, from: p)
                guard skipped > p else { return nil }
                p = skipped
                aligned = false
                continue
            }
            if !raw, b == UInt8(ascii: "&"), let length = entityLength(s, at: p) {
                // An entity libxml2 did not know stays literal (`&xxe;`); a known one is one character.
                if j + length <= text.count, text[j..<(j + length)].elementsEqual(s[p..<(p + length)]) {
                    p += length
                    j += length
                } else {
                    p += length
                    j += scalarLength(t)
                    aligned = false
                }
                continue
            }
            guard b == t else { return nil }
            p += 1
            j += 1
        }
        return (first ?? p, p, jumps)
    }

    /// Skips comments, end tags, doctype and processing instructions (not whitespace, not start tags).
    private static func skipComments(_ s: [UInt8], from start: Int) -> Int {
        var p = start
        while p + 1 < s.count, s[p] == UInt8(ascii: "<") {
            let next = s[p + 1]
            if next == UInt8(ascii: "!"), p + 3 < s.count, s[p + 2] == UInt8(ascii: "-"), s[p + 3] == UInt8(ascii: "-") {
                p = find(Array("-->".utf8), in: s, from: p + 4).map { $0 + 3 } ?? s.count
            } else if next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                p = (s[p...].firstIndex(of: UInt8(ascii: ">")) ?? s.count - 1) + 1
            } else {
                break
            }
        }
        return p
    }

    /// The length of `&name;` / `&#123;` / `&#x1F;` at `p`, or nil when there is none.
    private static func entityLength(_ s: [UInt8], at p: Int) -> Int? {
        var i = p + 1
        while i < s.count, i - p <= 33 {
            let b = s[i]
            if b == UInt8(ascii: ";") { return i > p + 1 ? i - p + 1 : nil }
            let ok = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "#")
            if !ok { return nil }
            i += 1
        }
        return nil
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    private static func find(_ needle: [UInt8], in s: [UInt8], from start: Int) -> Int? {
        guard start <= s.count - needle.count else { return nil }
        for i in start...(s.count - needle.count) where s[i] == needle[0] && s[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }
}
