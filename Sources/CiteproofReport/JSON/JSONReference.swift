import CiteproofCore

/// A citation's `Reference` in the audit export (schemaVersion 2): what the parser read, as
/// written; absent fields were not found.
struct JSONReference: JSONWritable {
    let reference: Reference

    init(_ reference: Reference) { self.reference = reference }

    func writeJSON(into json: inout JSONStreamWriter) {
        let r = reference
        json.beginObject()
        json.field("accessed", ifPresent: r.accessed.map(Date.init))
        json.field("authors", array: r.authors)
        json.field("container", ifPresent: r.container)
        json.field("form", r.form.rawValue)
        if r.doi != nil || r.isbn != nil || r.postID != nil {
            json.key("identifiers")
            json.beginObject()
            json.field("doi", ifPresent: r.doi)
            json.field("isbn", ifPresent: r.isbn)
            // A post or message id written without a URL (`Sabereen_news/10234`).
            json.field("post", ifPresent: r.postID)
            json.endObject()
        }
        json.field("issued", ifPresent: r.issued.map(Date.init))
        json.field("kind", ifPresent: r.kind?.rawValue)
        json.field("locator", ifPresent: r.locator)
        json.field("publisher", ifPresent: r.publisher)
        // For a short form or Ibid.: the kind of the work it repeats, and the note of the full citation.
        json.field("repeatedKind", ifPresent: r.form == .full ? nil : r.repeatedKind?.rawValue)
        json.field("repeats", ifPresent: r.repeats)
        json.field("title", ifPresent: r.title)
        json.field("urls", array: r.urls)
        json.endObject()
    }

    /// A date at the precision it is written: `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    struct Date: JSONWritable {
        let date: ReferenceDate

        init(_ date: ReferenceDate) { self.date = date }

        func writeJSON(into json: inout JSONStreamWriter) {
            json.beginObject()
            json.field("precision", date.precision.rawValue)
            json.field("text", date.text)
            json.field("value", date.description)
            json.endObject()
        }
    }
}
