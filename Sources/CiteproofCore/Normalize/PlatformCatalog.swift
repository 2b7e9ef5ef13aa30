/// The platform table one run reads: the built-in rows (`PlatformTable.swift`), extended by the
/// configuration's `platforms:` and `trackingParameters:`. Every stage that needs platform
/// knowledge takes it from here: the normalizer, the date and handle rules, the probe, the reports.
public struct PlatformCatalog: Hashable, Sendable {
    /// Every row, in matching order.
    public private(set) var rows: [Platform]
    /// Extra query parameter names to strip on every host (lowercased), from the configuration.
    public private(set) var extraTrackingParameters: [String]
    /// Whether this is the built-in table unchanged: only its results are memoized across runs.
    public private(set) var isBuiltIn: Bool

    /// The built-in table.
    public static let builtIn = PlatformCatalog(rows: Platform.builtIn, extraTrackingParameters: [], isBuiltIn: true)

    /// The rows that identify sources (every row but the web archives).
    public var platforms: [Platform] { rows.filter { $0.archive == nil } }

    /// The row with `id`.
    public func platform(id: String) -> Platform? { rows.first { $0.id == id } }

    /// The platform whose host (or an alias or handle subdomain of it) `host` is; archives are no platform.
    public func platform(forHost host: String) -> Platform? {
        guard isBuiltIn else { return computePlatform(forHost: host) }
        return Self.platformMemo.value(for: host) { computePlatform(forHost: host) }
    }

    /// Hosts looked up again and again (every URL of every note, the date and handle rules): memoized
    /// for the built-in table, as `URLNormalizer.normalize` is.
    private static let platformMemo = Memo<Platform>()

    private func computePlatform(forHost host: String) -> Platform? {
        if let exact = rows.first(where: { $0.archive == nil && $0.hosts.contains(host) }) { return exact }
        return rows.first { platform in
            platform.archive == nil && platform.hosts.contains { host.hasSuffix("." + $0) }
                && (URLNormalizer.strippingAlias(host, of: platform) != nil
                    || URLNormalizer.handleSubdomain(host, of: platform) != nil)
        }
    }

    /// The web archive whose host (or a subdomain of it) `host` is.
    public func archive(forHost host: String) -> Platform? {
        rows.first { $0.archive != nil && $0.isWithin(host: host) }
    }

    /// The row that claims `/@user` URLs on hosts no row names (the fediverse).
    var anyHostPlatform: Platform? { rows.first(where: \.matchesAnyHost) }

    /// The platform an `@name` ending identifies (`.bsky.social`).
    func platform(forHandleEnding lowercasedName: String) -> Platform? {
        rows.first { $0.handleSuffixes.contains { lowercasedName.hasSuffix($0) } }
    }

    /// Whether the query parameter `name` on a host of registrable domain `domain` is a tracker:
    /// one for every host (`TrackingParameterRule`), one of the configuration's, or one of the
    /// platform's whose hosts include `domain`.
    public func isTracking(_ name: String, domain: String?) -> Bool {
        let name = name.lowercased()
        if TrackingParameterRule.isTracking(name, domain: domain) || extraTrackingParameters.contains(name) { return true }
        guard let domain else { return false }
        return rows.contains { $0.hosts.contains(domain) && $0.trackingParameters.matches(name) }
    }

    /// The table with the configuration's extensions: an entry whose id names a row adds hosts to it
    /// (and replaces its canonical host, name, handle rule or launch, and adds URL shapes, when given);
    /// any other entry is a new row, ahead of the built-in ones.
    /// `trackingParameters` are stripped on every host.
    public func extended(with entries: [PlatformEntry], trackingParameters: [String] = []) -> PlatformCatalog {
        guard !entries.isEmpty || !trackingParameters.isEmpty else { return self }
        var result = self
        result.isBuiltIn = false
        result.extraTrackingParameters += trackingParameters.map { $0.lowercased() }
        for entry in entries {
            if let index = result.rows.firstIndex(where: { $0.id == entry.id }) {
                result.rows[index].apply(entry)
            } else {
                // First, so that a host a built-in row names too (`mastodon.social`) goes to the configured row.
                result.rows.insert(Platform(configured: entry), at: 0)
            }
        }
        return result
    }
}

extension Platform {
    /// A row from the configuration: its hosts (`www.` and `m.` as aliases), its URL shapes (without
    /// them every URL on its hosts is the platform's site), its handle rule and launch when given.
    init(configured entry: PlatformEntry) {
        let hosts = entry.hosts.map { $0.lowercased() }
        self.init(
            id: entry.id, name: entry.name ?? entry.id, hosts: hosts, aliasSubdomains: ["www", "m"],
            handleSubdomainHosts: [], canonicalHost: entry.canonicalHost?.lowercased() ?? hosts.first ?? entry.id,
            handleRule: entry.handlePattern.map(HandleRule.init(pattern:)), handleRulesByKind: [:],
            caseInsensitiveHandles: true, paths: entry.paths, reservedNames: [], handleSuffixes: [],
            mentionPath: entry.paths.first(where: { $0.kind == .account })?.template, matchesAnyHost: false,
            launch: entry.launched.map { PlatformLaunch(date: $0, event: "\(entry.name ?? entry.id)'s launch, \($0.longDescription) (configured)") })
    }

    mutating func apply(_ entry: PlatformEntry) {
        hosts += entry.hosts.map { $0.lowercased() }.filter { !hosts.contains($0) }
        if let canonical = entry.canonicalHost { canonicalHost = canonical.lowercased() }
        if let pattern = entry.handlePattern {
            handleRule = HandleRule(pattern: pattern)
            handleRulesByKind = [:]
        }
        if let launched = entry.launched {
            launch = PlatformLaunch(date: launched, event: "\(name)'s launch, \(launched.longDescription) (configured)")
        }
        if let name = entry.name { self.name = name }
        paths = entry.paths + paths
    }
}
