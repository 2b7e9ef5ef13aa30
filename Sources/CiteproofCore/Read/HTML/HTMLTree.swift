import CLibXML2

/// An HTML document parsed by libxml2's HTML parser and copied into plain Swift values:
/// nodes in document order (pre-order), each knowing its parent and where its subtree ends,
/// so every later walk is a loop, never recursion (100,000 nested elements are fine).
struct HTMLTree {
    struct Node {
        enum Kind { case element, text }
        var kind: Kind
        /// Lower-cased tag name; empty for text.
        var name: String
        var attributes: [String: String]
        /// Text content (text nodes only), as libxml2 decoded it.
        var text: String
        var parent: Int?
        /// One past the index of the last node in this node's subtree.
        var end: Int
        /// libxml2's line number; nil when unknown or saturated (it stops at 65535).
        var line: Int?

        func attribute(_ name: String) -> String? { attributes[name] }
        var classes: [Substring] { (attributes["class"] ?? "").split(whereSeparator: \.isWhitespace) }
    }

    private(set) var nodes: [Node] = []
    /// libxml2 gave up before the end of the input (elements nested past its limit).
    private(set) var stoppedEarly = false

    /// libxml2 HTML parser options: recover from anything, stay quiet, never touch the network.
    /// No `HTML_PARSE_NOENT`/DTD loading: entities declared in a document are never substituted.
    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)

    private static let initialized: Void = { xmlInitParser() }()

    /// Parses UTF-8 HTML. Returns an empty tree when libxml2 finds no document at all.
    init(utf8 bytes: [UInt8]) {
        _ = Self.initialized
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return }
        guard let context = htmlNewParserCtxt() else { return }
        defer { htmlFreeParserCtxt(context) }
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, "UTF-8", Self.options)
            }
        }
        // libxml2 stops at its nesting limit (256 levels) and keeps what it had read.
        if context.pointee.errNo == Int32(XML_ERR_INTERNAL_ERROR.rawValue) {
            stoppedEarly = true
        }
        guard let doc else { return }
        defer { xmlFreeDoc(doc) }
        flatten(doc)
    }

    /// Copies the tree in pre-order with an explicit stack.
    private mutating func flatten(_ doc: htmlDocPtr) {
        var open: [Int] = []
        var node = doc.pointee.children
        while let current = node {
            let type = current.pointee.type
            var descended = false
            if type == XML_ELEMENT_NODE {
                nodes.append(element(current, parent: open.last))
                if let child = current.pointee.children {
                    open.append(nodes.count - 1)
                    node = child
                    descended = true
                } else {
                    nodes[nodes.count - 1].end = nodes.count
                }
            } else if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                let text = current.pointee.content.map { String(cString: $0) } ?? ""
                nodes.append(
                    Node(kind: .text, name: "", attributes: [:], text: text, parent: open.last, end: nodes.count + 1,
                        line: Self.line(current)))
            }
            if descended { continue }
            // Next sibling, or climb until an ancestor has one.
            var cursor: xmlNodePtr? = current
            node = nil
            while let c = cursor {
                if let next = c.pointee.next {
                    node = next
                    break
                }
                cursor = c.pointee.parent
                guard let parentIndex = open.popLast() else { break }
                nodes[parentIndex].end = nodes.count
                if cursor == nil || UnsafeMutableRawPointer(cursor!) == UnsafeMutableRawPointer(doc) { break }
            }
        }
        while let parentIndex = open.popLast() { nodes[parentIndex].end = nodes.count }
    }

    private func element(_ node: xmlNodePtr, parent: Int?) -> Node {
        let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            let key = a.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            var value = ""
            var child = a.pointee.children
            while let c = child {
                if let content = c.pointee.content { value += String(cString: content) }
                child = c.pointee.next
            }
            if attributes[key] == nil { attributes[key] = value }
            attribute = a.pointee.next
        }
        return Node(
            kind: .element, name: name, attributes: attributes, text: "", parent: parent, end: nodes.count + 1,
            line: Self.line(node))
    }

    private static func line(_ node: xmlNodePtr) -> Int? {
        let line = Int(xmlGetLineNo(node))
        return line > 0 && line < 65535 ? line : nil
    }

    /// Whether node `i` lies inside the subtree of node `ancestor`.
    func isInside(_ i: Int, _ ancestor: Int) -> Bool { i > ancestor && i < nodes[ancestor].end }

    /// The nearest ancestor-or-self of `i` that satisfies `test`.
    func ancestor(of i: Int, where test: (Node) -> Bool) -> Int? {
        var cursor: Int? = i
        while let c = cursor {
            if test(nodes[c]) { return c }
            cursor = nodes[c].parent
        }
        return nil
    }

    /// The visible text of a subtree, whitespace folded.
    func text(of i: Int) -> String {
        var result = ""
        for k in i..<nodes[i].end where nodes[k].kind == .text { result += nodes[k].text }
        return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
