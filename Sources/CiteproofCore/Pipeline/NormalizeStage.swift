import Foundation

/// The normalize stage: gives every citation's source its canonical identity.
enum NormalizeStage {
    /// Fills `source.identity` for every citation (notes and inline credits); applies
    /// configured aliases to named sources ("The Ledger" → `riverton-ledger`). Platforms come from `catalog`.
    static func run(_ document: inout Document, aliases: [String: String], catalog: PlatformCatalog = .builtIn) {
        let folded = Dictionary(aliases.map { (fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        func identify(_ citation: inout Citation) {
            if citation.urlIdentities.count != citation.urls.count {
                citation.urlIdentities = citation.urls.map { SourceNormalizer.identify($0, catalog: catalog) }
            }
            guard var source = citation.source, source.identity == nil else { return }
            var identity = citation.urls.first == source.raw
                ? citation.urlIdentities.first ?? nil : SourceNormalizer.identify(source.raw, catalog: catalog)
            if identity == nil || identity?.kind == .named, let fromURL = citation.urlIdentities.first ?? nil,
                fromURL.kind != .named, source.raw == citation.urls.first
            {
                identity = fromURL
            }
            if let id = identity, id.kind == .named, let alias = folded[fold(id.canonical)] ?? folded[fold(source.raw)] {
                identity?.canonical = alias
            }
            source.identity = identity.map { enriched($0, catalog: catalog) }
            citation.source = source
        }
        for d in document.definitions.indices {
            for c in document.definitions[d].citations.indices { identify(&document.definitions[d].citations[c]) }
            mergeNamedOutlets(&document.definitions[d].citations, aliased: folded, catalog: catalog)
        }
        for c in document.inlineCitations.indices {
            identify(&document.inlineCitations[c])
            mergeNamedOutlets(&document.inlineCitations[c...c], aliased: folded, catalog: catalog)
        }
    }

    /// The identity with what normalization knows beyond its spelling: the registrable domain of its
    /// site or URL, and the time its post id encodes.
    static func enriched(_ identity: SourceIdentity, catalog: PlatformCatalog) -> SourceIdentity {
        var identity = identity
        // A platform's sources are on its canonical host (x.com for a twitter.com link); a site is its canonical host.
        let host = identity.platform.flatMap { catalog.platform(id: $0)?.canonicalHost }
            ?? (identity.kind == .website ? identity.canonical.split(separator: "/").first.map(String.init) : nil)
            ?? identity.url.flatMap { URLNormalizer.normalize($0, catalog: catalog)?.host }
        if let host { identity.registrableDomain = RegistrableDomain.of(host: host) ?? host }
        if let decoded = DateIdentifierDecoders.decodePost(identity, catalog: catalog) {
            identity.idTime = Date(timeIntervalSince1970: Double(decoded.millisecondsSinceEpoch) / 1000)
        }
        return identity
    }

    /// A note that names an outlet and gives a URL of that outlet ("Velmora Herald, "…," May 13,
    /// 2024. … See https://www.velmora-herald.example/…") cites one source, the site: the named
    /// citation takes the site's identity (its registrable domain), keeping the name as `name`.
    /// The name must spell one of the domain's labels before its top-level one (`Velmora Herald`
    /// ~ `www.velmora-herald.example`, `The Guardian` ~ `theguardian.com`); a configured alias
    /// wins over the site.
    static func mergeNamedOutlets<C: MutableCollection<Citation>>(
        _ citations: inout C, aliased: [String: String], catalog: PlatformCatalog
    ) {
        var sites: [String] = []
        for citation in citations {
            var candidates = citation.identitiesOfURLs(catalog: catalog).compactMap { $0 }
            if let identity = citation.source?.identity { candidates.append(identity) }
            for site in candidates where site.kind == .website && site.platform == nil && !sites.contains(site.canonical) {
                sites.append(site.canonical)
            }
        }
        guard !sites.isEmpty else { return }
        var merged: [String: String] = [:]
        for i in citations.indices {
            guard let source = citations[i].source, let identity = source.identity, identity.kind == .named,
                aliased[fold(source.raw)] == nil, !aliased.values.contains(identity.canonical),
                let site = sites.first(where: { outlet(source.raw, matches: $0) })
            else { continue }
            citations[i].source?.identity = enriched(
                SourceIdentity(kind: .website, canonical: site, name: source.raw), catalog: catalog)
            merged[site] = merged[site] ?? source.raw
        }
        // The linked citations of the same site carry the name too.
        for i in citations.indices {
            guard let identity = citations[i].source?.identity, identity.kind == .website, identity.platform == nil,
                identity.name == nil, let name = merged[identity.canonical]
            else { continue }
            citations[i].source?.identity?.name = name
        }
    }

    /// Whether an outlet's name spells one of a domain's labels (the top-level one aside),
    /// ignoring case, spaces, punctuation and a leading "The".
    static func outlet(_ name: String, matches domain: String) -> Bool {
        func letters(_ s: some StringProtocol) -> String { String(s.lowercased().filter { $0.isLetter || $0.isNumber }) }
        let spelled = letters(name)
        let words = name.split(whereSeparator: \.isWhitespace)
        let withoutThe = words.first?.lowercased() == "the" ? letters(words.dropFirst().joined()) : spelled
        guard withoutThe.count >= 3 else { return false }
        return domain.split(separator: ".").dropLast().map(letters).contains { $0 == spelled || $0 == withoutThe }
    }

    private static func fold(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
