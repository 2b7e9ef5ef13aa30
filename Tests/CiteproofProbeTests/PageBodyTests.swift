import CiteproofCore
@testable import CiteproofProbe
import Foundation
import Testing

/// The page bodies the quote stage reads: kept only when a request asks, only for pages read, never cached.
@Suite struct PageBodyTests {
    func configuration() -> ProbeConfiguration {
        var c = loopbackConfiguration()
        c.inspectPages = true
        return c
    }

    @Test func aRequestThatKeepsItsPageGetsTheHTML() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let results = await Prober(configuration: configuration()).probe([
            ProbeRequest(url: server.url("/article"), keepsPage: true), ProbeRequest(url: server.url("/ok")),
        ])
        #expect(results[0].outcome == .ok)
        let body = String(decoding: try #require(results[0].pageBody), as: UTF8.self)
        #expect(body.contains("<title>Campaign launches</title>"))
        #expect(results[1].pageBody == nil, "a request that does not ask keeps nothing")
    }

    @Test func twoRequestsForOnePageFetchItOnceAndKeepIt() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let results = await Prober(configuration: configuration()).probe([
            ProbeRequest(url: server.url("/ok")), ProbeRequest(url: server.url("/ok"), keepsPage: true),
        ])
        #expect(results.count == 1)
        #expect(results[0].pageBody != nil)
        #expect(server.requests(prefix: "/ok").count == 1)
    }

    @Test func aPageCutAtTheBodyLimitIsMarkedTruncated() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let big = await Prober(configuration: configuration()).probe([ProbeRequest(url: server.url("/big-page"), keepsPage: true)])[0]
        #expect(big.pageBody?.count == configuration().maxBodyBytes)
        #expect(big.pageTruncated)
        let small = await Prober(configuration: configuration()).probe([ProbeRequest(url: server.url("/article"), keepsPage: true)])[0]
        #expect(!small.pageTruncated)
    }

    @Test func noBodyForPagesThatWereNotRead() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var c = configuration()
        c.loginWallHosts = [LoginWallHost(domain: "127.0.0.1", reason: "a login wall")]
        let walled = await Prober(configuration: c).probe([ProbeRequest(url: server.url("/ok"), keepsPage: true)])[0]
        #expect(walled.outcome == .unverifiable)
        #expect(walled.pageBody == nil)
        let missing = await Prober(configuration: configuration()).probe([ProbeRequest(url: server.url("/missing"), keepsPage: true)])[0]
        #expect(missing.outcome == .dead)
        #expect(missing.pageBody == nil)
    }

    @Test func theCacheNeitherStoresBodiesNorAnswersForAPageToKeep() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let prober = Prober(configuration: configuration())
        var cache = ProbeCache()
        _ = await prober.probe([ProbeRequest(url: server.url("/article"), keepsPage: true)], cache: &cache)
        #expect(cache.entries.values.allSatisfy { $0.result.pageBody == nil }, "the cache holds verdicts, not pages")
        let encoded = String(decoding: try JSONEncoder().encode(cache), as: UTF8.self)
        #expect(!encoded.contains("Campaign launches"))
        // A cached verdict has no page: a request to keep it is fetched again.
        let again = await prober.probe([ProbeRequest(url: server.url("/article"), keepsPage: true)], cache: &cache)
        #expect(again[0].pageBody != nil)
        #expect(server.requests(prefix: "/article").count == 2)
    }
}
