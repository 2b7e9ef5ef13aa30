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
                let key = ShortKey(r)
                let byName = fulls.candidates(forShort: r).filter { fulls.matches(r, key, $0) }
                if let k = byName.last(where: { sameTitle(r, fulls.all[$0].reference) }) ?? byName.last {
                    r.repeats = fulls.all[k].label
                    r.repeatedKind = fulls.all[k].reference.kind
                }
            case .full:
                // A bare name or title alone (`Den Store Danske.`) repeating an earlier work is a short form.
                if r.issued == nil, r.urls.isEmpty, r.container == nil, r.publisher == nil, r.locator == nil,
                    case let key = ShortKey(r),
                    let k = fulls.candidates(forBare: r).last(where: { fulls.matches(r, key, $0) || matchesBare(r, fulls.all[$0].reference) })
                {
                    r.form = .short
                    r.repeats = fulls.all[k].label
                    r.repeatedKind = fulls.all[k].reference.kind
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
    /// What `matches` reads of a short form's first author, worked out once per short form.
    struct ShortKey {
        /// The family name, lower case, and its last word.
        var family: String?
        var lastWord: Substring?

        init(_ short: Reference) {
            guard let a = short.authors.first else { return }
            let family = ReferenceResolver.familyName(a).lowercased()
            self.family = family
            lastWord = ReferenceResolver.words(family).last
        }
    }

    struct FullIndex {
        private(set) var all: [(label: String, reference: Reference)] = []
        /// For each work, its first author's family name in lower case and the author's words
        /// (what `matches` compares a short form with), nil without an author.
        private var authorKeys: [(family: String, words: [Substring])?] = []
        /// Words of each work's first author (lower case, punctuation trimmed).
        private var byAuthorWord: [String: [Int]] = [:]
        /// The first word of each work's title, container and first author.
        private var byFirstWord: [String: [Int]] = [:]
        /// Works with no author (a short form with an author falls back to their titles).
        private var authorless: [Int] = []

        mutating func append(_ full: (label: String, reference: Reference)) {
            let k = all.count
            all.append(full)
            if let author = full.reference.authors.first {
                let words = ReferenceResolver.words(author)
                authorKeys.append((ReferenceResolver.familyName(author).lowercased(), words))
                for word in Set(words) { byAuthorWord[String(word), default: []].append(k) }
            } else {
                authorKeys.append(nil)
                authorless.append(k)
            }
            let firsts = [full.reference.title, full.reference.container, full.reference.authors.first]
                .compactMap { $0.flatMap { ReferenceResolver.words($0).first } }
            for word in Set(firsts) { byFirstWord[String(word), default: []].append(k) }
        }

        /// `ReferenceResolver.matches(short, all[k].reference)`, with the full work's side worked out
        /// when it was added and the short form's in `key`.
        func matches(_ short: Reference, _ key: ShortKey, _ k: Int) -> Bool {
            if let family = key.family, let full = authorKeys[k] {
                guard let last = key.lastWord else { return false }
                return full.family == family || full.words.contains(last)
            }
            return ReferenceResolver.sameTitle(short, all[k].reference)
        }

        /// Works a short form may repeat, as indices into `all`: by its first author's family name,
        /// else by its title.
        func candidates(forShort short: Reference) -> [Int] {
            var indices: [Int] = []
            if let author = short.authors.first {
                // `matches` with two authors: the family name equals or is inside the full's author.
                if let key = ReferenceResolver.words(ReferenceResolver.familyName(author)).last {
                    indices += byAuthorWord[String(key)] ?? []
                }
                // With no author on the full work, titles decide.
                indices += titleCandidates(short).filter { authorKeys[$0] == nil }
                if let key = ReferenceResolver.words(ReferenceResolver.familyName(author)).last, key.count < 3 {
                    return Array(all.indices)  // a one- or two-letter family name may be inside any word: compare all
                }
                if ReferenceResolver.words(ReferenceResolver.familyName(author)).isEmpty { return Array(all.indices) }
            } else {
                indices += titleCandidates(short)
            }
            return Set(indices).sorted()
        }

        /// Works whose title starts as the short form's title does.
        private func titleCandidates(_ short: Reference) -> [Int] {
            guard let title = short.title, let key = ReferenceResolver.words(title).first else { return [] }
            // A first word cut by the 20-character key may open a longer one: compare all.
            if key.count >= 20 { return Array(all.indices) }
            return byFirstWord[String(key)] ?? []
        }

        /// Works a bare name or title may repeat (`matches` or `matchesBare`), as indices into `all`.
        func candidates(forBare bare: Reference) -> [Int] {
            var indices: [Int] = []
            if let author = bare.authors.first, let key = ReferenceResolver.words(ReferenceResolver.familyName(author)).last {
                indices += byAuthorWord[String(key)] ?? []
                if key.count < 3 { return Array(all.indices) }
            }
            if let title = bare.title, let key = ReferenceResolver.words(title).first {
                indices += byFirstWord[String(key)] ?? []
            }
            return Set(indices).sorted()
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
