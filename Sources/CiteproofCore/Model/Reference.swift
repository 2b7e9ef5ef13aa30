/// What kind of work a citation cites, as a bibliographic parser reads it.
public enum ReferenceKind: String, Sendable, Codable, CaseIterable {
    case socialPost = "social-post", account, channel
    case webPage = "web-page", newsArticle = "news-article", journalArticle = "journal-article"
    case magazineArticle = "magazine-article", conferencePaper = "conference-paper"
    case book, chapter, report, thesis, legal, interview, video, dataset
    case archiveCopy = "archive-copy", other
}

/// Where a citation stands in a run of notes: a first, full citation; a short form that repeats
/// one (`Doe, 91.`, `Doe, supra note 3`); or `Ibid.`/`Id.`.
public enum ReferenceForm: String, Sendable, Codable {
    case full, short, ibid
}

/// A date of a reference to the precision it is written: `2007`, `2007-03`, `2007-03-01`.
public struct ReferenceDate: Hashable, Sendable, Codable, CustomStringConvertible {
    public var value: CalendarDate
    public var precision: DatePrecision
    /// The date as written.
    public var text: String

    public init(value: CalendarDate, precision: DatePrecision, text: String) {
        self.value = value
        self.precision = precision
        self.text = text
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        let iso = value.description
        switch precision {
        case .year: return String(iso.prefix(4))
        case .month: return String(iso.prefix(7))
        case .day: return iso
        }
    }
}

/// A citation read as a bibliographic record: who, what, where, when. Filled by
/// `ReferenceParser` from Chicago notes (full and short), APA 7, MLA 9, MHRA, Bluebook,
/// Wikipedia CS1 as rendered, and the social-media spellings of research desks. Every field is
/// what the text shows; nothing is looked up.
public struct Reference: Hashable, Sendable, Codable {
    public var kind: ReferenceKind?
    public var form: ReferenceForm
    /// Authors as written (`John L. Campbell`, `Campbell, J. L.`, `@nasa`, `Den Store Danske`).
    public var authors: [String]
    public var title: String?
    /// The site, newspaper, journal, book holding a chapter, or channel.
    public var container: String?
    public var publisher: String?
    public var issued: ReferenceDate?
    public var accessed: ReferenceDate?
    public var urls: [String]
    /// The pinpoint or page range (`88`, `307–32`).
    public var locator: String?
    public var doi: String?
    public var isbn: String?
    /// A post or message id written without a URL (`Sabereen_news/10234`).
    public var postID: String?
    /// For a short form or Ibid.: the label of the note holding the full citation it repeats.
    public var repeats: String?
    /// For a short form or Ibid.: the kind of the work it repeats.
    public var repeatedKind: ReferenceKind?

    /// The kind of the work: its own, or for a short form or Ibid. that of the full citation.
    public var resolvedKind: ReferenceKind? { form == .full ? kind : repeatedKind ?? kind }

    public init(
        kind: ReferenceKind? = nil, form: ReferenceForm = .full, authors: [String] = [], title: String? = nil,
        container: String? = nil, publisher: String? = nil, issued: ReferenceDate? = nil,
        accessed: ReferenceDate? = nil, urls: [String] = [], locator: String? = nil, doi: String? = nil,
        isbn: String? = nil, postID: String? = nil, repeats: String? = nil
    ) {
        self.kind = kind
        self.form = form
        self.authors = authors
        self.title = title
        self.container = container
        self.publisher = publisher
        self.issued = issued
        self.accessed = accessed
        self.urls = urls
        self.locator = locator
        self.doi = doi
        self.isbn = isbn
        self.postID = postID
        self.repeats = repeats
    }

    /// Whether the reference names something a reader could find: an author with a title or
    /// date, a titled work, a named outlet with a date, a publisher, a URL or identifier, or
    /// (for a short form) an author or title to match.
    public var isIdentifiable: Bool {
        if !urls.isEmpty || doi != nil || isbn != nil || postID != nil { return true }
        switch form {
        case .ibid: return true
        case .short: return !authors.isEmpty || title != nil
        case .full:
            if title != nil && (!authors.isEmpty || container != nil || issued != nil || publisher != nil) { return true }
            if publisher != nil { return true }
            if (!authors.isEmpty || container != nil) && issued != nil { return true }
            return kind == .legal && title != nil
        }
    }
}
