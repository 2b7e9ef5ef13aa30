import Foundation

/// The configured exclusions, with patterns compiled once on the probe thread.
struct ExclusionMatcher {
    private let hosts: [String]
    private let patterns: [NSRegularExpression]

    init(_ exclusions: [ProbeExclusion]) {
        var hosts: [String] = []
        var patterns: [NSRegularExpression] = []
        for exclusion in exclusions {
            switch exclusion {
            case .host(let host): hosts.append(host.lowercased())
            case .pattern(let pattern):
                // Patterns made through `ProbeExclusion.regex` are known to compile; a bad raw one matches nothing.
                if let regex = try? NSRegularExpression(pattern: pattern) { patterns.append(regex) }
            }
        }
        self.hosts = hosts
        self.patterns = patterns
    }

    /// The exclusion that matches `url`, described, or nil.
    func match(_ url: ParsedURL) -> String? {
        if let host = hosts.first(where: { url.hostIsWithin($0) }) { return "host \(host) is excluded" }
        let range = NSRange(url.string.startIndex..., in: url.string)
        if let regex = patterns.first(where: { $0.firstMatch(in: url.string, range: range) != nil }) {
            return "matches excluded pattern \(regex.pattern)"
        }
        return nil
    }
}
