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

    /// Hosts known to answer with a login wall or a bot block.
    public static let builtIn: [LoginWallHost] = [
        LoginWallHost(domain: "x.com", reason: "X answers anonymous clients with the same page whether or not the post exists"),
        LoginWallHost(domain: "twitter.com", reason: "X answers anonymous clients with the same page whether or not the post exists"),
        LoginWallHost(domain: "instagram.com", reason: "Instagram redirects anonymous clients to a login page for any post"),
        LoginWallHost(domain: "facebook.com", reason: "Facebook shows a login wall to anonymous clients"),
        LoginWallHost(domain: "threads.net", reason: "Threads shows a login wall to anonymous clients"),
        LoginWallHost(domain: "linkedin.com", reason: "LinkedIn answers anonymous clients with a login wall or HTTP 999"),
        LoginWallHost(domain: "tiktok.com", reason: "TikTok serves the same shell page to anonymous clients"),
    ]
}
