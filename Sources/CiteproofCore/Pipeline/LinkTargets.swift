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
        for document in documents {
            for (_, citation) in document.allCitations {
                guard let url = url(of: citation, catalog: catalog) else { continue }
                let date = citation.date?.value
                if let existing = dates[url] {
                    if let date, existing.map({ date < $0 }) ?? true { dates[url] = date }
                } else {
                    order.append(url)
                    dates[url] = date
                }
            }
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

    private static func isWeb(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
