/// What `citeproof normalize` prints for one source: pure data, JSON-encodable.
public struct NormalizeResult: Hashable, Sendable, Codable {
    public var raw: String
    public var identity: SourceIdentity?
    /// Handle problems by the platform's rule.
    public var problems: [HandleProblem]
    /// Tracking parameters the normalized URL left out.
    public var removedParameters: [String]

    public init(raw: String, identity: SourceIdentity?, problems: [HandleProblem], removedParameters: [String]) {
        self.raw = raw
        self.identity = identity
        self.problems = problems
        self.removedParameters = removedParameters
    }
}

/// The `citeproof normalize` subcommand's logic, without printing.
public enum NormalizeOutput {
    /// Identifies each source and checks its handle.
    public static func results(
        for sources: [String], defaultHandlePlatform: Platform = .x, catalog: PlatformCatalog = .builtIn
    ) -> [NormalizeResult] {
        sources.map { raw in
            let identity = SourceNormalizer.identify(raw, defaultHandlePlatform: defaultHandlePlatform, catalog: catalog)
            var problems: [HandleProblem] = []
            if let identity, let handle = identity.handle, let platform = identity.platform.flatMap(catalog.platform(id:)) {
                problems = HandleCheck.validate(handle: handle, platform: platform, kind: identity.kind)
            }
            let removed = identity?.url == nil ? [] : URLNormalizer.normalize(SourceSpelling.tidy(raw), catalog: catalog)?.removedParameters ?? []
            return NormalizeResult(raw: raw, identity: identity, problems: problems, removedParameters: removed)
        }
    }

    /// One line per source, then one indented line per problem or removed parameter:
    ///
    ///     Twitter.com/KM94310 → x.com/km94310 (account, x)
    ///     Telegram.me/ab → t.me/ab (channel, telegram)
    ///       warning: Telegram name “ab” has 2 characters; Telegram allows 5–32 …
    public static func textLines(_ results: [NormalizeResult]) -> [String] {
        results.flatMap { result -> [String] in
            guard let identity = result.identity else { return ["\(result.raw) → (not a source)"] }
            let what = [identity.kind.rawValue, identity.platform].compactMap { $0 }.joined(separator: ", ")
            var lines = ["\(result.raw) → \(identity.canonical) (\(what))"]
            if let url = identity.url { lines.append("  url: \(url)") }
            lines += result.problems.map { "  \($0.severity.rawValue): \($0.message)" }
            if !result.removedParameters.isEmpty {
                lines.append("  removed tracking parameters: \(result.removedParameters.joined(separator: "&"))")
            }
            return lines
        }
    }
}
