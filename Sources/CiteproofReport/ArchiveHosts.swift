import CiteproofCore

/// Web archives: a cited URL on one of the platform table's archive hosts is an archived copy, not the source itself.
enum ArchiveHosts {
    static func isArchive(_ url: String, catalog: PlatformCatalog = .builtIn) -> Bool {
        guard let host = URLNormalizer.normalize(url, catalog: catalog)?.host else { return false }
        return catalog.archive(forHost: host) != nil
    }
}
