import Foundation

/// The publication date an HTML page declares in its metadata, in order of trust.
/// File times (`<meta name="created">`, `changed`, `dcterms.modified`) are never used.
enum HTMLPublicationDate {
    /// `<meta>` names and properties that mean "published", most specific first.
    static let metaNames = [
        "article:published_time", "citation_publication_date", "citation_date", "dcterms.date", "dcterms.issued",
        "dc.date", "dc.date.issued", "datepublished", "og:published_time", "publish-date", "publishdate", "pubdate",
        "date",
    ]

    static func find(in tree: HTMLTree, locate: (Int) -> SourceLocation?) -> PublicationDate? {
        var metas: [String: (value: CalendarDate, node: Int)] = [:]
        for (i, n) in tree.nodes.enumerated() where n.name == "meta" {
            guard let key = (n.attribute("property") ?? n.attribute("name") ?? n.attribute("itemprop"))?.lowercased(),
                metas[key] == nil, let content = n.attribute("content"), let value = OfficeMetadataDate.date(from: content)
            else { continue }
            metas[key] = (value, i)
        }
        for name in metaNames {
            if let found = metas[name] {
                return PublicationDate(value: found.value, origin: "meta:\(name)", location: locate(found.node))
            }
        }
        // JSON-LD: "datePublished": "2024-03-05T09:00:00Z".
        for (i, n) in tree.nodes.enumerated()
        where n.name == "script" && n.attribute("type")?.lowercased() == "application/ld+json" {
            let json = tree.text(of: i)
            guard let match = json.firstMatch(of: #/"datePublished"\s*:\s*"([^"]{4,40})"/#),
                let value = OfficeMetadataDate.date(from: String(match.output.1))
            else { continue }
            return PublicationDate(value: value, origin: "json-ld:datePublished", location: locate(i))
        }
        // <time datetime> marked as the publication time, or in the article's header.
        var inHeader: (CalendarDate, Int)?
        for (i, n) in tree.nodes.enumerated() where n.name == "time" {
            guard let value = n.attribute("datetime").flatMap(OfficeMetadataDate.date(from:)) else { continue }
            if n.attribute("itemprop")?.lowercased() == "datepublished" || n.attributes["pubdate"] != nil
                || n.classes.contains(where: { $0.lowercased().contains("publish") })
            {
                return PublicationDate(value: value, origin: "time:datetime", location: locate(i))
            }
            if inHeader == nil, tree.ancestor(of: i, where: { $0.name == "header" }) != nil { inHeader = (value, i) }
        }
        if let (value, i) = inHeader { return PublicationDate(value: value, origin: "time:datetime", location: locate(i)) }
        return nil
    }
}
