import Foundation

/// Reads Word .docx drafts: `w:footnoteReference` / `w:endnoteReference` in `word/document.xml`,
/// the notes in `word/footnotes.xml` / `word/endnotes.xml`, hyperlink targets from each part's
/// relationships; or, when a draft has no note machinery, `[1]` markers typed as text.
///
/// Locations count paragraphs (`LocationUnit.paragraph`): body paragraphs first, then note paragraphs.
public enum DOCXReader {
    static let kind = ".docx"

    public static func read(_ input: ReaderInput) throws -> ReadDraft {
        var archive = try OfficeArchive(bytes: input.bytes, path: input.path, kind: kind)
        let path = input.path
        func part(_ name: String) throws -> Data? { try archive.part(name) }

        let main = try mainDocumentPart(try part("_rels/.rels"), path: path)
        guard let documentXML = try part(main) else {
            throw InputError.malformed(path, reason: "not a valid .docx: the package has no \(main)")
        }
        let folder = main.split(separator: "/").dropLast().joined(separator: "/")
        let documentRels = try relationships(of: main, in: &archive, path: path)
        let document = DOCXPartHandler(hyperlinks: documentRels.external)
        try OfficeXML.parse(documentXML, part: main, path: path, kind: kind, into: document)

        var notes: [OfficeNote] = []
        var formats = document.numberFormats
        for type in ["footnotes", "endnotes"] {
            let name = documentRels.internal[type] ?? "\(folder)/\(type).xml"
            guard let data = try part(name) else { continue }
            let rels = try relationships(of: name, in: &archive, path: path)
            let handler = DOCXPartHandler(hyperlinks: rels.external)
            try OfficeXML.parse(data, part: name, path: path, kind: kind, into: handler)
            notes += handler.notes
        }
        if let settings = try part("\(folder)/settings.xml") {
            let handler = DOCXPartHandler(hyperlinks: [:])
            try OfficeXML.parse(settings, part: "\(folder)/settings.xml", path: path, kind: kind, into: handler)
            // A section's own `w:footnotePr` overrides the document-wide one in settings.xml.
            formats = handler.numberFormats.merging(formats) { _, section in section }
        }

        let title = try OfficeMetadataHandler.elements(
            of: try part("docProps/core.xml"), wanted: ["title"], part: "docProps/core.xml", path: path, kind: kind
        ).first.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        let numbering = DOCXListNumbering()
        for name in ["\(folder)/styles.xml", documentRels.internal["numbering"] ?? "\(folder)/numbering.xml"] {
            guard let data = try part(name) else { continue }
            try OfficeXML.parse(data, part: name, path: path, kind: kind, into: numbering)
        }
        let builder = OfficeDocumentBuilder(
            path: path, format: .docx, sha256: input.sha256, notices: input.notices,
            label: { DOCXNoteNumbering.label(kind: $0, ordinal: $1, formats: formats) })
        let titleParagraph = document.body.first { $0.style == "Title" }?.text
        return builder.build(
            body: numbering.numbered(document.body), notes: notes, title: titleParagraph ?? title,
            fallbackDate: try propertyDate(&archive, path: path))
    }

    /// The main part named by `_rels/.rels` (normally `word/document.xml`).
    private static func mainDocumentPart(_ rels: Data?, path: String) throws -> String {
        let elements = try OfficeMetadataHandler.elements(
            of: rels, wanted: ["Relationship"], part: "_rels/.rels", path: path, kind: kind)
        for r in elements where r.attributes["Type"]?.hasSuffix("/officeDocument") == true {
            guard let target = r.attributes["Target"], let resolved = OfficeArchive.resolve(target: target, from: "") else {
                throw InputError.malformed(path, reason: "refused .docx: _rels/.rels points outside the package")
            }
            return resolved
        }
        return "word/document.xml"
    }

    /// A part's relationships: external targets by id (hyperlinks) and internal parts by type
    /// (`footnotes` → `word/footnotes.xml`). An internal target outside the package is refused.
    static func relationships(of partName: String, in archive: inout OfficeArchive, path: String) throws -> (
        external: [String: String], internal: [String: String]
    ) {
        var components = partName.split(separator: "/").map(String.init)
        let file = components.removeLast()
        let folder = components.joined(separator: "/")
        let relsName = (folder.isEmpty ? "" : folder + "/") + "_rels/\(file).rels"
        let elements = try OfficeMetadataHandler.elements(
            of: try archive.part(relsName), wanted: ["Relationship"], part: relsName, path: path, kind: kind)
        var external: [String: String] = [:]
        var internalParts: [String: String] = [:]
        for r in elements {
            guard let id = r.attributes["Id"], let target = r.attributes["Target"] else { continue }
            if r.attributes["TargetMode"] == "External" {
                external[id] = target
                continue
            }
            guard let resolved = OfficeArchive.resolve(target: target, from: folder) else {
                throw InputError.malformed(
                    path, reason: "refused .docx: \(relsName) points outside the package (\(target))")
            }
            if let type = r.attributes["Type"]?.split(separator: "/").last { internalParts[String(type)] = resolved }
        }
        return (external, internalParts)
    }

    /// A publication date from document properties, used only when the text has no dateline:
    /// a custom property such as `date` or `PublishDate`, or Word's cover-page "Publish Date".
    /// `docProps/core.xml` created/modified are file times and are never used.
    private static func propertyDate(_ archive: inout OfficeArchive, path: String) throws -> PublicationDate? {
        let custom = try OfficeMetadataHandler.elements(
            of: try archive.part("docProps/custom.xml"), wanted: ["lpwstr", "filetime", "date", "bstr"],
            part: "docProps/custom.xml", path: path, kind: kind)
        for e in custom {
            guard let name = e.parentAttributes["name"], OfficeMetadataDate.propertyNames.contains(name.lowercased()),
                let value = OfficeMetadataDate.date(from: e.text)
            else { continue }
            return PublicationDate(value: value, origin: "docProps/custom.xml:\(name)")
        }
        for k in 1...9 {
            let name = "customXml/item\(k).xml"
            guard archive.contains(name) else { continue }
            let items = try OfficeMetadataHandler.elements(
                of: try archive.part(name), wanted: ["PublishDate"], part: name, path: path, kind: kind)
            if let value = items.first.flatMap({ OfficeMetadataDate.date(from: $0.text) }) {
                return PublicationDate(value: value, origin: "\(name):PublishDate")
            }
        }
        return nil
    }
}
