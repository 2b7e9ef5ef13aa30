import CiteproofCore
import Foundation

/// The event loop of one probe run: schedules requests, drives the curl multi handle, classifies responses and
/// reports progress. Everything here runs on one thread; only `ProbeResult`s and `ProbeProgress` leave it.
final class ProbeEngine {
    private let configuration: ProbeConfiguration
    private let now: @Sendable () -> Date
    private let progress: (@Sendable (ProbeProgress) -> Void)?
    private let isCancelled: @Sendable () -> Bool
    private let classifier: ResponseClassifier
    private var scheduler: HostScheduler
    private var jobs: [ProbeJob]
    /// Filled in as verdicts arrive; `concluded` says which slots are real.
    private var results: [ProbeResult]
    private var concluded: [Bool]
    private var report: ProbeProgress
    private var unfinished: Int
    private var random = SystemRandomNumberGenerator()

    /// `jobs` are probed; `report` already counts verdicts reached without the network.
    init(
        configuration: ProbeConfiguration, jobs: [ProbeJob], report: ProbeProgress,
        now: @escaping @Sendable () -> Date, progress: (@Sendable (ProbeProgress) -> Void)?,
        isCancelled: @escaping @Sendable () -> Bool
    ) {
        self.configuration = configuration
        self.now = now
        self.progress = progress
        self.isCancelled = isCancelled
        self.classifier = ResponseClassifier(configuration: configuration, exclusions: ExclusionMatcher(configuration.excludes))
        self.scheduler = HostScheduler(
            maxActive: configuration.maxConcurrency, perHostLimit: configuration.perHostConcurrency,
            perHostIntervalSeconds: configuration.perHostInterval)
        self.jobs = jobs
        self.results = Array(repeating: ProbeResult(url: "", outcome: .unreachable, checkedAt: Date(timeIntervalSince1970: 0), detail: ""), count: jobs.count)
        self.concluded = Array(repeating: false, count: jobs.count)
        self.report = report
        self.unfinished = jobs.count
    }

    /// Runs until every job has a result, in the order of `jobs`.
    func run() -> [ProbeResult] {
        let hosts = Set(jobs.lazy.map(\.current.host)).count
        guard let driver = CurlMultiDriver(configuration: configuration, hosts: hosts) else {
            for index in jobs.indices { conclude(index, Verdict(outcome: .unreachable, detail: "libcurl failed to initialise")) }
            return takeResults()
        }
        let start = monotonicNow()
        for index in jobs.indices { scheduler.enqueue(job: index, host: jobs[index].current.host, notBefore: 0, now: start) }
        while unfinished > 0 {
            if isCancelled() {
                for index in jobs.indices where !concluded[index] {
                    conclude(index, Verdict(outcome: .unreachable, detail: "probe cancelled"))
                }
                break
            }
            startTransfers(driver)
            for (index, response) in driver.perform() {
                scheduler.finished(host: response.spec.host, now: monotonicNow())
                handle(index, response)
            }
            guard unfinished > 0 else { break }
            startTransfers(driver)
            driver.poll(timeoutMs: pollTimeout())
        }
        return takeResults()
    }

    /// Hands the results over without copying the array.
    private func takeResults() -> [ProbeResult] {
        let finished = results
        results = []
        return finished
    }

    private func startTransfers(_ driver: CurlMultiDriver) {
        let now = monotonicNow()
        while let (index, _) = scheduler.nextStart(now: now) {
            if jobs[index].startedAt == nil { jobs[index].startedAt = now }
            let spec = transferSpec(for: jobs[index])
            if !driver.start(spec, token: index) {
                scheduler.finished(host: spec.host, now: now)
                conclude(index, Verdict(outcome: .unreachable, detail: "libcurl refused to start the request"))
            }
        }
    }

    private func transferSpec(for job: ProbeJob) -> TransferSpec {
        switch job.phase {
        case .probing:
            return TransferSpec(
                url: job.current.string, host: job.current.host, method: job.method, body: job.method == .get ? .html : .none,
                allowedAddresses: configuration.allowedAddressClasses)
        case .archiveLookup:
            // The archive endpoint is trusted configuration, so the address guard does not apply to it.
            return TransferSpec(url: job.current.string, host: job.current.host, method: .get, body: .any, allowedAddresses: nil)
        }
    }

    private func handle(_ index: Int, _ response: TransferResponse) {
        if jobs[index].phase == .archiveLookup {
            archiveAnswered(index, response)
            return
        }
        switch classifier.advance(&jobs[index], with: response, random: &random) {
        case .retry(let delay):
            let now = monotonicNow()
            scheduler.enqueue(
                job: index, host: jobs[index].current.host, notBefore: now + UInt64(delay * 1e9), now: now)
        case .next:
            scheduler.enqueue(job: index, host: jobs[index].current.host, notBefore: 0, now: monotonicNow())
        case .verdict:
            verdictReached(index)
        }
    }

    private func verdictReached(_ index: Int) {
        jobs[index].verdict!.elapsedMs = elapsedMs(jobs[index])
        let verdict = jobs[index].verdict!
        let wantsArchive: Set<ProbeOutcome> = [.dead, .soft404, .unreachable]
        guard wantsArchive.contains(verdict.outcome), let endpoint = configuration.archiveEndpoint,
            let lookup = ParsedURL(
                WaybackAvailability.lookupURL(endpoint: endpoint, url: jobs[index].request.url, date: jobs[index].request.citedDate))
        else {
            conclude(index, verdict)
            return
        }
        jobs[index].phase = .archiveLookup
        jobs[index].current = lookup
        jobs[index].attempt = 0
        scheduler.enqueue(job: index, host: lookup.host, notBefore: 0, now: monotonicNow())
    }

    private func archiveAnswered(_ index: Int, _ response: TransferResponse) {
        var verdict = jobs[index].verdict!
        let transient = response.curlCode != 0 || ResponseClassifier.retryableStatuses.contains(response.status)
        if transient, jobs[index].attempt < configuration.retries {
            jobs[index].attempt += 1
            let delay = min(configuration.maxRetryDelay, Double(response.retryAfterSeconds ?? 0) + configuration.retryBaseDelay)
            let now = monotonicNow()
            scheduler.enqueue(job: index, host: jobs[index].current.host, notBefore: now + UInt64(delay * 1e9), now: now)
            return
        }
        if (200..<300).contains(response.status), response.curlCode == 0 {
            verdict.archiveURL = WaybackAvailability.snapshotURL(from: response.body)
        }
        conclude(index, verdict)
    }

    private func conclude(_ index: Int, _ verdict: Verdict) {
        guard !concluded[index] else { return }
        concluded[index] = true
        let job = jobs[index]
        let elapsed = verdict.elapsedMs ?? elapsedMs(job)
        results[index] = ProbeResult(
            url: job.request.url, outcome: verdict.outcome, httpStatus: verdict.httpStatus, finalURL: verdict.finalURL,
            redirects: verdict.redirects, suggestedURL: verdict.suggestedURL, elapsedMs: elapsed, checkedAt: now(),
            archiveURL: verdict.archiveURL, pageDate: verdict.pageDate, detail: verdict.detail, pageBody: verdict.pageBody,
            pageTruncated: verdict.pageTruncated)
        unfinished -= 1
        report.done += 1
        report.counts[verdict.outcome, default: 0] += 1
        progress?(report)
    }

    private func elapsedMs(_ job: ProbeJob) -> Int {
        job.startedAt.map { Int((monotonicNow() - $0) / 1_000_000) } ?? 0
    }

    private func pollTimeout() -> Int {
        let cap = 200  // bounds how late a cancellation is noticed
        guard let due = scheduler.nextTimer else { return cap }
        let now = monotonicNow()
        return due <= now ? 0 : min(cap, Int((due - now) / 1_000_000) + 1)
    }

    private func monotonicNow() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
