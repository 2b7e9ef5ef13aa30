/// One row of the platform table: everything citeproof knows about a platform or a web archive, as data.
///
/// Like lychee's quirks table, behaviour lives in the rows (`PlatformTable.swift`), not in code branches:
/// the normalizer reads hosts, aliases, paths and handle rules; the date rules read the launch and
/// the identifier clock; the URL normalizer reads the tracking parameters; the probe reads the login
/// wall; the reports and the date rules read the archive behaviour. A run reads the rows through a
/// `PlatformCatalog` (the built-in rows, extended by `.citeproof.yml`).
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
    /// The earliest day a source on the platform can carry, and what that day was (every built-in
    /// row has one; a configured platform may not).
    public var launch: PlatformLaunch?
    /// How the platform's post or message ids encode their creation time; nil when they do not.
    public var identifierClock: IdentifierClock? = nil
    /// Query parameters that track a click on this platform's hosts (after ClearURLs' per-site providers).
    /// Parameters that identify content (`watch?v=`, `profile.php?id=`) are never listed.
    public var trackingParameters: TrackingParameters = TrackingParameters()
    /// How the site answers anonymous clients; nil when its answers can be trusted.
    public var loginWall: LoginWall? = nil
    /// For web archives: how a capture URL encodes its time. Archive rows identify no sources
    /// (a capture's source is the page archived), so the normalizer passes them by.
    public var archive: ArchiveCapture? = nil

    /// The handle rule for a source of `kind`.
    public func handleRule(for kind: SourceKind) -> HandleRule? {
        handleRulesByKind[kind] ?? handleRule
    }

    /// Whether `host` is one of the row's hosts or a subdomain of one.
    public func isWithin(host: String) -> Bool {
        hosts.contains { host == $0 || host.hasSuffix("." + $0) }
    }
}

/// When a platform began to carry the sources citations name.
public struct PlatformLaunch: Hashable, Sendable {
    /// The first day anyone could post (the earliest date a post on the platform can carry).
    public var date: CalendarDate
    /// The first day of public channels, when they came later (Telegram); channels and their posts date from it.
    public var channels: CalendarDate?
    /// What `date` is, quoted in the finding's evidence: "the first tweet, March 21, 2006".
    public var event: String

    public init(_ iso: String, channels: String? = nil, event: String) {
        guard let date = CalendarDate(iso: iso), channels.map({ CalendarDate(iso: $0) != nil }) ?? true else {
            preconditionFailure("platform table holds an impossible date \(iso) / \(channels ?? "")")
        }
        self.date = date
        self.channels = channels.flatMap { CalendarDate(iso: $0) }
        self.event = event
    }

    public init(date: CalendarDate, channels: CalendarDate? = nil, event: String) {
        self.date = date
        self.channels = channels
        self.event = event
    }
}

/// How a platform's ids encode their creation time: which decoder, for which kinds of source.
public struct IdentifierClock: Hashable, Sendable {
    /// What the id is called in findings: "X status ID".
    public var name: String
    /// The kinds of source whose `id` the clock reads (`post`, `message`).
    public var kinds: Set<SourceKind>
    public var scheme: Scheme

    public enum Scheme: Hashable, Sendable {
        /// `(id >> 22) + epoch` milliseconds (X/Twitter, Discord). IDs below `sequentialBelow` predate it.
        case snowflake(epochMilliseconds: Int64, sequentialBelow: UInt64)
        /// `id >> 32` seconds since 1970 (TikTok video IDs).
        case highSeconds
        /// AT Protocol TID: 13 base32-sortable characters, microseconds since 1970 in bits 10…62.
        case atprotoTID
    }

    public init(name: String, kinds: Set<SourceKind> = [.post], scheme: Scheme) {
        self.name = name
        self.kinds = kinds
        self.scheme = scheme
    }
}

/// A platform's tracking parameters: exact names (compared without regard to case) and name prefixes.
public struct TrackingParameters: Hashable, Sendable {
    public var names: [String]
    public var prefixes: [String]

    public init(_ names: [String] = [], prefixes: [String] = []) {
        self.names = names
        self.prefixes = prefixes
    }

    /// Whether the lowercased `name` is one of them.
    func matches(_ name: String) -> Bool {
        names.contains(name) || prefixes.contains { name.hasPrefix($0) }
    }
}

/// A site whose answers to anonymous clients prove nothing about the linked page.
public struct LoginWall: Hashable, Sendable {
    public enum Shape: String, Hashable, Sendable {
        /// HTTP 200 with the same shell page whether or not the post exists.
        case sameShellPage
        /// A redirect to a login page for any post.
        case redirectToLogin
        /// HTTP 200 with a login page in place of the post.
        case loginPage
        /// A login page, or a non-standard status (LinkedIn's 999) for anonymous clients.
        case loginPageOrStatus999
    }

    public var shape: Shape
    /// Why a 200 from it proves nothing, shown in the probe result's detail.
    public var reason: String

    public init(_ shape: Shape, reason: String) {
        self.shape = shape
        self.reason = reason
    }
}

/// How an archive's capture URLs encode when the capture was taken.
public enum ArchiveCapture: Hashable, Sendable {
    /// `/web/20210405083000/https://example.com/`: 4 to 14 digits (missing parts are the period's start),
    /// then the archived URL (the Wayback Machine).
    case waybackTimestamp
    /// `/2021.04.05-083000/https://example.com/` in the long form; short ids (`/AbC12`) encode nothing
    /// (archive.today).
    case datedPathSegment
    /// Opaque ids that encode no time (WebCite, Perma.cc).
    case opaque
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
