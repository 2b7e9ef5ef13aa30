/// One row of the platform table: everything citeproof knows about a social platform, as data.
///
/// Like lychee's quirks table, behaviour lives in the rows (`PlatformTable.swift`), not in code branches.
public struct Platform: Hashable, Sendable, Identifiable {
    /// Stable id used in `SourceIdentity.platform`: `x`, `telegram`, `youtube`.
    public var id: String
    public var name: String
    /// Hosts that serve the platform (`x.com`, `twitter.com`); a URL on one of them is matched against `paths`.
    public var hosts: [String]
    /// Subdomains that are mere aliases of the hosts (`www`, `mobile`, `m`): stripped by the URL normalizer.
    public var aliasSubdomains: [String]
    /// Hosts whose subdomain is a handle: `<channel>.t.me` means `t.me/<channel>`.
    public var handleSubdomainHosts: [String]
    /// The host canonical forms use.
    public var canonicalHost: String
    /// The handle rule for accounts, channels and their posts; `handleRulesByKind` overrides it per kind.
    public var handleRule: HandleRule?
    public var handleRulesByKind: [SourceKind: HandleRule]
    /// Whether `KM94310` and `km94310` are the same account (canonical forms are then lowercased).
    public var caseInsensitiveHandles: Bool
    /// URL path shapes, tried in order; the first that matches decides the kind.
    public var paths: [PathPattern]
    /// Lowercased first path segments that are site pages, not handles (`home`, `search`).
    public var reservedNames: Set<String>
    /// `@name` endings that identify this platform in text (`.bsky.social`).
    public var handleSuffixes: [String]
    /// The path a bare `@handle` stands for (`/{handle}`, `/@{handle}`); nil when a handle alone
    /// cannot name a page (a Mastodon handle needs its instance).
    public var mentionPath: String?
    /// Matches `/@user` URLs on hosts no other row claims (the fediverse: any instance).
    public var matchesAnyHost: Bool
    /// The earliest date a source on this platform can carry (launch, or the launch of the feature cited).
    public var foundedDate: CalendarDate

    /// The handle rule for a source of `kind`.
    public func handleRule(for kind: SourceKind) -> HandleRule? {
        handleRulesByKind[kind] ?? handleRule
    }
}

/// One URL shape of a platform: a path template, optional query captures, the kind it denotes
/// and the canonical form it becomes.
///
/// Templates are `/`-separated segments. In a segment, `{handle}`, `{id}` and `{owner}` capture text,
/// `{id:digits}` captures digits only, `*` matches the rest of the segment, and a final `**` segment
/// matches any further segments (`/photo/1`). Literals match without regard to case.
/// The canonical template uses the same names plus `{host}` (the platform's canonical host,
/// or the URL's host for `matchesAnyHost` rows).
public struct PathPattern: Hashable, Sendable {
    public var template: String
    /// Query parameters to capture: name → capture (`v` → `id` for `watch?v=`); all are required.
    public var query: [String: String]
    public var kind: SourceKind
    public var canonical: String
    /// Restricts the pattern to one host of the platform (`youtu.be`).
    public var host: String?

    public init(_ template: String, query: [String: String] = [:], kind: SourceKind, canonical: String, host: String? = nil) {
        self.template = template
        self.query = query
        self.kind = kind
        self.canonical = canonical
        self.host = host
    }
}
