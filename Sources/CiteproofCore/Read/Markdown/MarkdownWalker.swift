import CCmarkGFM

extension MarkdownReader {
    /// Walks a cmark-gfm tree, collecting references, definitions' text, body paragraphs and code lines.
    struct Walker {
        struct DefinitionNode {
            var startLine: Int
            var text = MappedText()
            var links: [(offset: Int, url: String)] = []
        }

        let source: SourceText
        let originalLineCount: Int
        var definitions: [DefinitionNode] = []
        var paragraphs: [BodyParagraph] = []
        var codeLines: [ClosedRange<Int>] = []
        /// Paragraphs, headings and cells outside GFM footnote definitions, as the plain-note splitter
        /// reads them (an ordered list item's first paragraph keeps its `12.` marker), each with the
        /// index of its `paragraphs` entry.
        var blocks: [(paragraph: ReadParagraph, index: Int)] = []
        /// The marker of the ordered list item whose first paragraph comes next: text and source offset.
        private var pendingItemMarker: (text: String, offset: Int, location: SourceLocation)?

        init(source: SourceText, originalLineCount: Int) {
            self.source = source
            self.originalLineCount = originalLineCount
        }

        mutating func walk(_ node: OpaquePointer, inDefinition: Int?) {
            var child = cmark_node_first_child(node)
            while let c = child {
                visitBlock(c, inDefinition: inDefinition)
                child = cmark_node_next(c)
            }
        }

        private mutating func visitBlock(_ node: OpaquePointer, inDefinition: Int?) {
            let type = cmark_node_get_type(node)
            let line = Int(cmark_node_get_start_line(node))
            guard line <= originalLineCount else { return }  // the synthetic reference paragraph
            switch type {
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                let end = max(Int(cmark_node_get_end_line(node)), line)
                codeLines.append(line...end)
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                definitions.append(DefinitionNode(startLine: line))
                walk(node, inDefinition: definitions.count - 1)
            case CMARK_NODE_ITEM:
                pendingItemMarker = inDefinition == nil ? orderedItemMarker(node) : nil
                walk(node, inDefinition: inDefinition)
                pendingItemMarker = nil
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                inlineContainer(
                    node, inDefinition: inDefinition,
                    headingLevel: type == CMARK_NODE_HEADING ? Int(cmark_node_get_heading_level(node)) : nil)
            default:
                if let name = cmark_node_get_type_string(node).map({ String(cString: $0) }), name == "table_cell" {
                    inlineContainer(node, inDefinition: inDefinition, headingLevel: nil)
                } else {
                    walk(node, inDefinition: inDefinition)
                }
            }
        }

        private mutating func inlineContainer(
            _ node: OpaquePointer, inDefinition: Int?, headingLevel: Int?
        ) {
            var text = MappedText()
            var links: [(offset: Int, url: String)] = []
            var markers: [(offset: Int, label: String, location: SourceLocation)] = []
            var codeRanges: [Range<Int>] = []
            inlines(node, into: &text, links: &links, markers: &markers, codeRanges: &codeRanges)
            let location = source.location(
                line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
            paragraphs.append(
                BodyParagraph(
                    text: text, markers: markers, location: location, headingLevel: headingLevel, inNote: inDefinition != nil))
            if inDefinition == nil {
                var block = ReadParagraph(
                    text: text, links: links, codeRanges: codeRanges, location: location, headingLevel: headingLevel)
                if let item = pendingItemMarker {
                    pendingItemMarker = nil
                    var prefixed = MappedText(item.text, sourceOffset: item.offset)
                    prefixed.append(" ", sourceOffset: nil)
                    let shift = prefixed.text.utf8.count
                    prefixed.append(mapped: text)
                    block = ReadParagraph(
                        text: prefixed, links: links.map { ($0.offset + shift, $0.url) },
                        codeRanges: codeRanges.map { ($0.lowerBound + shift)..<($0.upperBound + shift) },
                        location: item.location, headingLevel: headingLevel)
                }
                blocks.append((block, paragraphs.count - 1))
            }
            if let d = inDefinition {
                let base = definitions[d].text.text.utf8.count + (definitions[d].text.text.isEmpty ? 0 : 1)
                if !definitions[d].text.text.isEmpty { definitions[d].text.append(" ", sourceOffset: nil) }
                Self.appendMapped(text, to: &definitions[d].text)
                definitions[d].links += links.map { ($0.offset + base, $0.url) }
            }
        }

        /// Appends `piece` keeping its source mapping (pieces of one line map linearly).
        private static func appendMapped(_ piece: MappedText, to target: inout MappedText) {
            // Re-append character runs by walking the plain text and asking the piece for offsets.
            var runStart = 0
            let bytes = Array(piece.text.utf8)
            var i = 0
            var runSource = piece.sourceOffset(forPlain: 0)
            while i <= bytes.count {
                let expected = runSource.map { $0 + (i - runStart) }
                let actual = i < bytes.count ? piece.sourceOffset(forPlain: i) : nil
                if i == bytes.count || actual != expected {
                    let run = String(decoding: bytes[runStart..<i], as: UTF8.self)
                    target.append(run, sourceOffset: runSource)
                    runStart = i
                    runSource = actual
                }
                i += 1
            }
        }

        private mutating func inlines(
            _ node: OpaquePointer, into text: inout MappedText,
            links: inout [(offset: Int, url: String)], markers: inout [(offset: Int, label: String, location: SourceLocation)],
            codeRanges: inout [Range<Int>]
        ) {
            var child = cmark_node_first_child(node)
            while let c = child {
                let type = cmark_node_get_type(c)
                let offset = source.utf8Offset(
                    line: Int(cmark_node_get_start_line(c)), byteColumn: Int(cmark_node_get_start_column(c)))
                let valid = cmark_node_get_start_line(c) > 0
                switch type {
                case CMARK_NODE_TEXT:
                    let literal = cmark_node_get_literal(c).map { String(cString: $0) } ?? ""
                    let base = text.text.utf8.count
                    text.append(literal, sourceOffset: valid ? offset : nil)
                    // An unresolved `[^x]` stays literal text: still a reference to a missing note. The regex
                    // runs only on text holding `[^` (on every text node it was a tenth of reading a large draft).
                    for m in literal.containsBytes("[^") ? literal.matches(of: Self.literalMarker) : [] {
                        let at = literal.utf8.distance(from: literal.utf8.startIndex, to: m.range.lowerBound)
                        let label = String(literal[m.range].dropFirst(2).dropLast())
                        let loc = valid ? source.location(ofUTF8Offset: offset + at) : SourceLocation(line: 0, column: nil)
                        markers.append((base + at, label, loc))
                    }
                case CMARK_NODE_CODE:
                    let literal = cmark_node_get_literal(c).map { String(cString: $0) } ?? ""
                    let start = text.text.utf8.count
                    text.append(literal, sourceOffset: valid ? offset : nil)
                    codeRanges.append(start..<text.text.utf8.count)
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    text.appendLineBreak()
                case CMARK_NODE_FOOTNOTE_REFERENCE:
                    let label = referenceLabel(at: offset)
                    markers.append((text.text.utf8.count, label, source.location(ofUTF8Offset: offset)))
                    text.append("[^\(label)]", sourceOffset: offset)
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    if let url = cmark_node_get_url(c).map({ String(cString: $0) }), !url.isEmpty, !url.hasPrefix("#") {
                        links.append((text.text.utf8.count, url))
                    }
                    inlines(c, into: &text, links: &links, markers: &markers, codeRanges: &codeRanges)
                case CMARK_NODE_HTML_INLINE:
                    break
                default:
                    inlines(c, into: &text, links: &links, markers: &markers, codeRanges: &codeRanges)
                }
                child = cmark_node_next(c)
            }
        }

        /// `12.` or `12)` as written at the start of an item of an ordered list, nil for other items.
        private func orderedItemMarker(_ item: OpaquePointer) -> (text: String, offset: Int, location: SourceLocation)? {
            guard let list = cmark_node_parent(item), cmark_node_get_list_type(list) == CMARK_ORDERED_LIST else { return nil }
            let line = Int(cmark_node_get_start_line(item))
            guard line > 0, line <= originalLineCount else { return nil }
            let offset = source.utf8Offset(line: line, byteColumn: Int(cmark_node_get_start_column(item)))
            let bytes = source.bytes
            var j = offset
            while j < bytes.count, (0x30...0x39).contains(bytes[j]), j - offset < 9 { j += 1 }
            guard j > offset, j < bytes.count, bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: ")") else { return nil }
            return (String(decoding: bytes[offset...j], as: UTF8.self), offset, source.location(ofUTF8Offset: offset))
        }

        nonisolated(unsafe) static let literalMarker = try! Regex(#"\[\^[^\]\s]{1,100}\]"#)

        /// The label of a `[^label]` reference, sliced from the source (cmark does not expose it).
        private func referenceLabel(at offset: Int) -> String {
            let bytes = source.bytes
            guard offset + 2 < bytes.count, bytes[offset] == UInt8(ascii: "["), bytes[offset + 1] == UInt8(ascii: "^") else {
                return "?"
            }
            var j = offset + 2
            while j < bytes.count, bytes[j] != UInt8(ascii: "]"), j - offset < 1002 { j += 1 }
            return String(decoding: bytes[(offset + 2)..<j], as: UTF8.self)
        }
    }
}
