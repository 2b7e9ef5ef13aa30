import CiteproofCore

/// CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the citation data
/// Zotero, pandoc and citeproc read: every work the run's drafts cite, once.
///
/// A work is one item however often it is cited: citations are grouped by their canonical source
/// identity, else DOI, ISBN, normalized title and first author, else URL; a short form or Ibid.
/// joins the item of the full citation it repeats. Which notes cite the item (with their pinpoint
/// locators) is in `note`, for people, and in `custom.citeproof-notes`, for programs. Citations
/// that name nothing identifiable are left out. Items are in order of first citation; ids are
/// `family`+`year` keys (`doe2016`, `doe2016-2`).
public struct CSLJSONReporter: Reporter {
    public var baseDirectory: String?

    public init(baseDirectory: String? = nil) {
        self.baseDirectory = baseDirectory
    }

    public func render(_ report: Report) -> String {
        var library = CSLLibrary()
        for checked in report.documents {
            library.add(checked.document, path: BaselinePath.relative(checked.document.path, to: baseDirectory))
        }
        // The items hold only strings, numbers and arrays of them: encoding cannot fail.
        return (try? JSONStreamWriter.text(library.items.map(\.item))) ?? "[]\n"
    }
}

/// The items of a run, built citation by citation.
struct CSLLibrary {
    struct Entry {
        var item: CSLItem
        var keys: Set<String>
    }

    private(set) var items: [Entry] = []
    private var indexByKey: [String: Int] = [:]
    private var usedIDs: Set<String> = []

    mutating func add(_ document: Document, path: String) {
        // The item of each note's full citation, for the short forms and Ibid. that repeat it.
        var itemByNote: [String: Int] = [:]
        for (label, citation) in document.allCitations {
            guard let reference = citation.reference else { continue }
            let note = label ?? "inline"
            let citing = CSLItem.CitingNote(document: path, note: note, locator: CSLItem.pinpoint(reference, in: citation))
            if reference.form != .full {
                if let repeated = reference.repeats, let index = itemByNote[repeated] {
                    items[index].item.cite(citing)
                    if itemByNote[note] == nil { itemByNote[note] = index }
                }
                continue
            }
            guard reference.isIdentifiable else { continue }
            let keys = Self.identityKeys(citation, reference)
            let index: Int
            if let existing = keys.first(where: { indexByKey[$0] != nil }).flatMap({ indexByKey[$0] }) {
                index = existing
            } else {
                index = items.count
                var item = CSLItem(citation, reference)
                item.id = uniqueID(item.suggestedID)
                usedIDs.insert(item.id)
                items.append(Entry(item: item, keys: []))
            }
            for key in keys where indexByKey[key] == nil { indexByKey[key] = index }
            items[index].keys.formUnion(keys)
            items[index].item.cite(citing)
            if itemByNote[note] == nil { itemByNote[note] = index }
        }
    }

    private func uniqueID(_ base: String) -> String {
        if !usedIDs.contains(base) { return base }
        var n = 2
        while usedIDs.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }

    /// The keys under which a citation is the same work as another: any one shared key joins them.
    static func identityKeys(_ citation: Citation, _ reference: Reference) -> [String] {
        var keys: [String] = []
        // A post is a work; an outlet, site or account is where works are, so it names one only when nothing else does.
        let identity = citation.source?.identity
        if let identity, identity.kind == .post || identity.kind == .message { keys.append("source:" + identity.canonical.lowercased()) }
        if let doi = reference.doi { keys.append("doi:" + doi.lowercased()) }
        if let isbn = reference.isbn { keys.append("isbn:" + isbn.filter { $0.isNumber || $0 == "X" || $0 == "x" }.lowercased()) }
        if let title = reference.title.map(normalized), !title.isEmpty {
            let author = reference.authors.first.map { normalized(ReferenceResolver.familyName($0)) } ?? ""
            keys.append("work:\(author)|\(title)")
        }
        // An account or channel cited with a date: what it posted that day.
        if keys.isEmpty, let identity, identity.kind == .account || identity.kind == .channel {
            keys.append("source:" + identity.canonical.lowercased() + "|" + (reference.issued?.description ?? ""))
        }
        if keys.isEmpty, let url = reference.urls.first ?? citation.urls.first { keys.append("url:" + url) }
        if keys.isEmpty, let identity, reference.issued == nil { keys.append("source:" + identity.canonical.lowercased()) }
        if keys.isEmpty { keys.append("text:" + normalized(citation.text)) }
        return keys
    }

    /// Lowercased letters and digits, one space between words.
    static func normalized(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }
}

/// One CSL-JSON item. Keys are CSL's variable names; nil fields are left out.
struct CSLItem: Encodable {
    struct Name: Encodable, Equatable {
        var family: String?
        var given: String?
        var literal: String?
        var suffix: String?
    }

    /// `date-parts` at the precision written; no `raw` (readers would parse it again).
    struct DateParts: Encodable {
        var dateParts: [[Int]]

        enum CodingKeys: String, CodingKey {
            case dateParts = "date-parts"
        }

        init(_ d: ReferenceDate) {
            switch d.precision {
            case .year: dateParts = [[d.value.year]]
            case .month: dateParts = [[d.value.year, d.value.month]]
            case .day: dateParts = [[d.value.year, d.value.month, d.value.day]]
            }
        }
    }

    /// A note that cites the item, and its pinpoint there.
    struct CitingNote: Encodable, Equatable {
        var document: String
        var note: String
        var locator: String?
    }

    struct Custom: Encodable {
        var citeproofNotes: [CitingNote]
        var citeproofKind: String?

        enum CodingKeys: String, CodingKey {
            case citeproofNotes = "citeproof-notes"
            case citeproofKind = "citeproof-kind"
        }
    }

    var id: String
    /// The first word of the first author's family name (else the container's, handle's or title's), ASCII.
    let idStem: String
    var type: String
    var author: [Name]?
    var title: String?
    var containerTitle: String?
    var publisher: String?
    var issued: DateParts?
    var accessed: DateParts?
    var url: String?
    var doi: String?
    var isbn: String?
    var page: String?
    var note: String?
    var custom: Custom

    enum CodingKeys: String, CodingKey {
        case id, type, author, title, publisher, issued, accessed, page, note, custom
        // idStem is not encoded.
        case containerTitle = "container-title"
        case url = "URL"
        case doi = "DOI"
        case isbn = "ISBN"
    }

    init(_ citation: Citation, _ r: Reference) {
        idStem = Self.stem(r.authors.first.map(Self.name).flatMap { $0.family ?? $0.literal } ?? r.container
            ?? citation.source?.identity?.handle ?? r.title ?? "ref")
        id = ""
        type = Self.type(of: r.kind)
        let names = r.authors.map(Self.name)
        author = names.isEmpty ? nil : names
        title = r.title
        containerTitle = r.container
        publisher = r.publisher
        issued = r.issued.map(DateParts.init)
        accessed = r.accessed.map(DateParts.init)
        url = r.urls.first ?? citation.urls.first ?? citation.source?.identity?.url
        doi = r.doi
        isbn = r.isbn
        // A range is the work's pages (an article's 307–32); a single page is the note's pinpoint.
        if let locator = r.locator, locator.contains(where: { "-–—".contains($0) }) { page = locator }
        custom = Custom(citeproofNotes: [], citeproofKind: r.kind?.rawValue)
    }

    /// `doe2016`: the stem and the year.
    var suggestedID: String {
        idStem + (issued?.dateParts.first?.first.map(String.init) ?? "")
    }

    static func stem(_ name: String) -> String {
        let word = name.split { !$0.isLetter && !$0.isNumber }.first.map(String.init) ?? "ref"
        let ascii = word.lowercased().unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        return ascii.isEmpty ? "ref" : String(String.UnicodeScalarView(ascii.prefix(24)))
    }

    /// A pinpoint as the note gives it; a bare year the parser took for one is none.
    static func pinpoint(_ r: Reference, in citation: Citation) -> String? {
        guard let locator = r.locator else { return nil }
        if let issued = r.issued, locator == String(issued.value.year) { return nil }
        if let date = citation.date, date.text.hasSuffix(locator) { return nil }
        return locator
    }

    mutating func cite(_ citing: CitingNote) {
        guard !custom.citeproofNotes.contains(citing) else { return }
        custom.citeproofNotes.append(citing)
        note = Self.noteText(custom.citeproofNotes)
    }

    /// `Cited in draft.md: [1] (88), [4] (91)`, a line per draft.
    static func noteText(_ notes: [CitingNote]) -> String {
        var documents: [String] = []
        var byDocument: [String: [String]] = [:]
        for n in notes {
            if byDocument[n.document] == nil { documents.append(n.document) }
            let label = n.note == "inline" ? "inline credit" : "[\(n.note)]"
            byDocument[n.document, default: []].append(label + (n.locator.map { " (\($0))" } ?? ""))
        }
        return documents.map { "Cited in \($0): " + byDocument[$0]!.joined(separator: ", ") }.joined(separator: "\n")
    }

    /// CSL's item type for a reference kind.
    static func type(of kind: ReferenceKind?) -> String {
        switch kind {
        case .socialPost: return "post"
        case .account, .channel, .webPage, .archiveCopy: return "webpage"
        case .newsArticle: return "article-newspaper"
        case .journalArticle: return "article-journal"
        case .magazineArticle: return "article-magazine"
        case .conferencePaper: return "paper-conference"
        case .book: return "book"
        case .chapter: return "chapter"
        case .report: return "report"
        case .thesis: return "thesis"
        case .legal: return "legal_case"
        case .interview: return "interview"
        case .video: return "motion_picture"
        case .dataset: return "dataset"
        case .other, nil: return "document"
        }
    }

    /// Words that make a name an organization's, kept whole as a `literal`.
    static let organizationWords: Set<String> = [
        "agency", "association", "authority", "board", "bureau", "channel", "company", "daily", "gazette", "herald",
        "journal", "ledger", "ministry", "post", "review", "tribune", "union", "center", "centre", "commission", "committee", "council", "department",
        "foundation", "group", "inc", "institute", "league", "ltd", "network", "news", "office",
        "organization", "organisation", "party", "press", "project", "service", "society", "staff", "times",
        "university", "watch",
    ]
    static let particles: Set<String> = ["van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "al", "el", "bin", "ibn"]
    static let suffixes: Set<String> = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]

    /// `Jane Doe` → Doe, Jane; `Campbell, J. L.` → Campbell, J. L.; `@nasa`, `Human Rights Watch` → literal.
    static func name(_ written: String) -> Name {
        let text = written.trimmingCharacters(in: .whitespaces)
        var words = text.split(separator: " ").map(String.init)
        let literal = Name(literal: text)
        if text.hasPrefix("@") || words.count < 2 || words.count > 5 { return literal }
        if words.contains(where: { organizationWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }) {
            return literal
        }
        if let comma = text.firstIndex(of: ",") {
            let family = text[..<comma].trimmingCharacters(in: .whitespaces)
            let given = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            if suffixes.contains(given.lowercased()) { return Name(family: family, suffix: given) }
            return given.isEmpty || family.isEmpty ? literal : Name(family: family, given: given)
        }
        var suffix: String?
        if let last = words.last, suffixes.contains(last.lowercased()) {
            suffix = last
            words.removeLast()
        }
        guard words.count >= 2 else { return literal }
        // The family name starts at its particles: `Ludwig van Beethoven` → `van Beethoven`.
        var start = words.count - 1
        while start > 1, particles.contains(words[start - 1].lowercased()) { start -= 1 }
        return Name(family: words[start...].joined(separator: " "), given: words[..<start].joined(separator: " "), suffix: suffix)
    }
}
