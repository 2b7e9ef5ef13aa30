import Foundation
import Testing

/// `citeproof-mcp` over a raw newline-delimited JSON-RPC exchange on its standard input and output,
/// as an MCP client (an assistant's host) speaks to it.
@Suite(.serialized) struct MCPServerTests {
    static let seedPath = "Fixtures/conformance/seeds/000_9aafbb3d2f7be704.txt"

    static func start(arguments: [String] = [], directory: URL = CLIRunner.packageRoot) throws -> StdioServerClient {
        let client = try StdioServerClient("citeproof-mcp", arguments: arguments, framing: .newlineDelimited, directory: directory)
        let response = try client.request(
            "initialize",
            ["protocolVersion": "2025-06-18", "capabilities": [String: Any](), "clientInfo": ["name": "citeproof-tests", "version": "1"]])
        let result = try #require(response["result"] as? [String: Any])
        #expect((result["serverInfo"] as? [String: Any])?["name"] as? String == "citeproof")
        try client.notify("notifications/initialized")
        return client
    }

    /// A tools/call: its text and whether it is an error result.
    static func call(_ client: StdioServerClient, _ tool: String, _ arguments: [String: Any]) throws -> (text: String, isError: Bool) {
        let response = try client.request("tools/call", ["name": tool, "arguments": arguments], timeout: 60)
        let result = try #require(response["result"] as? [String: Any], "\(response)")
        let content = result["content"] as? [[String: Any]] ?? []
        return (content.compactMap { $0["text"] as? String }.joined(), result["isError"] as? Bool ?? false)
    }

    @Test func listsToolsAndChecksTheSeed() throws {
        let client = try Self.start()
        let list = try client.request("tools/list")
        let tools = ((list["result"] as? [String: Any])?["tools"] as? [[String: Any]]) ?? []
        #expect(tools.compactMap { $0["name"] as? String }.sorted() == ["check_draft", "explain_rule", "normalize_source"])
        let schema = tools.first { $0["name"] as? String == "check_draft" }?["inputSchema"] as? [String: Any]
        #expect(((schema?["properties"] as? [String: Any])?.keys.sorted()) == ["format", "path", "probe", "published", "text"])

        // The seed's report is the one `citeproof check --format json` writes.
        let (report, isError) = try Self.call(client, "check_draft", ["path": Self.seedPath])
        #expect(!isError)
        let cli = try CLIRunner.run(["check", Self.seedPath, "--format", "json", "--fail-on", "none"])
        #expect(cli.exitCode == 0)
        #expect(report == cli.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let findings = ((json["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]) ?? []
        #expect(findings.compactMap { $0["rule"] as? String }.sorted() == ["body-date-mismatch", "date-year-outlier", "duplicate-citation"])
        #expect(client.closeAndWait() == 0)
        #expect(client.garbage.isEmpty)
    }

    @Test func checksTextAndAnswersTheOtherTools() throws {
        let client = try Self.start()
        let draft = "Statement.[^1] Again.[^2]\n\n[^1]: Telegram.me/centerkaf, April 3, 2021.\n\n[^2]: Telegram.me/centerkaf, April 3, 2021.\n"
        let (report, isError) = try Self.call(client, "check_draft", ["text": draft, "format": "markdown", "published": "2021-04-04"])
        #expect(!isError)
        #expect(report.contains("\"rule\" : \"duplicate-citation\""))
        let missingFormat = try Self.call(client, "check_draft", ["text": draft])
        #expect(missingFormat.isError)
        let badDate = try Self.call(client, "check_draft", ["text": draft, "format": "markdown", "published": "2021-02-30"])
        #expect(badDate.isError)

        let normalized = try Self.call(client, "normalize_source", ["source": "Telegram.me/ Qais_alkhazali"])
        #expect(!normalized.isError)
        #expect(normalized.text.contains("t.me/Qais_alkhazali") || normalized.text.contains("Qais_alkhazali"))
        let explained = try Self.call(client, "explain_rule", ["rule": "date-year-outlier"])
        let cli = try CLIRunner.run(["explain", "date-year-outlier"])
        #expect(explained.text == cli.stdout)
        #expect(try Self.call(client, "explain_rule", ["rule": "no-such-rule"]).isError)
        #expect(try Self.call(client, "no_such_tool", [:]).isError)
        #expect(client.closeAndWait() == 0)
    }

    /// A path outside the working directory is an error result, unless --root widens the folder.
    @Test func pathsOutsideTheRootAreRefused() throws {
        let fixtures = CLIRunner.packageRoot.appendingPathComponent("Fixtures/conformance")
        let narrow = try Self.start(directory: fixtures)
        let outside = try Self.call(narrow, "check_draft", ["path": "../lsp/arabic-emoji.txt"])
        #expect(outside.isError)
        #expect(outside.text.contains("outside"))
        let absolute = try Self.call(narrow, "check_draft", ["path": "/etc/hostname"])
        #expect(absolute.isError)
        let inside = try Self.call(narrow, "check_draft", ["path": "seeds/000_9aafbb3d2f7be704.txt"])
        #expect(!inside.isError)
        #expect(narrow.closeAndWait() == 0)

        let wide = try Self.start(arguments: ["--root", CLIRunner.packageRoot.path], directory: fixtures)
        let allowed = try Self.call(wide, "check_draft", ["path": "../lsp/arabic-emoji.txt"])
        #expect(!allowed.isError, "\(allowed.text)")
        #expect(allowed.text.contains("date-year-outlier"))
        #expect(wide.closeAndWait() == 0)
    }

    /// probe: true probes the links (a real HTTP server on 127.0.0.1); the working directory's
    /// .citeproof.yml applies to a draft given as text.
    @Test func checkDraftProbesWhenAsked() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try ProbeCLITests.LocalServer.probeWorkspace(dir)
        defer { server.stop() }
        #expect(server.port > 0)
        let draft = ProbeCLITests.LocalServer.liveAndDeadLinks(port: server.port)
        let client = try Self.start(directory: dir)
        let quick = try Self.call(client, "check_draft", ["text": draft, "format": "markdown"])
        #expect(!quick.isError)
        #expect(!quick.text.contains("url-dead"))
        let probed = try Self.call(client, "check_draft", ["text": draft, "format": "markdown", "probe": true])
        #expect(!probed.isError, "\(probed.text)")
        #expect(probed.text.contains("\"rule\" : \"url-dead\""))
        #expect(probed.text.contains("gone.html"))
        #expect(client.closeAndWait() == 0)
    }
}
