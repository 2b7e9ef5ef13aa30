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
    /// Extra platform-table entries (for the normalize stage).
    public var platforms: [PlatformEntry]
    /// Extra query parameters to strip from URLs (for the normalize stage).
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

/// The least severity at which `check` exits 1; `none` never fails on findings.
public enum FailThreshold: String, Sendable, CaseIterable {
    case error, warning, note, none

    /// What `check` fails on when neither `--fail-on` nor the configuration says.
    public static let defaultThreshold: FailThreshold = .error

    /// The severity threshold, or nil for `none`.
    public var severity: Severity? { Severity(rawValue: rawValue) }
}

/// One extra platform for the normalizer's platform table.
public struct PlatformEntry: Sendable, Equatable {
    public var id: String
    /// Host names that belong to the platform (`mastodon.social`).
    public var hosts: [String]
    /// The host canonical spellings use; the first of `hosts` when not given.
    public var canonicalHost: String?
    /// A regular expression a handle must match.
    public var handlePattern: String?

    public init(id: String, hosts: [String], canonicalHost: String? = nil, handlePattern: String? = nil) {
        self.id = id
        self.hosts = hosts
        self.canonicalHost = canonicalHost
        self.handlePattern = handlePattern
    }
}

/// Settings for the URL probe (`--probe`). Unset values keep the probe's defaults.
public struct ProbeSettings: Sendable, Equatable {
    /// Hosts or regular expressions whose URLs are never fetched.
    public var exclude: [String]
    public var maxConcurrency: Int?
    public var perHostConcurrency: Int?
    public var timeoutSeconds: Double?
    public var userAgent: String?
    public var allowPrivateHosts: Bool?

    public init(
        exclude: [String] = [], maxConcurrency: Int? = nil, perHostConcurrency: Int? = nil,
        timeoutSeconds: Double? = nil, userAgent: String? = nil, allowPrivateHosts: Bool? = nil
    ) {
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
