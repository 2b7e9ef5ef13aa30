import CiteproofCore
import CiteproofProbe
import Testing

/// Archive suggestions from a real (local) availability API.
@Suite struct ArchiveTests {
    @Test func deadLinkGetsTheSnapshotClosestToTheCitedDate() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.archiveEndpoint = server.url("/wayback/available")
        let dead = server.url("/missing")
        let results = await Prober(configuration: configuration).probe([
            ProbeRequest(url: dead, citedDate: CalendarDate(year: 2021, month: 4, day: 3)),
            ProbeRequest(url: server.url("/ok")),
        ])
        #expect(results[0].outcome == .dead)
        #expect(results[0].archiveURL == "http://archive.example/web/20210403/\(dead)")
        #expect(results[1].archiveURL == nil)
        // Only the dead link was looked up, and its URL was percent-encoded.
        let lookups = await server.requests(prefix: "/wayback/", atLeast: 1)
        #expect(lookups.count == 1)
        #expect(lookups.first?.path.contains("url=http%3A%2F%2F127.0.0.1") == true)
    }

    @Test func noSnapshotMeansNoSuggestion() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.archiveEndpoint = server.url("/wayback/available")
        let result = await probeOne(server.url("/never-archived"), configuration)
        #expect(result.outcome == .dead)
        #expect(result.archiveURL == nil)
    }

    @Test func laterCitationDoesNotMoveTheSnapshotDate() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.archiveEndpoint = server.url("/wayback/available")
        let url = server.url("/gone")
        let results = await Prober(configuration: configuration).probe([
            ProbeRequest(url: url, citedDate: CalendarDate(year: 2022, month: 1, day: 1)),
            ProbeRequest(url: url, citedDate: CalendarDate(year: 2020, month: 6, day: 15)),
        ])
        #expect(results.count == 1)
        #expect(results[0].archiveURL?.contains("/web/20200615/") == true)
    }
}
