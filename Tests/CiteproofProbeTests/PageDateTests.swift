import CiteproofCore
@testable import CiteproofProbe
import Testing

/// The page's own publication date, read from the bounded body prefix when a GET was made.
@Suite struct PageDateTests {
    @Test func articlePublishedTimeIsRead() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.inspectPages = true
        let result = await probeOne(server.url("/article"), configuration)
        #expect(result.outcome == .ok)
        #expect(result.pageDate == CalendarDate(year: 2021, month: 4, day: 3))
    }

    @Test func jsonLDDatePublishedIsRead() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.inspectPages = true
        let result = await probeOne(server.url("/article-jsonld"), configuration)
        #expect(result.pageDate == CalendarDate(year: 2020, month: 11, day: 5))
    }

    @Test func noDateWithoutAGET() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/article"))
        #expect(result.outcome == .ok)
        #expect(result.pageDate == nil)
    }

    @Test func onlyTheFirstMebibyteIsRead() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.inspectPages = true
        let result = await probeOne(server.url("/big-page"), configuration)
        #expect(result.outcome == .ok)
        #expect(result.pageDate == nil)  // its date sits 1.5 MiB in, beyond the prefix
    }

    @Test func scannerPrefersMetaOverTimeAndSkipsComments() {
        let page = """
            <html><head><!-- <meta property="article:published_time" content="1999-01-01"> -->
            <TITLE>  A &amp; B </TITLE>
            <meta content='2018-02-03T10:00:00Z' name="DC.date.issued">
            </head><body><time datetime="2017-05-06">May 6</time>
            <script>var s = "<meta property='article:published_time' content='2000-01-01'>";</script></body></html>
            """
        let facts = PageScanner.scan(Array(page.utf8))
        #expect(facts.title == "A & B")
        #expect(facts.publishedDate == CalendarDate(year: 2018, month: 2, day: 3))
    }

    @Test func scannerFallsBackToTimeElement() {
        let facts = PageScanner.scan(Array(#"<p>Posted <time class="x" datetime="2022/12/31">then</time>"#.utf8))
        #expect(facts.publishedDate == CalendarDate(year: 2022, month: 12, day: 31))
    }

    @Test func scannerSurvivesBrokenMarkup() {
        let facts = PageScanner.scan(Array("<title>unterminated <meta content=\"2020-01-01".utf8))
        #expect(facts.publishedDate == nil)
        #expect(PageScanner.scan(Array("<<<>>><".utf8)) == PageFacts())
    }

    @Test(arguments: ["Page Not Found", "404", "Error 404 - Example", "Seite nicht gefunden"])
    func notFoundTitles(title: String) { #expect(SoftNotFoundSigns.titleSaysNotFound(title)) }

    @Test(arguments: ["Found: a history", "The 4040 project", "Campaign launches"])
    func ordinaryTitles(title: String) { #expect(!SoftNotFoundSigns.titleSaysNotFound(title)) }
}
