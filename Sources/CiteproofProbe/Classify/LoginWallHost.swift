import CiteproofCore

/// A site whose answers to anonymous clients prove nothing: it serves 200 (or a redirect to a login page)
/// whether or not the linked post exists.
public struct LoginWallHost: Hashable, Sendable, Codable {
    /// The domain; subdomains match too.
    public var domain: String
    /// Why a 200 from it proves nothing, shown in the result's detail.
    public var reason: String

    public init(domain: String, reason: String) {
        self.domain = domain
        self.reason = reason
    }

    /// The hosts of every platform whose row in the platform table has a login wall.
    public static var builtIn: [LoginWallHost] { hosts(of: .builtIn) }

    /// The hosts of every platform in `catalog` whose row has a login wall.
    public static func hosts(of catalog: PlatformCatalog) -> [LoginWallHost] {
        catalog.rows.flatMap { platform in
            platform.loginWall.map { wall in platform.hosts.map { LoginWallHost(domain: $0, reason: wall.reason) } } ?? []
        }
    }
}
