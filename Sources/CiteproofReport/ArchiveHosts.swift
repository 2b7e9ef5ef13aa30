import Foundation

/// Web archives: a cited URL on one of these hosts is an archived copy, not the source itself.
enum ArchiveHosts {
    static let hosts = ["web.archive.org", "archive.org", "archive.today", "archive.ph", "archive.is", "archive.li", "webcitation.org", "perma.cc"]

    static func isArchive(_ url: String) -> Bool {
        guard let host = URLComponents(string: url)?.host?.lowercased() else { return false }
        return hosts.contains { host == $0 || host.hasSuffix("." + $0) }
    }
}
