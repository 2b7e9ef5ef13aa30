/// What every reader produces before the shared extract stage: body paragraphs with their
/// markers, and notes with their text. `DocumentAssembler` turns these into a `Document`.
public struct BodyParagraph: Sendable {
    /// Plain text mapped back to offsets in the document's `SourceText`.
    public var text: MappedText
    /// Footnote markers in the paragraph: plain-text UTF-8 offset, label, and where the marker stands.
    public var markers: [(offset: Int, label: String, location: SourceLocation)]
    /// Where the paragraph starts.
    public var location: SourceLocation
    /// A heading (title candidate) rather than prose.
    public var isHeading: Bool
    /// A paragraph inside a note: its markers count as references (GFM), nothing else is body text.
    public var inNote: Bool

    public init(
        text: MappedText, markers: [(offset: Int, label: String, location: SourceLocation)] = [],
        location: SourceLocation, isHeading: Bool = false, inNote: Bool = false
    ) {
        self.text = text
        self.markers = markers
        self.location = location
        self.isHeading = isHeading
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

/// The shared tail of every reader: reference sentences, inline credits, dateline,
/// citation extraction, "Ibid." resolution.
public struct DocumentAssembler {
    public var path: String
    public var format: DocumentFormat
    public var sha256: String
    public var locationUnit: LocationUnit
    public var source: SourceText
    public var notices: [ReaderNotice]

    public init(
        path: String, format: DocumentFormat, sha256: String, locationUnit: LocationUnit = .line, source: SourceText,
        notices: [ReaderNotice]
    ) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.locationUnit = locationUnit
        self.source = source
        self.notices = notices
    }

    /// Builds the document. `publication` is a date found in metadata; without it the first
    /// paragraphs are searched for a dateline. `title` likewise falls back to the first heading.
    public func assemble(
        paragraphs: [BodyParagraph], notes: [NoteDraft], title: String? = nil, publication: PublicationDate? = nil,
        unresolvedMarkers: [UnresolvedMarker] = []
    ) -> Document {
        let source = self.source
        let locate = { (mapped: MappedText) in
            { (plain: Int) -> SourceLocation? in
                mapped.sourceOffset(forPlain: plain).map { source.location(ofUTF8Offset: $0) }
            }
        }
        var references: [FootnoteReference] = []
        for p in paragraphs where !p.markers.isEmpty {
            // Split each paragraph once, however many markers it carries.
            let sentences = SentenceSplitter.Sentences(p.text.text)
            for m in p.markers {
                references.append(
                    FootnoteReference(label: m.label, location: m.location, sentence: sentences.sentence(containing: m.offset)))
            }
        }
        let body = paragraphs.filter { !$0.inNote }
        let top = body.prefix(10).map { ($0.text.text, $0.location) }
        let publication = publication ?? DatelineFinder.dateline(in: top)
        let extractor = CitationExtractor(scanner: DateScanner(referenceDate: publication?.value))
        var credits: [Citation] = []
        for p in body where !p.isHeading {
            credits += InlineCreditFinder.credits(in: p.text.text, extractor: extractor, locate: locate(p.text))
        }
        let definitions = notes.map { note -> FootnoteDefinition in
            let extracted = extractor.extract(note.text.text, links: note.links, locate: locate(note.text))
            return FootnoteDefinition(
                label: note.label, location: note.location, text: note.text.text, citations: extracted.citations,
                remarks: extracted.remarks, internalID: note.internalID, kind: note.kind)
        }
        let title = title ?? body.first(where: \.isHeading)?.text.text
        return Document(
            path: path, format: format, sha256: sha256, locationUnit: locationUnit, source: source, title: title,
            publicationDate: publication, references: references, definitions: NoteResolver.resolveIbid(definitions),
            inlineCitations: credits, unresolvedMarkers: unresolvedMarkers, notices: notices)
    }
}
