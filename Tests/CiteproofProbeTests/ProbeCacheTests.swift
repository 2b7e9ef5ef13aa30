import CiteproofProbe
import Foundation
import Testing

/// Results survive between runs; `dead` needs failures on two runs a day apart. The clock is injected.
@Suite struct ProbeCacheTests {
    let day: TimeInterval = 24 * 60 * 60
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func deadOnlyAfterTwoFailingRunsADayApart() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let url = server.url("/missing")
        var cache = ProbeCache(maxAge: 7 * day)

        let first = await Prober(configuration: loopbackConfiguration(), now: { start }).probe([ProbeRequest(url: url)], cache: &cache)
        #expect(first[0].outcome == .unreachable)
        #expect(first[0].httpStatus == 404)

        let sameDay = await Prober(configuration: loopbackConfiguration(), now: { start + 3600 }).probe([ProbeRequest(url: url)], cache: &cache)
        #expect(sameDay[0].outcome == .unreachable)

        let nextDay = await Prober(configuration: loopbackConfiguration(), now: { start + day + 60 }).probe([ProbeRequest(url: url)], cache: &cache)
        #expect(nextDay[0].outcome == .dead)
        // Every failing run probed again.
        #expect(await server.requests(prefix: "/missing", atLeast: 6).count == 6)
    }

    @Test func successIsReusedUntilMaxAgeThenProbedAgain() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let url = server.url("/ok")
        var cache = ProbeCache(maxAge: day)
        _ = await Prober(configuration: loopbackConfiguration(), now: { start }).probe([ProbeRequest(url: url)], cache: &cache)
        let reused = await Prober(configuration: loopbackConfiguration(), now: { start + 3600 }).probe([ProbeRequest(url: url)], cache: &cache)
        #expect(reused[0].outcome == .ok)
        #expect(reused[0].checkedAt == start)
        _ = await server.requests(prefix: "/ok", atLeast: 1)
        #expect(server.requests(prefix: "/ok").count == 1)
        let expired = await Prober(configuration: loopbackConfiguration(), now: { start + 2 * day }).probe([ProbeRequest(url: url)], cache: &cache)
        #expect(expired[0].checkedAt == start + 2 * day)
        #expect(await server.requests(prefix: "/ok", atLeast: 2).count == 2)
    }

    @Test func successEndsAFailureStreak() {
        var cache = ProbeCache(maxAge: 30 * day)
        let url = "https://example.org/a"
        func measured(_ outcome: ProbeOutcome, at date: Date) -> ProbeResult {
            ProbeResult(url: url, outcome: outcome, checkedAt: date, detail: "")
        }
        #expect(cache.record(measured(.dead, at: start), now: start).outcome == .unreachable)
        #expect(cache.record(measured(.ok, at: start + day), now: start + day).outcome == .ok)
        #expect(cache.record(measured(.dead, at: start + 2 * day), now: start + 2 * day).outcome == .unreachable)
        #expect(cache.record(measured(.dead, at: start + 3 * day), now: start + 3 * day).outcome == .dead)
        #expect(cache.reusableResult(for: url, now: start + 3 * day + 10)?.outcome == .dead)
    }

    @Test func roundTripsThroughAFile() throws {
        var cache = ProbeCache(maxAge: day)
        _ = cache.record(ProbeResult(url: "https://example.org/", outcome: .ok, httpStatus: 200, checkedAt: start, detail: "HTTP 200"), now: start)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("probe-cache-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try cache.save(to: file)
        #expect(try ProbeCache.load(from: file, maxAge: day) == cache)
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString).json")
        #expect(try ProbeCache.load(from: missing, maxAge: day).entries.isEmpty)
        try Data("{not json".utf8).write(to: file)
        #expect(throws: (any Error).self) { try ProbeCache.load(from: file, maxAge: day) }
    }
}

/// Several processes (shards) share one cache file: each save merges what the others saved meanwhile.
@Suite struct SharedProbeCacheTests {
    let day: TimeInterval = 24 * 60 * 60
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    func result(_ url: String, _ outcome: ProbeOutcome, at date: Date) -> ProbeResult {
        ProbeResult(url: url, outcome: outcome, checkedAt: date, detail: "")
    }

    @Test func mergeKeepsTheNewerEntryAndTheEarlierFailureStreak() {
        var ours = ProbeCache(maxAge: 30 * day)
        var theirs = ProbeCache(maxAge: 30 * day)
        _ = ours.record(result("https://a.example/", .ok, at: start), now: start)
        _ = theirs.record(result("https://a.example/", .ok, at: start + 60), now: start + 60)
        _ = theirs.record(result("https://b.example/", .ok, at: start), now: start)
        _ = ours.record(result("https://c.example/", .ok, at: start + 60), now: start + 60)
        _ = theirs.record(result("https://c.example/", .ok, at: start), now: start)
        // A failure first seen by the other process, seen again later by this one.
        _ = theirs.record(result("https://d.example/", .dead, at: start), now: start)
        _ = ours.record(result("https://d.example/", .dead, at: start + 3600), now: start + 3600)
        ours.merge(theirs)
        #expect(ours.entries.keys.sorted() == ["https://a.example/", "https://b.example/", "https://c.example/", "https://d.example/"])
        #expect(ours.entries["https://a.example/"]?.result.checkedAt == start + 60)
        #expect(ours.entries["https://c.example/"]?.result.checkedAt == start + 60)
        #expect(ours.entries["https://d.example/"]?.result.checkedAt == start + 3600)
        #expect(ours.entries["https://d.example/"]?.firstFailureAt == start, "the streak began at the first failure either saw")
        // Confirmed a day after the first failure, whichever process saw it.
        #expect(ours.record(result("https://d.example/", .dead, at: start + day), now: start + day).outcome == .dead)
    }

    @Test func concurrentWritersLoseNoEntries() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("shared-cache-\(UUID().uuidString).json")
        defer {
            try? FileManager.default.removeItem(at: file)
            try? FileManager.default.removeItem(atPath: file.path + ".lock")
        }
        let rounds = 25
        let start = self.start
        let errors = ErrorLog()
        // Each writer loads the file, adds its own URLs and saves, as a shard's run does, over and over;
        // the two interleave freely (each save re-reads and merges under the lock).
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            for round in 0..<rounds {
                do {
                    var cache = try ProbeCache.load(from: file, maxAge: 30 * 24 * 3600)
                    let url = "https://writer\(writer).example/\(round)"
                    _ = cache.record(ProbeResult(url: url, outcome: .ok, checkedAt: start, detail: ""), now: start)
                    try cache.saveMerging(to: file)
                } catch {
                    errors.add("\(error)")
                }
            }
        }
        #expect(errors.all.isEmpty, "\(errors.all)")
        let saved = try ProbeCache.load(from: file, maxAge: 30 * 24 * 3600)
        let expected = (0..<2).flatMap { writer in (0..<rounds).map { "https://writer\(writer).example/\($0)" } }
        #expect(saved.entries.keys.sorted() == expected.sorted())
    }

    final class ErrorLog: @unchecked Sendable {
        private var errors: [String] = []
        private let lock = NSLock()
        func add(_ error: String) { lock.withLock { errors.append(error) } }
        var all: [String] { lock.withLock { errors } }
    }
}
