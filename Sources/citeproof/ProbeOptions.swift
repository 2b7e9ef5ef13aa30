import ArgumentParser
import CiteproofCore
import CiteproofProbe
import Foundation

/// `check --probe` and its settings (flags override `.citeproof.yml`'s `probe:` section).
struct ProbeOptions: ParsableArguments {
    @Flag(name: .long, help: "Ask every cited URL (canonical, de-tracked, once per run) whether it still answers.")
    var probe = false

    @Flag(name: .long, help: "With --probe: suggest a Wayback Machine snapshot near the cited date for dead links.")
    var archive = false

    @Option(name: .long, help: ArgumentHelp("With --probe: keep results between runs in FILE.", valueName: "file"))
    var cache: String?

    @Option(name: .long, help: "With --cache: reuse results younger than this many hours.")
    var cacheMaxAge: Double = 24 * 7

    @Option(name: .long, help: "With --probe: requests in flight at once.")
    var maxConcurrency: Int?

    @Option(name: .long, help: "With --probe: requests in flight to one host at once.")
    var perHostConcurrency: Int?

    @Option(name: .long, help: "With --probe: least seconds between two requests to one host (default 0.1; lychee's is 0.05).")
    var perHostInterval: Double?

    @Option(name: .long, help: "With --probe: extra attempts after a timeout, refused connection, 5xx or 429 (default 2).")
    var retries: Int?

    @Option(name: .long, help: "With --probe: seconds before one request is abandoned.")
    var timeout: Double?

    @Option(name: .long, help: "With --probe: the User-Agent header.")
    var userAgent: String?

    @Option(name: .long, help: ArgumentHelp("With --probe: never fetch URLs on this host (repeatable).", valueName: "host"))
    var excludeHost: [String] = []

    @Flag(name: .long, help: "With --probe: also fetch loopback and private-network addresses (intranets, tests).")
    var allowPrivateHosts = false

    @Flag(name: .long, help: "With --probe: read each page to compare its own publication date (slower).")
    var inspectPages = false

    @Flag(name: .long, help: "Check each quotation in a sentence carrying a note marker against the page the note cites (implies --probe --inspect-pages).")
    var quotes = false

    /// Whether the probe stage runs: `--probe`, or `--quotes`, which needs it.
    var probing: Bool { probe || quotes }

    @Option(name: .customLong("archive-endpoint"), help: .hidden)
    var archiveEndpoint: String?

    @Flag(name: .long, help: "No progress line (drafts read, URLs probed) on a terminal.")
    var quiet = false

    func validate() throws {
        if let m = maxConcurrency, m < 1 { throw ValidationError("--max-concurrency must be at least 1") }
        if let m = perHostConcurrency, m < 1 { throw ValidationError("--per-host-concurrency must be at least 1") }
        if let t = timeout, t <= 0 { throw ValidationError("--timeout must be positive") }
        if let i = perHostInterval, !(i >= 0 && i.isFinite) { throw ValidationError("--per-host-interval must be 0 or more seconds") }
        if let r = retries, r < 0 { throw ValidationError("--retries must be 0 or more") }
        if cacheMaxAge < 0 { throw ValidationError("--cache-max-age must not be negative") }
    }

    /// The probe configuration: built-in defaults, then the config file, then flags.
    func configuration(_ settings: ProbeSettings) throws -> ProbeConfiguration {
        var c = try ProbeConfiguration(settings: settings)
        if allowPrivateHosts { c.allowedAddressClasses = Set(AddressClass.allCases) }
        c.excludes += excludeHost.map { .host($0) }
        if let v = maxConcurrency { c.maxConcurrency = v }
        if let v = perHostConcurrency { c.perHostConcurrency = v }
        if let v = perHostInterval { c.perHostInterval = v }
        if let v = retries { c.retries = v }
        if let v = timeout { c.totalTimeout = v; c.connectTimeout = min(c.connectTimeout, v) }
        if let v = userAgent { c.userAgent = v }
        c.inspectPages = inspectPages || quotes
        c.archiveEndpoint = archive ? (archiveEndpoint ?? ProbeConfiguration.waybackAvailabilityEndpoint) : nil
        return c
    }
}
