import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Receives the events of one package part: element names without their prefix,
/// attributes by qualified name (`w:id`, `text:note-class`).
protocol OfficeXMLHandler: AnyObject {
    func start(_ name: String, attributes: [String: String])
    func end(_ name: String)
    func text(_ string: String)
}

/// Parses package parts (OOXML and ODF XML) with FoundationXML's streaming `XMLParser`, safely:
/// a part that declares a DTD is refused before parsing (neither format ever needs one, and an
/// internal subset is how billion-laughs and external-entity attacks arrive), external entities
/// are never resolved, and nesting is bounded.
enum OfficeXML {
    static let maxDepth = 5_000

    static func parse(_ data: Data, part: String, path: String, kind: String, into handler: OfficeXMLHandler) throws {
        if declaresDTD(data) {
            throw InputError.malformed(
                path, reason: "refused \(kind): \(part) declares a DTD or entities, which \(kind) parts never carry")
        }
        // FoundationXML's XMLParser traps on an element name that is not UTF-8 (found by Fuzz/fuzz-odt);
        // both formats store their parts as UTF-8 (or, for OOXML, UTF-16 with a byte-order mark).
        if !isUTF16(data), String(data: data, encoding: .utf8) == nil {
            throw InputError.malformed(path, reason: "not a valid \(kind): \(part) is not UTF-8 text")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        let delegate = Delegate(handler: handler, maxDepth: maxDepth)
        parser.delegate = delegate
        let ok = parser.parse()
        if delegate.tooDeep {
            throw InputError.malformed(path, reason: "refused \(kind): \(part) nests elements deeper than \(maxDepth) levels")
        }
        if !ok {
            let detail = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
            let line = parser.lineNumber
            throw InputError.malformed(path, reason: "not a valid \(kind): \(part) is not well-formed XML (line \(line): \(detail))")
        }
    }

    /// `<!DOCTYPE` or `<!ENTITY` anywhere in the part (also when it is encoded as UTF-16).
    static func declaresDTD(_ data: Data) -> Bool {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil { return true }
        guard isUTF16(data) else { return false }
        let text = String(data: data, encoding: .utf16) ?? ""
        return text.contains("<!DOCTYPE") || text.contains("<!ENTITY")
    }

    /// A byte-order mark or a UTF-16 `<`.
    static func isUTF16(_ data: Data) -> Bool {
        data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
            || data.starts(with: [0x3C, 0x00]) || data.starts(with: [0x00, 0x3C])
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let handler: OfficeXMLHandler
        let maxDepth: Int
        var depth = 0
        var tooDeep = false

        init(handler: OfficeXMLHandler, maxDepth: Int) {
            self.handler = handler
            self.maxDepth = maxDepth
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            depth += 1
            if depth > maxDepth {
                tooDeep = true
                parser.abortParsing()
                return
            }
            handler.start(Self.localName(elementName), attributes: attributes)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            guard !tooDeep else { return }
            handler.end(Self.localName(elementName))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !tooDeep else { return }
            handler.text(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard !tooDeep else { return }
            handler.text(String(decoding: CDATABlock, as: UTF8.self))
        }

        static func localName(_ name: String) -> String {
            guard let colon = name.lastIndex(of: ":") else { return name }
            return String(name[name.index(after: colon)...])
        }
    }
}
