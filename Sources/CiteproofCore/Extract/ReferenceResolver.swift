/// Resolves short forms and `Ibid.`/`Id.`/`op. cit.` to the full citation they repeat: Ibid.
/// repeats the reference before it; a short form repeats the latest full reference whose first
/// author's family name (or, without authors, whose title) it matches — and, when it names a title
/// too (`Mosteller, "A Statistical Study...", 132.`), the latest such work with that title first.
public enum ReferenceResolver {
    public static func resolve(_ notes: [(label: String, reference: Reference)]) -> [Reference] {
        var result: [Reference] = []
        var fulls: [(label: String, reference: Reference)] = []
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
                let byName = fulls.filter { matches(r, $0.reference) }
                if let full = byName.last(where: { sameTitle(r, $0.reference) }) ?? byName.last {
                    r.repeats = full.label
                    r.repeatedKind = full.reference.kind
                }
            case .full:
                // A bare name or title alone (`Den Store Danske.`) repeating an earlier work is a short form.
                if r.issued == nil, r.urls.isEmpty, r.container == nil, r.publisher == nil, r.locator == nil,
                    let full = fulls.last(where: { matches(r, $0.reference) || matchesBare(r, $0.reference) })
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

    /// Whether a short form names the same work as a full reference.
    static func matches(_ short: Reference, _ full: Reference) -> Bool {
        if let a = short.authors.first, let b = full.authors.first {
            return familyName(b).lowercased() == familyName(a).lowercased()
                || b.lowercased().containsBytes(familyName(a).lowercased())
        }
        return sameTitle(short, full)
    }

    /// Whether a short form's (possibly shortened) title opens the full reference's title.
    static func sameTitle(_ short: Reference, _ full: Reference) -> Bool {
        guard let t = short.title, let u = full.title else { return false }
        let key = t.lowercased().trimmingCharacters(in: " .,“”\"‘’…")
        return !key.isEmpty && u.lowercased().hasPrefix(String(key.prefix(20)))
    }

    /// A bare title that is an earlier reference's author, title or container.
    static func matchesBare(_ bare: Reference, _ full: Reference) -> Bool {
        guard let t = bare.title?.lowercased(), !t.isEmpty else { return false }
        return [full.title, full.container, full.authors.first].contains { $0?.lowercased().hasPrefix(t) ?? false }
    }

    /// `John L. Campbell` → `Campbell`; `Campbell, J. L.` → `Campbell`.
    public static func familyName(_ name: String) -> String {
        if let comma = name.firstIndex(of: ",") { return String(name[..<comma]) }
        return name.split(separator: " ").last.map(String.init) ?? name
    }
}
