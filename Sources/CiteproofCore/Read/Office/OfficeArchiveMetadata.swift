import Foundation

/// Collects the text of chosen elements of a small metadata part (`docProps/core.xml`,
/// `custom.xml`, `meta.xml`, a `.rels` part), with the attributes of their start tags.
final class OfficeMetadataHandler: OfficeXMLHandler {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        /// The attributes of the nearest enclosing element (a custom property's `name=`).
        var parentAttributes: [String: String]
    }

    private let wanted: Set<String>
    private(set) var elements: [Element] = []
    private var stack: [(name: String, attributes: [String: String], collecting: Int?)] = []

    init(wanted: Set<String>) {
        self.wanted = wanted
    }

    func start(_ name: String, attributes: [String: String]) {
        var collecting: Int?
        if wanted.contains(name) {
            elements.append(Element(name: name, attributes: attributes, parentAttributes: stack.last?.attributes ?? [:]))
            collecting = elements.count - 1
        }
        stack.append((name, attributes, collecting))
    }

    func end(_ name: String) { _ = stack.popLast() }

    func text(_ string: String) {
        guard let index = stack.last?.collecting else { return }
        elements[index].text += string
    }

    /// Parses `data` and returns the wanted elements.
    static func elements(
        of data: Data?, wanted: Set<String>, part: String, path: String, kind: String
    ) throws -> [Element] {
        guard let data else { return [] }
        let handler = OfficeMetadataHandler(wanted: wanted)
        try OfficeXML.parse(data, part: part, path: path, kind: kind, into: handler)
        return handler.elements
    }
}

/// Reading a publication date out of document properties.
enum OfficeMetadataDate {
    /// Property names that mean "published" (custom properties, `meta:user-defined`).
    static let propertyNames: Set<String> = [
        "date", "publishdate", "publish date", "published", "publicationdate", "publication date", "pubdate",
        "datepublished",
    ]

    /// A `YYYY-MM-DD` (optionally followed by a time) or an English date.
    static func date(from text: String) -> CalendarDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = CalendarDate(iso: String(trimmed.prefix(10))) { return iso }
        guard let mention = DateScanner().parse(trimmed), mention.precision == .day else { return nil }
        return mention.value
    }
}
