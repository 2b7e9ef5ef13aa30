/// The settings of a `.citeproof.yml` file, as values. Command-line flags override them.
public struct Configuration: Sendable, Equatable {
    /// The file the settings came from (nil for the defaults).
    public var path: String?
    /// Per-rule severity; `nil` turns the rule off. Feeds `CheckOptions.severityOverrides`.
    public var ruleSeverities: [String: Severity?]
    public var publishedDate: CalendarDate?
    public var failOn: FailThreshold?
    /// A named outlet → the canonical source id it stands for (for the normalize stage).
    public var sourceAliases: [String: String]
    /// Extensions of the platform table: extra hosts for a built-in platform, or new platforms (see `catalog`).
    public var platforms: [PlatformEntry]
    /// Extra query parameters to strip from URLs on every host (see `catalog`).
    public var trackingParameters: [String]
    public var probe: ProbeSettings

    public init(
        path: String? = nil, ruleSeverities: [String: Severity?] = [:], publishedDate: CalendarDate? = nil,
        failOn: FailThreshold? = nil, sourceAliases: [String: String] = [:], platforms: [PlatformEntry] = [],
        trackingParameters: [String] = [], probe: ProbeSettings = ProbeSettings()
    ) {
        self.path = path
        self.ruleSeverities = ruleSeverities
        self.publishedDate = publishedDate
        self.failOn = failOn
        self.sourceAliases = sourceAliases
        self.platforms = platforms
        self.trackingParameters = trackingParameters
        self.probe = probe
    }
}

extension Configuration {
    /// The built-in platform table with this file's `platforms:` and `trackingParameters:`.
    public var catalog: PlatformCatalog {
        PlatformCatalog.builtIn.extended(with: platforms, trackingParameters: trackingParameters)
    }
}

/// The least severity at which `check` exits 1; `none` never fails on findings.
public enum FailThreshold: String, Sendable, CaseIterable {
    case error, warning, note, none

    /// What `check` fails on when neither `--fail-on` nor the configuration says.
    public static let defaultThreshold: FailThreshold = .error

    /// The severity threshold, or nil for `none`.
    public var severity: Severity? { Severity(rawValue: rawValue) }
}

/// One `platforms:` entry: extends the built-in row of that id, or adds a new platform row for the run.
public struct PlatformEntry: Sendable, Equatable {
    public var id: String
    /// Host names that belong to the platform (`social.example`); subdomains `www.` and `m.` are aliases.
    public var hosts: [String]
    /// The host canonical spellings use; the first of `hosts` when not given.
    public var canonicalHost: String?
    /// A regular expression a handle must match (replaces a built-in row's handle rule).
    public var handlePattern: String?
    /// The display name in findings; the id when not given.
    public var name: String?
    /// The earliest date a post on the platform can carry (`date-before-platform`).
    public var launched: CalendarDate?
    /// URL shapes (`/@{handle}`, `/@{handle}/{id}`): `accountPath` and `postPath`, tried before a built-in row's own.
    public var paths: [PathPattern]

    public init(
        id: String, hosts: [String], canonicalHost: String? = nil, handlePattern: String? = nil, name: String? = nil,
        launched: CalendarDate? = nil, paths: [PathPattern] = []
    ) {
        self.id = id
        self.hosts = hosts
        self.canonicalHost = canonicalHost
        self.handlePattern = handlePattern
        self.name = name
        self.launched = launched
        self.paths = paths
    }

    /// The path pattern a configured `accountPath` (`kind: .account`) or `postPath` (`.post`) stands for:
    /// `/@{handle}/{id:digits}` becomes `{host}/@{handle}/{id}`. Nil when the template is not a
    /// `/`-rooted path of literals and `{handle}`, `{id}`, `{id:digits}` captures naming what the kind needs.
    public static func pathPattern(_ template: String, kind: SourceKind) -> PathPattern? {
        guard template.hasPrefix("/"), !template.contains("*"), !template.contains("?"),
            template.contains("{handle}"), kind == .account || template.contains("{id")
        else { return nil }
        let captures = PathTemplate.tokens(Substring(template.replacingEvery("/", with: ""))).compactMap { token -> String? in
            if case .capture(let name, _) = token { return name }
            return nil
        }
        guard captures.allSatisfy({ $0 == "handle" || $0 == "id" }) else { return nil }
        let canonical = "{host}" + template.replacingEvery("{id:digits}", with: "{id}")
        return PathPattern(template, kind: kind, canonical: canonical)
    }
}

/// Settings for the URL probe (`--probe`). Unset values keep the probe's defaults.
public struct ProbeSettings: Sendable, Equatable {
    /// Hosts or regular expressions whose URLs are never fetched.
    public var exclude: [String]
    public var maxConcurrency: Int?
    public var perHostConcurrency: Int?
    /// Seconds between the starts of two requests to one host.
    public var perHostInterval: Double?
    /// Extra attempts after a timeout, connection failure, 5xx or 429.
    public var retries: Int?
    public var timeoutSeconds: Double?
    public var userAgent: String?
    public var allowPrivateHosts: Bool?

    public init(
        exclude: [String] = [], maxConcurrency: Int? = nil, perHostConcurrency: Int? = nil, perHostInterval: Double? = nil,
        retries: Int? = nil, timeoutSeconds: Double? = nil, userAgent: String? = nil, allowPrivateHosts: Bool? = nil
    ) {
        self.perHostInterval = perHostInterval
        self.retries = retries
        self.exclude = exclude
        self.maxConcurrency = maxConcurrency
        self.perHostConcurrency = perHostConcurrency
        self.timeoutSeconds = timeoutSeconds
        self.userAgent = userAgent
        self.allowPrivateHosts = allowPrivateHosts
    }
}

/// A configuration file that cannot be used: names the file, the line and the key.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): \(message)" }
}
