import CiteproofCore
import Foundation

/// The probe stage of `CheckRun`, with libcurl: every requested URL once, reusing and updating a
/// cache file when one is given.
public struct CurlLinkProber: LinkProber {
    public var configuration: ProbeConfiguration
    /// A JSON cache kept between runs (`--cache`), safe to share between processes; nil probes everything afresh.
    public var cachePath: String?
    /// Seconds a cached success stays valid.
    public var cacheMaxAge: TimeInterval
    /// Called as verdicts arrive (for a progress bar).
    public var progress: (@Sendable (ProbeProgress) -> Void)?

    public init(
        configuration: ProbeConfiguration, cachePath: String? = nil, cacheMaxAge: TimeInterval = 7 * 24 * 3600,
        progress: (@Sendable (ProbeProgress) -> Void)? = nil
    ) {
        self.configuration = configuration
        self.cachePath = cachePath
        self.cacheMaxAge = cacheMaxAge
        self.progress = progress
    }

    public func check(_ requests: [LinkRequest]) throws -> [String: LinkCheck] {
        let probeRequests = requests.map { ProbeRequest(url: $0.url, citedDate: $0.citedDate, keepsPage: $0.keepsPage) }
        guard !probeRequests.isEmpty else { return [:] }
        var cache: ProbeCache?
        if let cachePath {
            do {
                cache = try ProbeCache.load(from: URL(fileURLWithPath: cachePath), maxAge: cacheMaxAge)
            } catch {
                throw ProbeStageError("\(cachePath): the probe cache cannot be read (\(error)); delete it to start afresh")
            }
        }
        let prober = Prober(configuration: configuration)
        let box = ResultBox()
        let semaphore = DispatchSemaphore(value: 0)
        let report = progress
        let initial = cache
        // The CLI is synchronous; the prober is async: wait for it on this thread.
        Task.detached {
            if var c = initial {
                let results = await prober.probe(probeRequests, cache: &c, progress: report)
                box.set(results, c)
            } else {
                box.set(await prober.probe(probeRequests, progress: report), nil)
            }
            semaphore.signal()
        }
        semaphore.wait()
        let (results, updated) = box.get()
        if let cachePath, var updated {
            // Merged with what other processes (shards) saved meanwhile, under a lock.
            do { try updated.saveMerging(to: URL(fileURLWithPath: cachePath)) } catch {
                throw ProbeStageError("\(cachePath): cannot write the probe cache (\(error))")
            }
        }
        var checks: [String: LinkCheck] = [:]
        for r in results { checks[r.url] = r }
        return checks
    }

    /// The probe stage could not run (its cache cannot be read or written).
    public struct ProbeStageError: Error, CustomStringConvertible {
        public var description: String
        init(_ d: String) { description = d }
    }

    private final class ResultBox: @unchecked Sendable {
        private var results: [ProbeResult] = []
        private var cache: ProbeCache?
        private let lock = NSLock()
        func set(_ r: [ProbeResult], _ c: ProbeCache?) { lock.lock(); results = r; cache = c; lock.unlock() }
        func get() -> ([ProbeResult], ProbeCache?) { lock.lock(); defer { lock.unlock() }; return (results, cache) }
    }
}
