import CiteproofProbe
import Foundation
import Testing

/// Concurrency limits, request identity, de-duplication and progress, observed from the server side.
@Suite struct SchedulingTests {
    @Test func perHostLimitCapsRequestsInFlight() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.perHostConcurrency = 2
        let requests = (0..<6).map { ProbeRequest(url: server.url("/hold?ms=150&id=\($0)")) }
        let results = await Prober(configuration: configuration).probe(requests)
        #expect(results.allSatisfy { $0.outcome == .ok })
        let logged = await server.requests(prefix: "/hold", atLeast: 6)
        #expect(logged.map(\.inFlight).max() == 2)
    }

    @Test func globalLimitCapsRequestsInFlight() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.maxConcurrency = 3
        configuration.perHostConcurrency = 10
        let requests = (0..<9).map { ProbeRequest(url: server.url("/hold?ms=150&id=\($0)")) }
        _ = await Prober(configuration: configuration).probe(requests)
        #expect(await server.requests(prefix: "/hold", atLeast: 9).map(\.inFlight).max() == 3)
    }

    @Test func perHostIntervalSpacesRequestStarts() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        _ = await probeOne(server.url("/ok"), configuration)  // warm the server so its timestamps are steady
        configuration.perHostInterval = 0.2
        let requests = (0..<4).map { ProbeRequest(url: server.url("/hold?ms=1&id=\($0)")) }
        let clock = ContinuousClock()
        let began = clock.now
        let results = await Prober(configuration: configuration).probe(requests)
        let elapsed = clock.now - began
        #expect(results.allSatisfy { $0.outcome == .ok })
        #expect(await server.requests(prefix: "/hold", atLeast: 4).count == 4)
        // The fourth request cannot start before three intervals have passed. Measured by the client: the server's
        // timestamps were the flaky measure (a loaded machine delays the server's handling of one request and not the
        // next, so their gap shrinks), whereas a load can only lengthen the client's run.
        #expect(elapsed >= .milliseconds(600))
    }

    /// More hosts than transfers in flight: each host keeps its connection between its requests, rather than
    /// libcurl closing idle connections to stay under the in-flight limit (which opened one per request).
    @Test func connectionsAreReusedAcrossManyHosts() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.maxConcurrency = 4
        configuration.perHostConcurrency = 1
        let hosts = (0..<40).map { "host\($0).test" }
        for host in hosts { configuration.resolve["\(host):\(server.port)"] = "127.0.0.1" }
        // Hosts take turns, so each host's next request comes after the other hosts' requests.
        let requests = (0..<3).flatMap { round in
            hosts.map { ProbeRequest(url: "http://\($0):\(server.port)/ok?round=\(round)") }
        }
        let results = await Prober(configuration: configuration).probe(requests)
        #expect(results.allSatisfy { $0.outcome == .ok })
        let logged = await server.requests(prefix: "/ok", atLeast: 120)
        #expect(logged.count == 120)
        #expect(Set(logged.compactMap(\.host)).count == 40)
        // One connection per host; a few more would be a closed keep-alive, not 120.
        #expect(Set(logged.map(\.connection)).count <= 44)
    }

    @Test func userAgentNamesCiteproof() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        _ = await probeOne(server.url("/ok"), configuration)
        configuration.userAgent = "citeproof-test/9.9"
        _ = await probeOne(server.url("/ok?second"), configuration)
        let agents = await server.requests(prefix: "/ok", atLeast: 2).map(\.ua)
        #expect(agents.contains { $0.hasPrefix("citeproof/\(ProbeConfiguration.version)") })
        #expect(agents.contains("citeproof-test/9.9"))
    }

    @Test func sameURLIsProbedOnce() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let url = server.url("/ok")
        let results = await Prober(configuration: loopbackConfiguration()).probe([
            ProbeRequest(url: url), ProbeRequest(url: server.url("/gone")), ProbeRequest(url: url),
        ])
        #expect(results.map(\.url) == [url, server.url("/gone")])
        #expect(await server.requests(prefix: "/ok", atLeast: 1).count == 1)
    }

    @Test func progressCountsEveryVerdict() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let seen = Locked<[ProbeProgress]>([])
        let requests = ["/ok", "/missing", "/chain/301", "/gone"].map { ProbeRequest(url: server.url($0)) }
            + [ProbeRequest(url: "ftp://example.org/")]
        _ = await Prober(configuration: loopbackConfiguration()).probe(requests) { progress in
            seen.withLock { $0.append(progress) }
        }
        let reports = seen.withLock { $0 }
        #expect(reports.map(\.done) == [1, 2, 3, 4, 5])
        #expect(reports.allSatisfy { $0.total == 5 })
        #expect(reports.last?.counts == [.ok: 1, .dead: 2, .redirected: 1, .unsupported: 1])
    }
}
