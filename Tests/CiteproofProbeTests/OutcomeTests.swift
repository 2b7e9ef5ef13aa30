import CiteproofProbe
import Testing

/// Each outcome against the real server on 127.0.0.1.
@Suite struct OutcomeTests {
    @Test func pageThatExistsIsOK() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/ok"))
        #expect(result.outcome == .ok)
        #expect(result.httpStatus == 200)
        #expect(result.redirects.isEmpty)
        // HEAD was enough: no body was fetched.
        #expect(await server.requests(prefix: "/ok", atLeast: 1).map(\.method) == ["HEAD"])
    }

    @Test func permanentRedirectChainSuggestsTheNewURL() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/chain/301"))
        #expect(result.outcome == .redirected)
        #expect(result.redirects == [server.url("/chain/308"), server.url("/ok")])
        #expect(result.finalURL == server.url("/ok"))
        #expect(result.suggestedURL == server.url("/ok"))
    }

    @Test func temporaryRedirectIsOK() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/chain/302"))
        #expect(result.outcome == .ok)
        #expect(result.finalURL == server.url("/ok"))
        #expect(result.suggestedURL == nil)
    }

    @Test func suggestionStopsAtTheFirstTemporaryHop() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/chain/mixed"))
        #expect(result.outcome == .redirected)
        #expect(result.suggestedURL == server.url("/chain/temporary"))
        #expect(result.finalURL == server.url("/ok"))
    }

    @Test func redirectLoopIsUnverifiable() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/loop/a"))
        #expect(result.outcome == .unverifiable)
        #expect(result.detail.contains("redirect loop"))
        #expect(result.redirects == [server.url("/loop/b"), server.url("/loop/a")])
    }

    @Test func tooManyRedirectsStopAtTheLimit() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.maxRedirects = 1
        let result = await probeOne(server.url("/chain/301"), configuration)
        #expect(result.outcome == .unverifiable)
        #expect(result.redirects.count == 1)
    }

    @Test(arguments: [("/missing", 404), ("/gone", 410)])
    func notFoundAndGoneAreDead(path: String, status: Int) async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url(path))
        #expect(result.outcome == .dead)
        #expect(result.httpStatus == status)
        // A HEAD 404 is confirmed with GET before the link is called dead.
        #expect(await server.requests(prefix: path, atLeast: 2).map(\.method) == ["HEAD", "GET"])
    }

    @Test func headRefusedFallsBackToGET() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/head-405"))
        #expect(result.outcome == .ok)
        #expect(await server.requests(prefix: "/head-405", atLeast: 2).map(\.method) == ["HEAD", "GET"])
    }

    @Test func serverThatHangsUpOnHEADIsCheckedWithGET() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/head-hangup"))
        #expect(result.outcome == .ok)
        #expect(result.httpStatus == 200)
    }

    @Test func rateLimitHonoursRetryAfter() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/rate-limited-once?key=a"))
        #expect(result.outcome == .ok)
        let requests = await server.requests(prefix: "/rate-limited-once", atLeast: 2)
        #expect(requests.count == 2)
        // Retry-After: 1 was honoured, far above the 0.05 s backoff.
        if requests.count == 2 { #expect(requests[1].start - requests[0].end >= 900) }
    }

    @Test func persistentRateLimitIsUnverifiable() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/rate-limited"))
        #expect(result.outcome == .unverifiable)
        #expect(result.httpStatus == 429)
        #expect(result.detail.contains("after 2 attempts"))
    }

    @Test func serverErrorIsRetried() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.inspectPages = true  // one GET per attempt keeps the request count exact
        let result = await probeOne(server.url("/flaky?key=b"), configuration)
        #expect(result.outcome == .ok)
        #expect(await server.requests(prefix: "/flaky", atLeast: 2).count == 2)
    }

    @Test func persistentServerErrorIsUnreachable() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/always-500"))
        #expect(result.outcome == .unreachable)
        #expect(result.httpStatus == 500)
    }

    @Test func slowResponseTimesOutAsUnreachable() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.totalTimeout = 0.4
        let result = await probeOne(server.url("/slow"), configuration)
        #expect(result.outcome == .unreachable)
        #expect(result.detail.lowercased().contains("timeout"))
        #expect(result.detail.contains("after 2 attempts"))
        // No stopwatch bound: had the timeout not applied, the server's answer after 5 s would make
        // the outcome `.ok`, which the first expectation rules out whatever the machine's load.
    }

    @Test func refusedConnectionIsUnreachable() async throws {
        let server = try TestServer()
        let port = server.port
        server.stop()
        let result = await probeOne("http://127.0.0.1:\(port)/ok")
        #expect(result.outcome == .unreachable)
        #expect(result.httpStatus == nil)
    }

    @Test func titleSayingNotFoundIsSoft404() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.inspectPages = true
        let result = await probeOne(server.url("/soft-404-title"), configuration)
        #expect(result.outcome == .soft404)
        #expect(result.detail.contains("Page Not Found"))
    }

    @Test func deepLinkRedirectedToHomeIsSoft404() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/news/2021/04/some-story"))
        #expect(result.outcome == .soft404)
        #expect(result.finalURL == server.url("/"))
    }

    @Test func redirectToAnErrorPageIsSoft404() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/moved-to-error-page"))
        #expect(result.outcome == .soft404)
    }

    @Test func loginWallHostIsUnverifiableEvenWith200() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.resolve = ["x.com:\(server.port)": "127.0.0.1"]
        let result = await probeOne("http://x.com:\(server.port)/status/1234567890", configuration)
        #expect(result.outcome == .unverifiable)
        #expect(result.httpStatus == 200)
        #expect(await server.requests(prefix: "/status/", atLeast: 1).count == 1)  // really went to the server
    }

    @Test func oversizedHeadersAreRefused() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/huge-headers"))
        #expect(result.outcome == .unverifiable)
        #expect(result.detail.contains("headers exceed"))
    }

    @Test func nonHTTPSchemesAreUnsupported() async {
        let results = await Prober(configuration: loopbackConfiguration()).probe([
            ProbeRequest(url: "ftp://example.org/file"), ProbeRequest(url: "mailto:someone@example.org"),
            ProbeRequest(url: "not a url"),
        ])
        #expect(results.map(\.outcome) == [.unsupported, .unsupported, .unsupported])
    }

    @Test func redirectToFTPIsUnsupported() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/to-ftp"))
        #expect(result.outcome == .unsupported)
    }

    @Test func excludedHostsAndPatternsAreNotProbed() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.excludes = [.host("example.org"), try .regex("/gone$")]
        let results = await Prober(configuration: configuration).probe([
            ProbeRequest(url: "https://www.example.org/page"), ProbeRequest(url: server.url("/gone")),
            ProbeRequest(url: server.url("/ok")),
        ])
        #expect(results.map(\.outcome) == [.excluded, .excluded, .ok])
        #expect(await server.requests(prefix: "/", atLeast: 1).map(\.path) == ["/ok"])
    }

    @Test func invalidExclusionPatternIsAnError() {
        #expect(throws: (any Error).self) { try ProbeExclusion.regex("([") }
    }
}
