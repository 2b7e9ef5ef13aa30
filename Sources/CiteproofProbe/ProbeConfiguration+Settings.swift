import CiteproofCore

extension ProbeConfiguration {
    /// The built-in defaults with a `.citeproof.yml` file's `probe:` section over them (flags, where a
    /// program has them, go over this). Throws for an `exclude` entry that is not a valid expression.
    public init(settings: ProbeSettings) throws {
        self.init()
        if let v = settings.maxConcurrency { self.maxConcurrency = v }
        if let v = settings.perHostConcurrency { self.perHostConcurrency = v }
        if let v = settings.perHostInterval { self.perHostInterval = v }
        if let v = settings.retries { self.retries = v }
        if let v = settings.timeoutSeconds { self.totalTimeout = v; self.connectTimeout = min(self.connectTimeout, v) }
        if let v = settings.userAgent { self.userAgent = v }
        if settings.allowPrivateHosts == true { self.allowedAddressClasses = Set(AddressClass.allCases) }
        for entry in settings.exclude {
            self.excludes.append(entry.contains(where: { "^$*+?()[]{}|\\".contains($0) }) ? try ProbeExclusion.regex(entry) : .host(entry))
        }
    }
}
