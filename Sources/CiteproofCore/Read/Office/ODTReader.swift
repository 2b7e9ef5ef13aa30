import Foundation

/// Reads OpenDocument .odt drafts: `text:note` elements in `content.xml` (footnotes and
/// endnotes, by `text:note-class`), labelled by their printed `text:note-citation`; or `[1]`
/// markers typed as text. Locations count paragraphs, as for .docx.
public enum ODTReader {
    static let kind = ".odt"

    public static func read(_ input: ReaderInput) throws -> ReadDraft {
        var archive = try OfficeArchive(bytes: input.bytes, path: input.path, kind: kind)
        let path = input.path
        guard let content = try archive.part("content.xml") else {
            throw InputError.malformed(path, reason: "not a valid .odt: the package has no content.xml")
        }
        let styles = ODTListStyleHandler()
        if let data = try archive.part("styles.xml") {
            try OfficeXML.parse(data, part: "styles.xml", path: path, kind: kind, into: styles)
        }
        let handler = ODTContentHandler(lists: styles.numbering)
        try OfficeXML.parse(content, part: "content.xml", path: path, kind: kind, into: handler)

        // meta.xml: the title, and a user-defined "date" property as the fallback publication date.
        // `meta:creation-date` and `dc:date` are file times, never publication dates.
        let meta = try OfficeMetadataHandler.elements(
            of: try archive.part("meta.xml"), wanted: ["title", "user-defined"], part: "meta.xml", path: path, kind: kind)
        let title = meta.first { $0.name == "title" }?.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let property = meta.first { e in
            e.name == "user-defined" && OfficeMetadataDate.propertyNames.contains(e.attributes["meta:name"]?.lowercased() ?? "")
                && OfficeMetadataDate.date(from: e.text) != nil
        }
        let fallback = property.flatMap { e in
            OfficeMetadataDate.date(from: e.text).map {
                PublicationDate(value: $0, origin: "meta.xml:\(e.attributes["meta:name"] ?? "date")")
            }
        }
        let builder = OfficeDocumentBuilder(
            path: path, format: .odt, sha256: input.sha256, notices: input.notices,
            label: { DOCXNoteNumbering.label(kind: $0, ordinal: $1, formats: ["endnote": "decimal"]) })
        let titleParagraph = handler.body.first { $0.style == "Title" }?.text
        return builder.build(
            body: handler.body, notes: handler.notes, title: titleParagraph ?? (title?.isEmpty == false ? title : nil),
            fallbackDate: fallback)
    }
}
