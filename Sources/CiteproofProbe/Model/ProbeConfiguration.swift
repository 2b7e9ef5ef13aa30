import Foundation

/// How a `Prober` behaves. Every field has a sensible default; times are in seconds.
public struct ProbeConfiguration: Sendable {
    /// Transfers in flight at once, over all hosts.
    public var maxConcurrency: Int = 32
    /// Transfers in flight at once to one host.
    public var perHostConcurrency: Int = 2
    /// Minimum time between the starts of two requests to one host.
    public var perHostInterval: Double = 0.1
    public var connectTimeout: Double = 10
    /// Limit for one whole request (connect, headers and the bounded body).
    public var totalTimeout: Double = 20
    /// Extra attempts after a timeout, connection failure, 5xx or 429.
    public var retries: Int = 2
    /// First backoff delay; doubles on each retry, with ±50 % jitter.
    public var retryBaseDelay: Double = 1
    /// Upper bound on a server's `Retry-After` and on any backoff delay.
    public var maxRetryDelay: Double = 30
    /// Redirects followed per URL before giving up.
    public var maxRedirects: Int = 10
    public var userAgent: String = ProbeConfiguration.defaultUserAgent
    /// Most body bytes read from one response (only when a GET is needed).
    public var maxBodyBytes: Int = 1 << 20
    /// Most header bytes accepted from one response.
    public var maxHeaderBytes: Int = 64 << 10
    /// Always GET (never HEAD) and read the bounded body prefix, so soft-404 titles and page dates are found.
    public var inspectPages: Bool = false
    /// Address classes a probe may connect to even though they are not public (none by default).
    public var allowedAddressClasses: Set<AddressClass> = []
    /// URLs not probed, reported `excluded`.
    public var excludes: [ProbeExclusion] = []
    /// Hosts whose answers prove nothing (login walls, bot blocks). Defaults to the built-in table.
    public var loginWallHosts: [LoginWallHost] = LoginWallHost.builtIn
    /// The Wayback Machine availability API; nil disables archive suggestions.
    public var archiveEndpoint: String? = ProbeConfiguration.waybackAvailabilityEndpoint
    /// Pins host names to addresses, like `curl --resolve host:port:address` (key "host:port", value address).
    /// The address guard still applies to the pinned address.
    public var resolve: [String: String] = [:]

    public static let version = "0.1.0"
    public static let defaultUserAgent = "citeproof/\(version) (+https://github.com/citeproof/citeproof; link checker)"
    public static let waybackAvailabilityEndpoint = "https://archive.org/wayback/available"

    /// Connecting to loopback, private, link-local, multicast and unspecified addresses.
    /// Setting it allows every class; clearing it allows none.
    public var allowPrivateHosts: Bool {
        get { allowedAddressClasses == Set(AddressClass.allCases) }
        set { allowedAddressClasses = newValue ? Set(AddressClass.allCases) : [] }
    }

    public init() {}
}

/// A rule that keeps URLs from being probed.
public enum ProbeExclusion: Hashable, Sendable {
    /// The host and its subdomains (case-insensitive).
    case host(String)
    /// A regular expression searched for in the whole URL.
    case pattern(String)

    /// A `.pattern` exclusion, checked to compile.
    public static func regex(_ pattern: String) throws -> ProbeExclusion {
        _ = try NSRegularExpression(pattern: pattern)
        return .pattern(pattern)
    }
}
