import CiteproofCore

/// A citation's `Reference` in the audit export (schemaVersion 2): what the parser read, as
/// written; absent fields were not found.
struct JSONReference: Encodable {
    /// A date at the precision it is written: `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    struct Date: Encodable {
        var value: String
        var precision: String
        var text: String

        init(_ d: ReferenceDate) {
            value = d.description
            precision = d.precision.rawValue
            text = d.text
        }
    }

    struct Identifiers: Encodable {
        var doi: String?
        var isbn: String?
        /// A post or message id written without a URL (`Sabereen_news/10234`).
        var post: String?
    }

    var kind: String?
    var form: String
    var authors: [String]
    var title: String?
    var container: String?
    var publisher: String?
    var issued: Date?
    var accessed: Date?
    var urls: [String]
    var locator: String?
    var identifiers: Identifiers?
    /// For a short form or Ibid.: the note of the full citation, and the kind of the work it repeats.
    var repeats: String?
    var repeatedKind: String?

    init(_ r: Reference) {
        kind = r.kind?.rawValue
        form = r.form.rawValue
        authors = r.authors
        title = r.title
        container = r.container
        publisher = r.publisher
        issued = r.issued.map(Date.init)
        accessed = r.accessed.map(Date.init)
        urls = r.urls
        locator = r.locator
        identifiers = r.doi == nil && r.isbn == nil && r.postID == nil ? nil : Identifiers(doi: r.doi, isbn: r.isbn, post: r.postID)
        repeats = r.repeats
        repeatedKind = r.form == .full ? nil : r.repeatedKind?.rawValue
    }
}
