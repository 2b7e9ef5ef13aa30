import Foundation

/// What kind of thing a source is, once normalized.
public enum SourceKind: String, Sendable, Codable, CaseIterable {
    case account, post, channel, message, website, named
}

/// The canonical identity of a cited source, filled in by the normalize stage.
public struct SourceIdentity: Hashable, Sendable, Codable {
    public var kind: SourceKind
    /// Platform id from the platform table (`x`, `telegram`, …); nil for websites and named sources.
    public var platform: String?
    public var handle: String?
    /// A post, message or video id.
    public var id: String?
    /// The canonical spelling: `x.com/km94310`, `t.me/centerkaf`, `bbc.co.uk`, or the name.
    public var canonical: String
    /// The normalized URL, when the citation gave one.
    public var url: String?
    /// The outlet's name, when a note names it and links a page of it (`Velmora Herald` for
    /// the website `velmora-herald.example`): the site is the source, the name its alias.
    public var name: String?

    /// The registrable domain (eTLD+1) of the source's site or URL: `bbc.co.uk` for `www.bbc.co.uk/news/…`.
    public var registrableDomain: String?
    /// When the post's id says it was created (X/Discord snowflakes, TikTok ids, Bluesky TIDs), by the
    /// platform's identifier clock.
    public var idTime: Date?

    public init(
        kind: SourceKind, platform: String? = nil, handle: String? = nil, id: String? = nil,
        canonical: String, url: String? = nil, name: String? = nil
    ) {
        self.kind = kind
        self.platform = platform
        self.handle = handle
        self.id = id
        self.canonical = canonical
        self.url = url
        self.name = name
    }
}

/// The source part of a citation: what the note says, and what it resolves to.
public struct CitedSource: Hashable, Sendable, Codable {
    /// The source as written (`Twitter.com/KM94310`, `MEMRI TV Clip No. 7700`).
    public var raw: String
    public var identity: SourceIdentity?

    public init(raw: String, identity: SourceIdentity? = nil) {
        self.raw = raw
        self.identity = identity
    }
}

/// How precise a parsed date is.
public enum DatePrecision: String, Sendable, Codable {
    case day, month, year
}

/// What a date in a note is the date of.
public enum DateRole: String, Sendable, Codable {
    /// The date of the cited source (a post, an article, a clip).
    case citation
    /// An event mentioned in an explanatory remark.
    case event
    /// An access or retrieval date ("accessed May 1, 2021").
    case accessed
    /// A date in body text.
    case context
}

/// A date as written in a document, with what it was parsed to.
public struct CitedDate: Hashable, Sendable, Codable {
    public var text: String
    public var location: SourceLocation?
    /// The (first) day the text denotes; for month or year precision, the first day of the period.
    public var value: CalendarDate?
    /// The last day of a range, when the text is a range.
    public var end: CalendarDate?
    public var precision: DatePrecision?
    public var role: DateRole
    /// Other readings of an ambiguous date (`03/04/2021`).
    public var alternatives: [CalendarDate]
    /// The year was not written and was taken from the document's time frame.
    public var yearInferred: Bool
    /// The calendar the date is written in, when not the Gregorian (`value` is still Gregorian).
    public var calendar: DateCalendar?
    /// The language of its month or weekday name (BCP 47; `ar-Latn` for transliterated Hijri
    /// months), nil for English.
    public var language: String?
    /// The date in its own calendar (`28 Rajab 1442`: 1442, 7, 28), for a non-Gregorian date.
    public var native: NativeDate?

    public init(
        text: String, location: SourceLocation? = nil, value: CalendarDate? = nil, end: CalendarDate? = nil,
        precision: DatePrecision? = nil, role: DateRole = .citation, alternatives: [CalendarDate] = [],
        yearInferred: Bool = false, calendar: DateCalendar? = nil, language: String? = nil, native: NativeDate? = nil
    ) {
        self.calendar = calendar
        self.language = language
        self.native = native
        self.text = text
        self.location = location
        self.value = value
        self.end = end
        self.precision = precision
        self.role = role
        self.alternatives = alternatives
        self.yearInferred = yearInferred
    }
}

/// One citation: a note may hold several ("Twitter.com/X, April 3, 2021. … See MEMRI TV Clip …").
public struct Citation: Hashable, Sendable, Codable {
    /// The citation's text as it stands in the note.
    public var text: String
    public var location: SourceLocation?
    /// "See", "See e.g.,", "Cf.", "Ibid." …
    public var signal: String?
    public var source: CitedSource?
    /// A quoted title, without its quotes.
    public var title: String?
    /// Link targets and URLs written in the citation.
    public var urls: [String]
    /// The citation's own date (role `.citation`).
    public var date: CitedDate?
    /// Other dates inside the citation (accessed dates, events).
    public var otherDates: [CitedDate]
    /// For "Ibid.": the label of the note whose source this one repeats.
    public var ibidOf: String?
    /// The probe's verdict on the citation's URL (only with `--probe`).
    public var probe: LinkCheck?
    /// The section of the draft the citation belongs to (index into `Document.sections`): a note's
    /// is that of the first marker referring to it; an inline credit's that of its paragraph.
    public var section: Int?
    /// The citation read as a bibliographic record (kind, authors, title, container, dates …).
    public var reference: Reference?
    /// Quotations of the sentences citing this note, checked against the cited page (`--quotes`); nil
    /// when none was checked.
    public var quotes: [QuoteCheck]?
    /// The identity of each of `urls` (nil where a URL names nothing), worked out once by the normalize
    /// stage so that the rules do not identify the same URLs again; empty before that stage. Not
    /// exported (the reports give each citation's source identity).
    public var urlIdentities: [SourceIdentity?] = []

    enum CodingKeys: String, CodingKey {
        case text, location, signal, source, title, urls, date, otherDates, ibidOf, probe, section, reference, quotes
    }

    /// The identities of `urls`: those of the normalize stage, or worked out now.
    public func identitiesOfURLs(catalog: PlatformCatalog) -> [SourceIdentity?] {
        urlIdentities.count == urls.count ? urlIdentities : urls.map { SourceNormalizer.identify($0, catalog: catalog) }
    }

    public init(
        text: String, location: SourceLocation? = nil, signal: String? = nil, source: CitedSource? = nil,
        title: String? = nil, urls: [String] = [], date: CitedDate? = nil, otherDates: [CitedDate] = [],
        ibidOf: String? = nil
    ) {
        self.text = text
        self.location = location
        self.signal = signal
        self.source = source
        self.title = title
        self.urls = urls
        self.date = date
        self.otherDates = otherDates
        self.ibidOf = ibidOf
    }
}

/// Text in a note that is not a citation: an explanatory remark.
public struct NoteRemark: Hashable, Sendable, Codable {
    public var text: String
    public var location: SourceLocation?
    /// Dates mentioned in the remark (role `.event`).
    public var dates: [CitedDate]

    public init(text: String, location: SourceLocation? = nil, dates: [CitedDate] = []) {
        self.text = text
        self.location = location
        self.dates = dates
    }
}
