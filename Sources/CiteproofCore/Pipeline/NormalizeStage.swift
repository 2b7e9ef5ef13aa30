/// The normalize stage: gives every citation's source its canonical identity.
enum NormalizeStage {
    /// Fills `source.identity` for every citation (notes and inline credits); applies
    /// configured aliases to named sources ("The Ledger" → `riverton-ledger`). Platforms come from `catalog`.
    static func run(_ document: inout Document, aliases: [String: String], catalog: PlatformCatalog = .builtIn) {
        let folded = Dictionary(aliases.map { (fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        func identify(_ citation: inout Citation) {
            guard var source = citation.source, source.identity == nil else { return }
            var identity = SourceNormalizer.identify(source.raw, catalog: catalog)
            if identity == nil || identity?.kind == .named, let url = citation.urls.first,
                let fromURL = SourceNormalizer.identify(url, catalog: catalog), fromURL.kind != .named, source.raw == url
            {
                identity = fromURL
            }
            if let id = identity, id.kind == .named, let alias = folded[fold(id.canonical)] ?? folded[fold(source.raw)] {
                identity?.canonical = alias
            }
            source.identity = identity
            citation.source = source
        }
        for d in document.definitions.indices {
            for c in document.definitions[d].citations.indices { identify(&document.definitions[d].citations[c]) }
        }
        for c in document.inlineCitations.indices { identify(&document.inlineCitations[c]) }
    }

    private static func fold(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
