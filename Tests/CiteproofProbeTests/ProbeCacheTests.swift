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
