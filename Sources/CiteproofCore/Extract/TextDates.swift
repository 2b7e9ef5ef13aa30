/// Every date written anywhere in a draft's text, with its location: scanned once by the extract
/// stage for the rules that judge how a date is written, wherever it stands (`invalid-date`,
/// `ambiguous-date`).
public struct TextDate: Sendable {
    public var mention: DateMention
    public var location: SourceLocation
    /// The note whose definition starts on the same line, if any.
    public var footnote: String?
}

enum TextDates {
    static func scan(_ document: Document) -> [TextDate] {
        let text = document.source.string
        let bytes = document.source.bytes
        let noteLines = Dictionary(document.definitions.map { ($0.location.line, $0.label) }, uniquingKeysWith: { first, _ in first })
        return DateScanner(referenceDate: document.timeFrame).mentions(in: text).compactMap { mention in
            guard !isInsideURL(mention.utf8Range.lowerBound, bytes: bytes) else { return nil }
            let location = document.source.location(ofUTF8Offset: mention.utf8Range.lowerBound)
            return TextDate(mention: mention, location: location, footnote: noteLines[location.line])
        }
    }

    /// The whitespace-delimited word around the date has a `/` or `=` before it: a URL or path.
    static func isInsideURL(_ offset: Int, bytes: [UInt8]) -> Bool {
        var i = offset - 1
        while i >= 0 {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == UInt8(ascii: "(") || b == UInt8(ascii: "<") { return false }
            if b == UInt8(ascii: "/") || b == UInt8(ascii: "=") { return true }
            i -= 1
        }
        return false
    }
}
