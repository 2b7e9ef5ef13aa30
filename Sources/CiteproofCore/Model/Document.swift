import Foundation

/// The input formats citeproof reads.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case text, markdown, html, docx, odt
}

/// Where a footnote marker stands in the body.
public struct FootnoteReference: Hashable, Sendable, Codable {
    public var label: String
    public var location: SourceLocation
    /// The sentence that carries the marker (plain text), for date checks.
    public var sentence: String
    /// The section (index into `Document.sections`) the marker stands in; nil before the first heading.
    public var section: Int?

    public init(label: String, location: SourceLocation, sentence: String, section: Int? = nil) {
        self.label = label
        self.location = location
        self.sentence = sentence
        self.section = section
    }
}

/// A footnote or endnote's definition.
public struct FootnoteDefinition: Hashable, Sendable, Codable {
    /// The label as the document spells it (`1`, `note-a`).
    public var label: String
    /// Where the definition's marker stands (`[^a]:`, `[1]`, the note element).
    public var location: SourceLocation
    /// The note's full plain text, without its marker.
    public var text: String
    public var citations: [Citation]
    public var remarks: [NoteRemark]
    /// A format's own id for the note when it differs from the label (.docx `w:id`).
    public var internalID: String?
    /// `footnote` or `endnote`.
    public var kind: String

    public init(
        label: String, location: SourceLocation, text: String, citations: [Citation] = [],
        remarks: [NoteRemark] = [], internalID: String? = nil, kind: String = "footnote"
    ) {
        self.label = label
        self.location = location
        self.text = text
        self.citations = citations
        self.remarks = remarks
        self.internalID = internalID
        self.kind = kind
    }
}

/// A marker-like text the reader could not resolve (a literal `[^x]` in a Word or HTML body).
public struct UnresolvedMarker: Hashable, Sendable, Codable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// The document's publication date and where it was found.
public struct PublicationDate: Hashable, Sendable, Codable {
    public var value: CalendarDate
    /// `option`, `front-matter`, `dateline`, `meta:article:published_time`, `docProps/core.xml` …
    public var origin: String
    public var location: SourceLocation?

    public init(value: CalendarDate, origin: String, location: SourceLocation? = nil) {
        self.value = value
        self.origin = origin
        self.location = location
    }
}

/// A message from a reader about the input itself (decoding, recovery).
public struct ReaderNotice: Hashable, Sendable, Codable {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
}

/// One draft, read: the same model for every input format.
public struct Document: Sendable {
    public var path: String
    public var format: DocumentFormat
    /// Hex SHA-256 of the input bytes.
    public var sha256: String
    public var locationUnit: LocationUnit
    /// The text locations refer to: source lines, or paragraphs for .docx/.odt.
    public var source: SourceText
    public var title: String?
    public var publicationDate: PublicationDate?
    /// The draft's headings, in order: where its sections start.
    public var sections: [DocumentSection]
    public var references: [FootnoteReference] { didSet { labels = LabelIndex() } }
    public var definitions: [FootnoteDefinition] { didSet { labels = LabelIndex() } }
    /// Lookups by label, built on first use and dropped whenever notes or references change.
    private var labels = LabelIndex()
    /// Source credits outside notes: "(source: Telegram.me/ X, April 2, 2021)".
    public var inlineCitations: [Citation]
    public var unresolvedMarkers: [UnresolvedMarker]
    public var notices: [ReaderNotice]
    /// Every date written in the text, scanned once by the extract stage.
    public var textDates: [TextDate] = []
    /// The body's paragraphs and headings with their markers, for an annotated report; nil unless
    /// the run asked for them (`CheckOptions.keepsBody`).
    public var body: [BodyBlock]?

    public init(
        path: String, format: DocumentFormat, sha256: String, locationUnit: LocationUnit = .line,
        source: SourceText, title: String? = nil, publicationDate: PublicationDate? = nil, sections: [DocumentSection] = [],
        references: [FootnoteReference] = [], definitions: [FootnoteDefinition] = [],
        inlineCitations: [Citation] = [], unresolvedMarkers: [UnresolvedMarker] = [], notices: [ReaderNotice] = []
    ) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.locationUnit = locationUnit
        self.source = source
        self.title = title
        self.publicationDate = publicationDate
        self.sections = sections
        self.references = references
        self.definitions = definitions
        self.inlineCitations = inlineCitations
        self.unresolvedMarkers = unresolvedMarkers
        self.notices = notices
    }

    /// The references to one label, in document order.
    public func references(to label: String) -> [FootnoteReference] {
        labels.references(self)[label] ?? []
    }

    /// The first note defined with `label`.
    public func definition(labelled label: String) -> FootnoteDefinition? {
        labels.firstDefinition(self)[label].map { definitions[$0] }
    }

    /// Every citation: the notes' in note order, then the inline credits. A view over the document's
    /// own arrays (building a list copied every citation, and a large draft's rules and reporters ask often).
    public var allCitations: AllCitations {
        AllCitations(notes: definitions, credits: inlineCitations)
    }
}

/// Every citation of a document with the label of the note it stands in (nil for an inline credit):
/// the notes' in note order, then the inline credits, read in place.
public struct AllCitations: Collection, Sendable {
    public typealias Element = (footnote: String?, citation: Citation)

    /// A citation's place: its note (`notes.count` for the inline credits) and its index there.
    public struct Index: Comparable, Sendable {
        public let note: Int
        public let citation: Int

        public static func < (a: Index, b: Index) -> Bool {
            a.note != b.note ? a.note < b.note : a.citation < b.citation
        }
    }

    let notes: [FootnoteDefinition]
    let credits: [Citation]

    public var startIndex: Index { first(from: Index(note: 0, citation: 0)) }
    public var endIndex: Index { Index(note: notes.count, citation: credits.count) }

    public func index(after i: Index) -> Index {
        first(from: Index(note: i.note, citation: i.citation + 1))
    }

    public var count: Int { notes.reduce(credits.count) { $0 + $1.citations.count } }

    public subscript(position: Index) -> Element {
        position.note < notes.count
            ? (notes[position.note].label, notes[position.note].citations[position.citation])
            : (nil, credits[position.citation])
    }

    /// The first citation at or after `i` (skipping notes without citations), else `endIndex`.
    private func first(from i: Index) -> Index {
        var (note, citation) = (i.note, i.citation)
        while note < notes.count, citation >= notes[note].citations.count { (note, citation) = (note + 1, 0) }
        return Index(note: note, citation: note < notes.count ? citation : Swift.min(citation, credits.count))
    }
}

/// Label lookups for a `Document`, built once per document version (rules ask for them per
/// reference and per citation; a linear search each time made large drafts quadratic).
final class LabelIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var referencesByLabel: [String: [FootnoteReference]]?
    private var firstDefinitionByLabel: [String: Int]?

    func references(_ document: Document) -> [String: [FootnoteReference]] {
        lock.lock()
        defer { lock.unlock() }
        if let built = referencesByLabel { return built }
        let built = Dictionary(grouping: document.references, by: \.label)
        referencesByLabel = built
        return built
    }

    func firstDefinition(_ document: Document) -> [String: Int] {
        lock.lock()
        defer { lock.unlock() }
        if let built = firstDefinitionByLabel { return built }
        var built: [String: Int] = [:]
        for (k, d) in document.definitions.enumerated() where built[d.label] == nil { built[d.label] = k }
        firstDefinitionByLabel = built
        return built
    }
}
