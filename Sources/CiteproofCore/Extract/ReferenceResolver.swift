/// Resolves short forms and `Ibid.`/`Id.`/`op. cit.` to the full citation they repeat: Ibid.
/// repeats the reference before it; a short form repeats the latest full reference whose first
/// author's family name (or, without authors, whose title) it matches — and, when it names a title
/// too (`Mosteller, "A Statistical Study...", 132.`), the latest such work with that title first.
public enum ReferenceResolver {
    public static func resolve(_ notes: [(label: String, reference: Reference)]) -> [Reference] {
        var result: [Reference] = []
        var fulls = FullIndex()
        var previous: (label: String, reference: Reference)?
        for (label, reference) in notes {
            var r = reference
            switch r.form {
            case .ibid:
                if let p = previous {
                    r.repeats = p.reference.form == .full ? p.label : p.reference.repeats
                    r.repeatedKind = p.reference.resolvedKind
                }
            case .short:
                let byName = fulls.candidates(forShort: r).filter { matches(r, $0.reference) }
                if let full = byName.last(where: { sameTitle(r, $0.reference) }) ?? byName.last {
                    r.repeats = full.label
                    r.repeatedKind = full.reference.kind
                }
            case .full:
                // A bare name or title alone (`Den Store Danske.`) repeating an earlier work is a short form.
                if r.issued == nil, r.urls.isEmpty, r.container == nil, r.publisher == nil, r.locator == nil,
                    let full = fulls.candidates(forBare: r).last(where: { matches(r, $0.reference) || matchesBare(r, $0.reference) })
                {
                    r.form = .short
                    r.repeats = full.label
                    r.repeatedKind = full.reference.kind
                } else {
                    fulls.append((label, r))
                }
            }
            previous = (label, r)
            result.append(r)
        }
        return result
    }

    /// The full references so far, indexed by the words a short form can match them on, so that a
    /// draft of thousands of notes does not compare every short form with every earlier work. Each
    /// lookup returns a superset of the works `matches`/`matchesBare` can accept, in note order.
    struct FullIndex {
        private(set) var all: [(label: String, reference: Reference)] = []
        /// Words of each work's first author (lower case, punctuation trimmed).
        private var byAuthorWord: [Substring: [Int]] = [:]
        /// The first word of each work's title, container and first author.
        private var byFirstWord: [Substring: [Int]] = [:]
        /// Works with no author (a short form with an author falls back to their titles).
        private var authorless: [Int] = []

        mutating func append(_ full: (label: String, reference: Reference)) {
            let k = all.count
            all.append(full)
            if let author = full.reference.authors.first {
                for word in Set(ReferenceResolver.words(author)) { byAuthorWord[word, default: []].append(k) }
            } else {
                authorless.append(k)
            }
            let firsts = [full.reference.title, full.reference.container, full.reference.authors.first]
                .compactMap { $0.flatMap { ReferenceResolver.words($0).first } }
            for word in Set(firsts) { byFirstWord[word, default: []].append(k) }
        }

        /// Works a short form may repeat: by its first author's family name, else by its title.
        func candidates(forShort short: Reference) -> [(label: String, reference: Reference)] {
            var indices: [Int] = []
            if let author = short.authors.first {
                // `matches` with two authors: the family name equals or is inside the full's author.
                if let key = ReferenceResolver.words(ReferenceResolver.familyName(author)).last {
                    indices += byAuthorWord[key] ?? []
                }
                // With no author on the full work, titles decide.
                indices += titleCandidates(short).filter { all[$0].reference.authors.isEmpty }
                if let key = ReferenceResolver.words(ReferenceResolver.familyName(author)).last, key.count < 3 {
                    return all  // a one- or two-letter family name may be inside any word: compare all
                }
                if ReferenceResolver.words(ReferenceResolver.familyName(author)).isEmpty { return all }
            } else {
                indices += titleCandidates(short)
            }
            return Set(indices).sorted().map { all[$0] }
        }

        /// Works whose title starts as the short form's title does.
        private func titleCandidates(_ short: Reference) -> [Int] {
            guard let title = short.title, let key = ReferenceResolver.words(title).first else { return [] }
            // A first word cut by the 20-character key may open a longer one: compare all.
            if key.count >= 20 { return Array(all.indices) }
            return byFirstWord[key] ?? []
        }

        /// Works a bare name or title may repeat (`matches` or `matchesBare`).
        func candidates(forBare bare: Reference) -> [(label: String, reference: Reference)] {
            var indices: [Int] = []
            if let author = bare.authors.first, let key = ReferenceResolver.words(ReferenceResolver.familyName(author)).last {
                indices += byAuthorWord[key] ?? []
                if key.count < 3 { return all }
            }
            if let title = bare.title, let key = ReferenceResolver.words(title).first {
                indices += byFirstWord[key] ?? []
            }
            return Set(indices).sorted().map { all[$0] }
        }
    }

    /// Lower-case words with their punctuation trimmed: `Campbell, J. L.` → campbell, j, l.
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { $0 == " " || $0 == "," || $0 == "." || $0 == "“" || $0 == "”" || $0 == "\"" || $0 == "‘" || $0 == "’" || $0 == "'" || $0 == ":" || $0 == ";" || $0 == "(" || $0 == ")" || $0 == "…" }
    }

    /// Whether a short form names the same work as a full reference: the same family name (a word
    /// of the full reference's first author), or with no author on one side, the same title.
    static func matches(_ short: Reference, _ full: Reference) -> Bool {
        if let a = short.authors.first, let b = full.authors.first {
            let family = familyName(a).lowercased()
            guard let last = words(family).last else { return false }
            return familyName(b).lowercased() == family || words(b).contains(last)
        }
        return sameTitle(short, full)
    }

    /// Whether a short form's (possibly shortened) title opens the full reference's title: its first
    /// 20 characters, or all of it, up to a word's end (`I` does not open `Inside the Siege`).
    static func sameTitle(_ short: Reference, _ full: Reference) -> Bool {
        guard let t = short.title, let u = full.title else { return false }
        let key = t.lowercased().trimmingCharacters(in: " .,“”\"‘’…")
        guard !key.isEmpty else { return false }
        if key.count > 20 { return u.lowercased().hasPrefix(String(key.prefix(20))) }
        return opensAtWordEnd(u.lowercased(), key)
    }

    /// A bare title that opens an earlier reference's author, title or container, up to a word's end.
    static func matchesBare(_ bare: Reference, _ full: Reference) -> Bool {
        guard let t = bare.title?.lowercased(), !t.isEmpty else { return false }
        return [full.title, full.container, full.authors.first].contains { $0.map { opensAtWordEnd($0.lowercased(), t) } ?? false }
    }

    /// Whether `text` starts with `prefix` and the prefix ends a word there.
    static func opensAtWordEnd(_ text: String, _ prefix: String) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        guard let next = text.dropFirst(prefix.count).first, let last = prefix.last else { return true }
        return !(next.isLetter || next.isNumber) || !(last.isLetter || last.isNumber)
    }

    /// `John L. Campbell` → `Campbell`; `Campbell, J. L.` → `Campbell`.
    public static func familyName(_ name: String) -> String {
        if let comma = name.firstIndex(of: ",") { return String(name[..<comma]) }
        return name.split(separator: " ").last.map(String.init) ?? name
    }
}
