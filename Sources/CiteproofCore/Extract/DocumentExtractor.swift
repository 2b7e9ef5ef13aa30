/// The extract stage, the shared tail of every reader: settles the publication date, then finds
/// reference sentences and their sections, inline credits, citations (dates resolved against the
/// settled publication date), "Ibid." targets, and every date written in the text.
public enum DocumentExtractor {
    /// Builds the document from what a reader found.
    ///
    /// The publication date is settled first, in this order: `override` (the `--published` option or
    /// the configuration), the reader's metadata or dateline, then a dateline among the first body
    /// paragraphs. Yearless dates in notes are resolved against the date so settled.
    public static func extract(_ draft: ReadDraft, publishedOverride override: PublicationDate? = nil) -> Document {
        let source = draft.source
        let locate = { (mapped: MappedText) in
            { (plain: Int) -> SourceLocation? in
                mapped.sourceOffset(forPlain: plain).map { source.location(ofUTF8Offset: $0) }
            }
        }
        // Sections: every heading of the body opens one; a marker belongs to the last one opened.
        var sections: [DocumentSection] = []
        var references: [FootnoteReference] = []
        for p in draft.paragraphs {
            if let level = p.headingLevel, !p.inNote {
                sections.append(DocumentSection(title: p.text.text, level: level, location: p.location))
            }
            guard !p.markers.isEmpty else { continue }
            // Split each paragraph once, however many markers it carries.
            let sentences = SentenceSplitter.Sentences(p.text.text, lineBreaks: p.text.lineBreaks)
            let section = p.inNote ? nil : sections.indices.last
            for m in p.markers {
                references.append(
                    FootnoteReference(
                        label: m.label, location: m.location, sentence: sentences.sentence(containing: m.offset),
                        section: section))
            }
        }
        let body = draft.paragraphs.filter { !$0.inNote }
        let publication = override ?? draft.publication
            ?? DatelineFinder.dateline(in: body.prefix(10).map { ($0.text.text, $0.location) })
        let extractor = CitationExtractor(scanner: DateScanner(referenceDate: publication?.value))
        var credits: [Citation] = []
        var section: Int?
        for p in body {
            if p.isHeading {
                section = (section ?? -1) + 1
                continue
            }
            for var credit in InlineCreditFinder.credits(in: p.text.text, extractor: extractor, locate: locate(p.text)) {
                credit.section = section
                credits.append(credit)
            }
        }
        var firstSection: [String: Int?] = [:]
        for r in references where firstSection[r.label] == nil { firstSection[r.label] = .some(r.section) }
        let definitions = draft.notes.map { note -> FootnoteDefinition in
            let extracted = extractor.extract(note.text.text, links: note.links, locate: locate(note.text))
            let section = firstSection[note.label] ?? nil
            return FootnoteDefinition(
                label: note.label, location: note.location, text: note.text.text,
                citations: extracted.citations.map { var c = $0; c.section = section; return c },
                remarks: extracted.remarks, internalID: note.internalID, kind: note.kind)
        }
        let title = draft.title ?? body.first(where: \.isHeading)?.text.text
        var document = Document(
            path: draft.path, format: draft.format, sha256: draft.sha256, locationUnit: draft.locationUnit,
            source: source, title: title, publicationDate: publication, sections: sections, references: references,
            definitions: NoteResolver.resolveIbid(NoteResolver.resolveShortForms(definitions)), inlineCitations: credits,
            unresolvedMarkers: draft.unresolvedMarkers, notices: draft.notices)
        document.textDates = TextDates.scan(document)
        return document
    }
}
