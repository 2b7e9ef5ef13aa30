/// Which URL of a citation the probe asks about, and how verdicts come back onto citations.
public enum LinkTargets {
    /// The canonical, de-tracked http(s) URL of a citation, if it has one.
    public static func url(of citation: Citation, catalog: PlatformCatalog = .builtIn) -> String? {
        if let url = citation.source?.identity?.url, isWeb(url) { return url }
        for raw in citation.urls {
            if let normalized = URLNormalizer.normalize(raw, catalog: catalog)?.url, isWeb(normalized) { return normalized }
        }
        return nil
    }

    /// Every URL to probe in `documents`, once each, with the earliest date it is cited with.
    public static func requests(in documents: [Document], catalog: PlatformCatalog = .builtIn) -> [LinkRequest] {
        var order: [String] = []
        var dates: [String: CalendarDate?] = [:]
        /// In note order, then the inline credits (as `Document.allCitations`), without copying them into a list.
        func add(_ citation: Citation) {
            guard let url = url(of: citation, catalog: catalog) else { return }
            let date = citation.date?.value
            if let existing = dates[url] {
                if let date, existing.map({ date < $0 }) ?? true { dates[url] = date }
            } else {
                order.append(url)
                dates[url] = date
            }
        }
        for document in documents {
            for definition in document.definitions {
                for citation in definition.citations { add(citation) }
            }
            for citation in document.inlineCitations { add(citation) }
        }
        return order.map { LinkRequest(url: $0, citedDate: dates[$0] ?? nil) }
    }

    /// Puts each verdict on the citations whose URL it is about.
    public static func attach(_ checks: [String: LinkCheck], to document: inout Document, catalog: PlatformCatalog = .builtIn) {
        for d in document.definitions.indices {
            for c in document.definitions[d].citations.indices {
                if let url = url(of: document.definitions[d].citations[c], catalog: catalog) {
                    document.definitions[d].citations[c].probe = checks[url]
                }
            }
        }
        for c in document.inlineCitations.indices {
            if let url = url(of: document.inlineCitations[c], catalog: catalog) { document.inlineCitations[c].probe = checks[url] }
        }
    }

    /// `http://` or `https://` in any case, compared byte by byte (no lowercased copy per URL).
    static func isWeb(_ url: String) -> Bool {
        var bytes = url.utf8.makeIterator()
        for expected in "http".utf8 {
            guard let b = bytes.next(), b | 0x20 == expected else { return false }
        }
        guard var b = bytes.next() else { return false }
        if b | 0x20 == UInt8(ascii: "s") {
            guard let next = bytes.next() else { return false }
            b = next
        }
        return b == UInt8(ascii: ":") && bytes.next() == UInt8(ascii: "/") && bytes.next() == UInt8(ascii: "/")
    }
}
