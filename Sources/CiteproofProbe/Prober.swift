import CiteproofCore
import Foundation

/// Asks every cited URL whether it is still there.
///
/// All transfers of a run share one libcurl multi handle driven from one dedicated thread; only `ProbeResult`s
/// and `ProbeProgress` values cross back. Each distinct URL is probed once.
public struct Prober: Sendable {
    public let configuration: ProbeConfiguration
    private let now: @Sendable () -> Date

    /// `now` is the wall clock used for `checkedAt` and the cache; inject a fixed one in tests.
    public init(configuration: ProbeConfiguration = ProbeConfiguration(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.configuration = configuration
        self.now = now
    }

    /// Probes the distinct URLs of `requests` and returns one result per distinct URL, in first-seen order.
    /// `progress` is called (from the probe thread) after every verdict.
    public func probe(_ requests: [ProbeRequest], progress: (@Sendable (ProbeProgress) -> Void)? = nil) async
        -> [ProbeResult]
    {
        await run(distinct(requests), reused: [:], progress: progress)
    }

    /// Like `probe(_:progress:)`, reusing results from `cache` where it allows and recording fresh ones into it.
    public func probe(
        _ requests: [ProbeRequest], cache: inout ProbeCache, progress: (@Sendable (ProbeProgress) -> Void)? = nil
    ) async -> [ProbeResult] {
        let requests = distinct(requests)
        let start = now()
        var reused: [Int: ProbeResult] = [:]
        for (index, request) in requests.enumerated() {
            if !request.keepsPage, let result = cache.reusableResult(for: request.url, now: start) { reused[index] = result }
        }
        let results = await run(requests, reused: reused, progress: progress)
        let recordedAt = now()
        return results.enumerated().map { index, result in
            reused[index] != nil ? result : cache.record(result, now: recordedAt)
        }
    }

    private func run(
        _ requests: [ProbeRequest], reused: [Int: ProbeResult], progress: (@Sendable (ProbeProgress) -> Void)?
    ) async -> [ProbeResult] {
        var settled: [Int: ProbeResult] = [:]  // reached without probing
        var report = ProbeProgress(done: 0, total: requests.count, counts: [:])
        let jobs = JobHandoff()
        var jobIndices: [Int] = []
        let exclusions = ExclusionMatcher(configuration.excludes)
        for (index, request) in requests.enumerated() {
            let job = preflight(request, exclusions: exclusions)
            if let result = reused[index] ?? job.result {
                settled[index] = result
                report.done += 1
                report.counts[result.outcome, default: 0] += 1
            } else if let job = job.job {
                jobs.jobs.append(job)
                jobIndices.append(index)
            }
        }
        if report.done > 0 { progress?(report) }
        let probed = jobs.jobs.isEmpty ? [] : await runOnProbeThread(jobs, report: report, progress: progress)
        if probed.count == requests.count { return probed }  // nothing was settled without the network
        var results: [ProbeResult?] = Array(repeating: nil, count: requests.count)
        for (index, result) in settled { results[index] = result }
        for (position, result) in probed.enumerated() { results[jobIndices[position]] = result }
        return results.map { $0! }
    }

    /// Verdicts reached without the network: not a URL, not http(s), excluded by configuration.
    private func preflight(_ request: ProbeRequest, exclusions: ExclusionMatcher) -> (job: ProbeJob?, result: ProbeResult?) {
        func verdict(_ outcome: ProbeOutcome, _ detail: String) -> (ProbeJob?, ProbeResult?) {
            (nil, ProbeResult(url: request.url, outcome: outcome, checkedAt: now(), detail: detail))
        }
        guard let url = ParsedURL(request.url) else { return verdict(.unsupported, "not a valid URL") }
        guard url.isHTTP else { return verdict(.unsupported, "\(url.scheme): URLs are not probed") }
        if let excluded = exclusions.match(url) { return verdict(.excluded, excluded) }
        return (ProbeJob(request: request, url: url, method: configuration.inspectPages ? .get : .head), nil)
    }

    private func runOnProbeThread(
        _ jobs: JobHandoff, report: ProbeProgress, progress: (@Sendable (ProbeProgress) -> Void)?
    ) async -> [ProbeResult] {
        let cancellation = CancellationFlag()
        let configuration = configuration
        let now = now
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let thread = Thread {
                    let engine = ProbeEngine(
                        configuration: configuration, jobs: jobs.take(), report: report, now: now,
                        progress: progress, isCancelled: { cancellation.isSet })
                    continuation.resume(returning: engine.run())
                }
                thread.name = "citeproof-probe"
                thread.start()
            }
        } onCancel: {
            cancellation.set()
        }
    }

    private func distinct(_ requests: [ProbeRequest]) -> [ProbeRequest] {
        var order: [String] = []
        var byURL: [String: ProbeRequest] = [:]
        for request in requests {
            if let existing = byURL[request.url] {
                // Keep the earliest cited date: the archive snapshot should predate every citation.
                if let date = request.citedDate, existing.citedDate.map({ date < $0 }) ?? true {
                    byURL[request.url]?.citedDate = date
                }
                if request.keepsPage { byURL[request.url]?.keepsPage = true }
            } else {
                order.append(request.url)
                byURL[request.url] = request
            }
        }
        return order.map { byURL[$0]! }
    }
}

/// Moves the job list to the probe thread without leaving a second reference behind, so the engine's first
/// mutation does not copy every job.
private final class JobHandoff: @unchecked Sendable {
    var jobs: [ProbeJob] = []

    func take() -> [ProbeJob] {
        defer { jobs = [] }
        return jobs
    }
}

/// Set from any thread, read by the probe thread.
private final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
