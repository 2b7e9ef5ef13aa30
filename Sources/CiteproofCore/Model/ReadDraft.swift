/// A body paragraph as a reader found it: plain text mapped to the document's `SourceText`,
/// its footnote markers, and whether it is a heading (and of which level).
public struct BodyParagraph: Sendable {
    /// Plain text mapped back to offsets in the document's `SourceText`.
    public var text: MappedText
    /// Footnote markers in the paragraph: plain-text UTF-8 offset, label, and where the marker stands.
    public var markers: [(offset: Int, label: String, location: SourceLocation)]
    /// Where the paragraph starts.
    public var location: SourceLocation
    /// The heading level (1 for a title or `#`, 2 for `##` …), nil for prose.
    public var headingLevel: Int?
    /// A paragraph inside a note: its markers count as references (GFM), nothing else is body text.
    public var inNote: Bool

    /// A heading (title or section heading) rather than prose.
    public var isHeading: Bool { headingLevel != nil }

    public init(
        text: MappedText, markers: [(offset: Int, label: String, location: SourceLocation)] = [],
        location: SourceLocation, headingLevel: Int? = nil, inNote: Bool = false
    ) {
        self.text = text
        self.markers = markers
        self.location = location
        self.headingLevel = headingLevel
        self.inNote = inNote
    }
}

/// A note as a reader found it, before its citations are extracted.
public struct NoteDraft: Sendable {
    public var label: String
    public var location: SourceLocation
    public var text: MappedText
    /// Link targets with their plain-text offsets (an `<a href>` whose text is "this post").
    public var links: [(offset: Int, url: String)]
    public var kind: String
    public var internalID: String?

    public init(
        label: String, location: SourceLocation, text: MappedText, links: [(offset: Int, url: String)] = [],
        kind: String = "footnote", internalID: String? = nil
    ) {
        self.label = label
        self.location = location
        self.text = text
        self.links = links
        self.kind = kind
        self.internalID = internalID
    }
}

/// What the read stage hands the next: a draft as blocks — headings with their levels, body
/// paragraphs with marker positions, note drafts — and what its metadata says. The same shape
/// for every input format; nothing is extracted yet.
public struct ReadDraft: Sendable {
    public var path: String
    public var format: DocumentFormat
    /// Hex SHA-256 of the input bytes.
    public var sha256: String
    public var locationUnit: LocationUnit
    /// The text locations refer to: source lines, or paragraphs for .docx/.odt.
    public var source: SourceText
    public var notices: [ReaderNotice]
    /// Body paragraphs and headings in document order (and, for Markdown, note paragraphs marked `inNote`).
    public var paragraphs: [BodyParagraph]
    public var notes: [NoteDraft]
    /// A title from metadata (`<title>`, front matter, document properties).
    public var title: String?
    /// The publication date the reader found: metadata, a dateline it recognised, or a labelled fallback.
    public var publication: PublicationDate?
    public var unresolvedMarkers: [UnresolvedMarker]

    public init(
        path: String, format: DocumentFormat, sha256: String, locationUnit: LocationUnit = .line, source: SourceText,
        notices: [ReaderNotice], paragraphs: [BodyParagraph] = [], notes: [NoteDraft] = [], title: String? = nil,
        publication: PublicationDate? = nil, unresolvedMarkers: [UnresolvedMarker] = []
    ) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.locationUnit = locationUnit
        self.source = source
        self.notices = notices
        self.paragraphs = paragraphs
        self.notes = notes
        self.title = title
        self.publication = publication
        self.unresolvedMarkers = unresolvedMarkers
    }
}

/// A heading of the draft: where a section starts.
public struct DocumentSection: Hashable, Sendable, Codable {
    public var title: String
    public var level: Int
    public var location: SourceLocation

    public init(title: String, level: Int, location: SourceLocation) {
        self.title = title
        self.level = level
        self.location = location
    }
}
