/// A URL in normal form, with what normalization took out.
public struct NormalizedURL: Hashable, Sendable, Codable {
    /// The whole normalized URL (`https://x.com/km94310/status/1?lang=en`).
    public var url: String
    /// Lowercase scheme; nil for a path-only reference (`/foo/bar`).
    public var scheme: String?
    /// Lowercase ASCII host (international names as A-labels, `xn--…`) without `www.`-style aliases of a platform; nil for `mailto:` and paths.
    public var host: String?
    /// The port when it is not the scheme's default.
    public var port: Int?
    public var path: String
    /// The query without its `?`, after tracking parameters were removed; nil when none is left.
    public var query: String?
    public var fragment: String?
    /// Tracking parameters removed from the query, as written (`utm_source=twitter`).
    public var removedParameters: [String]
    /// The platform whose host this is, from the platform table.
    public var platform: String?

    /// The URL before tracking parameters were removed would differ from `url`.
    public var hadTrackingParameters: Bool { !removedParameters.isEmpty }
}
