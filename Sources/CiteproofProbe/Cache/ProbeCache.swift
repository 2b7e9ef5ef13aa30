import Foundation

/// Probe results that survive between runs, as a JSON file. Successes are reused until `maxAge`; a failure is
/// re-probed on every run, and a URL is reported `dead` only once it has failed on two runs at least
/// `confirmationInterval` apart (`unreachable` until then), so one bad day never calls a live link dead.
/// The clock is passed in.
///
/// Several processes may share one file (shards of a run, parallel CI jobs): `saveMerging` re-reads the
/// file under an exclusive lock and merges it in before writing, so no process loses another's entries.
public struct ProbeCache: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Hashable {
        /// The result as last reported.
        public var result: ProbeResult
        /// What the network said on the last run, before the confirmation rule.
        public var measuredOutcome: ProbeOutcome
        /// When the current run of failures began; nil after a success.
        public var firstFailureAt: Date?
    }

    public static let formatVersion = 1
    public static let confirmationInterval: TimeInterval = 24 * 60 * 60

    public var version = ProbeCache.formatVersion
    /// Seconds a stored success stays valid.
    public var maxAge: TimeInterval
    public private(set) var entries: [String: Entry] = [:]

    public init(maxAge: TimeInterval = 7 * 24 * 60 * 60) {
        self.maxAge = maxAge
    }

    /// The cache in `file`, or an empty one when the file does not exist. A file in another format version is
    /// ignored (empty cache); unreadable JSON throws.
    public static func load(from file: URL, maxAge: TimeInterval) throws -> ProbeCache {
        guard FileManager.default.fileExists(atPath: file.path) else { return ProbeCache(maxAge: maxAge) }
        var cache = try decoder.decode(ProbeCache.self, from: Data(contentsOf: file))
        if cache.version != formatVersion { cache = ProbeCache(maxAge: maxAge) }
        cache.maxAge = maxAge
        return cache
    }

    /// Writes the cache atomically, with sorted keys so the file diffs cleanly.
    public func save(to file: URL) throws {
        try encoder.encode(self).write(to: file, options: .atomic)
    }

    /// Saves the cache without losing what other processes saved to `file` since this one loaded it: under an
    /// exclusive `flock(2)` on `file` + `.lock`, the file is read again, merged into this cache (`merge`), and
    /// written atomically. Readers never wait (they see the old file or the new one).
    public mutating func saveMerging(to file: URL) throws {
        let lock = try FileLock(path: file.path + ".lock")
        defer { lock.unlock() }
        merge(try ProbeCache.load(from: file, maxAge: maxAge))
        try save(to: file)
    }

    /// Takes `other`'s entries for URLs this cache lacks, or holds from an older check (`checkedAt`; on a tie
    /// this cache's entry stays). When both entries are failures, the streak starts at the earlier first
    /// failure, so the confirmation rule counts from the first run that saw the URL fail.
    public mutating func merge(_ other: ProbeCache) {
        for (url, theirs) in other.entries {
            guard let ours = entries[url] else {
                entries[url] = theirs
                continue
            }
            var newer = theirs.result.checkedAt > ours.result.checkedAt ? theirs : ours
            if let a = ours.firstFailureAt, let b = theirs.firstFailureAt, newer.firstFailureAt != nil {
                newer.firstFailureAt = min(a, b)
            }
            entries[url] = newer
        }
    }

    /// A stored result that may be reported at `now` without probing: younger than `maxAge`, and either not a
    /// failure or a confirmed `dead`.
    public func reusableResult(for url: String, now: Date) -> ProbeResult? {
        guard let entry = entries[url], now.timeIntervalSince(entry.result.checkedAt) <= maxAge,
            now >= entry.result.checkedAt
        else { return nil }
        switch entry.result.outcome {
        case .unreachable, .excluded, .unsupported: return nil
        default: return entry.result
        }
    }

    /// Stores a fresh measurement and returns the result to report, with the confirmation rule applied.
    public mutating func record(_ measured: ProbeResult, now: Date) -> ProbeResult {
        switch measured.outcome {
        case .excluded, .unsupported:
            return measured  // they depend on configuration, not on the site
        case .dead, .unreachable:
            let previous = entries[measured.url]
            let streakStart = previous?.firstFailureAt ?? now
            var reported = measured
            let confirmed = now.timeIntervalSince(streakStart) >= ProbeCache.confirmationInterval
            if measured.outcome == .dead, !confirmed {
                reported.outcome = .unreachable
                reported.detail += "; first failure, reported dead if it still fails a day from now"
            }
            entries[measured.url] = Entry(result: reported, measuredOutcome: measured.outcome, firstFailureAt: streakStart)
            return reported
        default:
            var stored = measured
            stored.pageBody = nil  // verdicts, not pages: the quote stage fetches its pages afresh
            entries[measured.url] = Entry(result: stored, measuredOutcome: measured.outcome, firstFailureAt: nil)
            return measured
        }
    }

    /// Drops entries older than `maxAge` at `now`.
    public mutating func prune(now: Date) {
        entries = entries.filter { now.timeIntervalSince($0.value.result.checkedAt) <= maxAge }
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    private var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return encoder
    }
}
