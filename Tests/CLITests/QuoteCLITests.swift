import Foundation
import Testing

/// `check --quotes` end to end: the saved pages of `Fixtures/quotes/pages` served by a real HTTP server
/// on 127.0.0.1 (a paywalled path redirects to a sign-in page), the draft `Fixtures/quotes/draft.md`
/// quoting them, every outcome of the quote stage asserted.
@Suite(.serialized) struct QuoteCLITests {
    static let fixtures = CLIRunner.packageRoot.appendingPathComponent("Fixtures/quotes")

    /// Python's http.server over the saved pages, logging every request path to `log`; `/members/…`
    /// answers 302 to `/login?next=…` (a login wall) and `/login` serves the sign-in page.
    final class PageServer {
        let process = Process()
        var port = 0
        let log: URL

        init(pages: URL, log: URL) throws {
            self.log = log
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "python3", "-u", "-c",
                """
                import http.server, sys, urllib.parse
                pages, log = sys.argv[1], sys.argv[2]
                class Handler(http.server.SimpleHTTPRequestHandler):
                    def __init__(self, *a, **k):
                        super().__init__(*a, directory=pages, **k)
                    def log_message(self, *a):
                        pass
                    def record(self):
                        with open(log, "a") as f:
                            f.write(self.command + " " + self.path + "\\n")
                    def do_HEAD(self):
                        self.record()
                        self.route()
                    def do_GET(self):
                        self.record()
                        self.route()
                    def route(self):
                        path = urllib.parse.urlsplit(self.path).path
                        if path.startswith("/members/"):
                            self.send_response(302)
                            self.send_header("Location", "/login?next=" + urllib.parse.quote(path))
                            self.send_header("Content-Length", "0")
                            self.end_headers()
                        elif path == "/login":
                            self.path = "/login.html"
                            super().do_GET() if self.command == "GET" else super().do_HEAD()
                        else:
                            super().do_GET() if self.command == "GET" else super().do_HEAD()
                server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
                print(server.server_address[1], flush=True)
                server.serve_forever()
                """,
                pages.path, log.path,
            ]
            port = try ProbeCLITests.LocalServer.startAndReadPort(process)
        }

        func requests() -> [String] {
            ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }

        func stop() {
            process.terminate()
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
    }

    /// The fixture draft with the server's address.
    static func draft(port: Int, in dir: URL) throws -> URL {
        let template = try String(contentsOf: fixtures.appendingPathComponent("draft.md"), encoding: .utf8)
        let draft = dir.appendingPathComponent("draft.md")
        try Data(template.replacingOccurrences(of: "{{BASE}}", with: "http://127.0.0.1:\(port)").utf8).write(to: draft)
        return draft
    }

    /// The `quotes` of every citation in the JSON report, by note label.
    static func quoteChecks(_ json: String) throws -> [String: [[String: Any]]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        var result: [String: [[String: Any]]] = [:]
        for document in documents {
            for note in document["footnotes"] as? [[String: Any]] ?? [] {
                let label = note["label"] as? String ?? "?"
                for citation in note["citations"] as? [[String: Any]] ?? [] {
                    if let quotes = citation["quotes"] as? [[String: Any]] { result[label, default: []] += quotes }
                }
            }
        }
        return result
    }

    @Test func everyOutcomeAgainstSavedPagesOnALocalServer() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try PageServer(pages: Self.fixtures.appendingPathComponent("pages"), log: dir.appendingPathComponent("requests.log"))
        defer { server.stop() }
        #expect(server.port > 0)
        let draft = try Self.draft(port: server.port, in: dir)

        let r = try CLIRunner.run(["check", draft.path, "--quotes", "--allow-private-hosts", "--format", "json", "--fail-on", "none"])
        #expect(r.exitCode == 0, "stderr: \(r.stderr)")
        let valid = try JSONSchemaTests.validate(r.stdout)
        #expect(valid.ok, "\(valid.output)")
        let checks = try Self.quoteChecks(r.stdout)
        func outcome(_ label: String) -> String? { checks[label]?.first?["outcome"] as? String }
        func field(_ label: String, _ key: String) -> Any? { checks[label]?.first?[key] }

        // News article: exact, across an ellipsis, with a bracketed insertion.
        #expect(outcome("1") == "found")
        #expect(field("1", "tier") as? String == "exact")
        #expect(field("1", "zone") as? String == "article")
        #expect(outcome("2") == "found")
        #expect(field("2", "tier") as? String == "elided")
        #expect(outcome("3") == "found")
        #expect(field("3", "tier") as? String == "elided")
        // A changed word: altered, with the page's own wording.
        #expect(outcome("4") == "altered")
        #expect(field("4", "passage") as? String == "We owe this to the dock workers who never stopped")
        #expect((field("4", "similarity") as? Int).map { $0 >= 80 && $0 < 100 } == true)
        // A reader's comment, not the article.
        #expect(outcome("5") == "outside-article")
        #expect(field("5", "zone") as? String == "comments")
        // Not on the page at all.
        #expect(outcome("6") == "not-found")
        // Blog: the post's text across an ellipsis; the sidebar's motto is boilerplate.
        #expect(outcome("7") == "found")
        #expect(outcome("8") == "outside-article")
        #expect(field("8", "zone") as? String == "boilerplate")
        // Arabic: tashkeel, tatweel, shadda and a Persian kaf on the page; none in the draft.
        #expect(outcome("9") == "found")
        #expect(outcome("10") == "found")
        #expect(field("9", "pageLanguage") as? String == "ar")
        // An English quotation of the Arabic page: a translation.
        #expect(outcome("11") == "translation")
        // Split by <br> and soft hyphens.
        #expect(outcome("12") == "found")
        #expect(field("12", "tier") as? String == "exact")
        // Behind a login wall: unverifiable, and no quote finding.
        #expect(outcome("13") == "unverifiable")

        let findings = (try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            .flatMap { ($0["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]] } ?? []
        let quoteRules = findings.compactMap { $0["rule"] as? String }.filter { $0.hasPrefix("quote-") }.sorted()
        #expect(
            quoteRules == ["quote-altered", "quote-not-found", "quote-outside-article", "quote-outside-article", "quote-translation"],
            "\(quoteRules)")

        // Each page was fetched once, though six notes quote the news article.
        let requests = server.requests()
        #expect(requests.filter { $0.hasSuffix("/news-article.html") }.count == 1, "\(requests)")
        #expect(requests.filter { $0.hasSuffix("/arabic.html") }.count == 1, "\(requests)")

        // The text report shows the page's wording beside the draft's, and the warning fails --fail-on warning.
        let text = try CLIRunner.run(["check", draft.path, "--quotes", "--allow-private-hosts", "--fail-on", "warning", "--no-color"])
        #expect(text.exitCode == 1)
        #expect(text.stdout.contains("it says “We owe this to the dock workers who never stopped” [quote-altered]"), "\(text.stdout)")
        #expect(text.stdout.contains("[quote-not-found]"))
    }

    @Test func withoutQuotesNoPageIsCheckedForQuotations() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try PageServer(pages: Self.fixtures.appendingPathComponent("pages"), log: dir.appendingPathComponent("requests.log"))
        defer { server.stop() }
        let draft = try Self.draft(port: server.port, in: dir)
        let r = try CLIRunner.run(["check", draft.path, "--probe", "--allow-private-hosts", "--format", "json", "--fail-on", "none"])
        #expect(r.exitCode == 0)
        #expect(try Self.quoteChecks(r.stdout).isEmpty)
    }
}
