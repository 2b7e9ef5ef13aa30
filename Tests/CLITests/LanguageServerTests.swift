import Foundation
import Testing

/// `citeproof-lsp` driven by a scripted client over pipes, as an editor drives it.
@Suite(.serialized) struct LanguageServerTests {
    static let seedPath = "Fixtures/conformance/seeds/000_9aafbb3d2f7be704.txt"
    static let arabicPath = "Fixtures/lsp/arabic-emoji.txt"

    static func text(_ path: String) throws -> String {
        try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    static func uri(_ path: String) -> String { CLIRunner.packageRoot.appendingPathComponent(path).absoluteString }

    /// A started and initialized server.
    static func start(
        arguments: [String] = [], encodings: [String]? = nil, root: URL = CLIRunner.packageRoot,
        initializationOptions: [String: Any]? = nil
    ) throws -> (StdioServerClient, [String: Any]) {
        let client = try StdioServerClient("citeproof-lsp", arguments: arguments, framing: .contentLength, directory: root)
        var capabilities: [String: Any] = [:]
        if let encodings { capabilities["general"] = ["positionEncodings": encodings] }
        var params: [String: Any] = ["processId": NSNull(), "rootUri": root.absoluteString, "capabilities": capabilities]
        if let initializationOptions { params["initializationOptions"] = initializationOptions }
        let response = try client.request("initialize", params)
        try client.notify("initialized")
        return (client, response["result"] as? [String: Any] ?? [:])
    }

    static func open(_ client: StdioServerClient, uri: String, text: String, language: String = "plaintext", version: Int = 1) throws {
        try client.notify(
            "textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": language, "version": version, "text": text]])
    }

    /// The diagnostics published for `uri` at `version`.
    static func diagnostics(_ client: StdioServerClient, uri: String, version: Int, timeout: TimeInterval = 20) throws -> [[String: Any]] {
        let message = try client.waitFor(timeout: timeout) {
            guard $0["method"] as? String == "textDocument/publishDiagnostics", let p = $0["params"] as? [String: Any] else { return false }
            return p["uri"] as? String == uri && p["version"] as? Int == version
        }
        return (message["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
    }

    static func range(_ diagnostic: [String: Any]) -> [Int] {
        let range = diagnostic["range"] as? [String: Any] ?? [:]
        let start = range["start"] as? [String: Any] ?? [:], end = range["end"] as? [String: Any] ?? [:]
        return [start["line"] as? Int ?? -1, start["character"] as? Int ?? -1, end["line"] as? Int ?? -1, end["character"] as? Int ?? -1]
    }

    static func codes(_ diagnostics: [[String: Any]]) -> [String] { diagnostics.compactMap { $0["code"] as? String }.sorted() }

    @Test func seedDiagnosticsEditCodeActionHoverAndCleanExit() throws {
        let (client, initialized) = try Self.start()
        let capabilities = initialized["capabilities"] as? [String: Any] ?? [:]
        #expect(capabilities["positionEncoding"] as? String == "utf-16")
        let text = try Self.text(Self.seedPath)
        let uri = Self.uri(Self.seedPath)
        try Self.open(client, uri: uri, text: text)
        let first = try Self.diagnostics(client, uri: uri, version: 1)
        // The same findings as `citeproof check` on the seed.
        #expect(Self.codes(first) == ["body-date-mismatch", "date-year-outlier", "duplicate-citation"])
        let outlier = try #require(first.first { $0["code"] as? String == "date-year-outlier" })
        // "[8] Twitter.com/mernashamari, April 3, 2020." is line 47; the date starts at column 31.
        #expect(Self.range(outlier) == [46, 30, 46, 43])
        #expect(outlier["severity"] as? Int == 2)
        #expect((outlier["codeDescription"] as? [String: Any])?["href"] as? String == "citeproof:explain/date-year-outlier")

        // Hover on the marker [8] in the body (line 29) shows the note, its source and its date.
        let markerLine = text.components(separatedBy: "\n")[28]
        let markerColumn = try #require(markerLine.range(of: "[8]")).lowerBound.utf16Offset(in: markerLine)
        let hover = try client.request(
            "textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 28, "character": markerColumn + 1]])
        let contents = ((hover["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String ?? ""
        #expect(contents.contains("Note [8]"))
        #expect(contents.contains("x.com/mernashamari") || contents.contains("mernashamari"))
        #expect(contents.contains("April 3, 2020"))

        // The quick fix for the repeated citation in note [5] (line 41): “Ibid.”.
        let actions = try client.request(
            "textDocument/codeAction",
            ["textDocument": ["uri": uri], "range": ["start": ["line": 40, "character": 6], "end": ["line": 40, "character": 6]],
             "context": ["diagnostics": [Any]()]])
        let list = actions["result"] as? [[String: Any]] ?? []
        let ibid = try #require(list.first { ($0["title"] as? String ?? "").contains("Ibid.") })
        let changes = ((ibid["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]] ?? []
        #expect(changes.count == 1)
        #expect(changes.first?["newText"] as? String == "Ibid.")
        #expect(changes.first.map(Self.range) == [40, 4, 40, 41])

        // The date fix: “April 3, 2021” in place of “April 3, 2020”.
        let dateActions = try client.request(
            "textDocument/codeAction",
            ["textDocument": ["uri": uri], "range": ["start": ["line": 46, "character": 35], "end": ["line": 46, "character": 35]],
             "context": ["diagnostics": [Any]()]])
        let dateEdit = ((((dateActions["result"] as? [[String: Any]])?.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri]
            as? [[String: Any]])?.first
        #expect(dateEdit?["newText"] as? String == "April 3, 2021")
        #expect(dateEdit.map(Self.range) == [46, 30, 46, 43])

        // Correct the year in note [8] (an incremental change): the finding disappears.
        try client.notify(
            "textDocument/didChange",
            ["textDocument": ["uri": uri, "version": 2],
             "contentChanges": [["range": ["start": ["line": 46, "character": 39], "end": ["line": 46, "character": 43]], "text": "2021"]]])
        let second = try Self.diagnostics(client, uri: uri, version: 2)
        #expect(Self.codes(second) == ["body-date-mismatch", "duplicate-citation"])

        let shutdown = try client.request("shutdown")
        #expect(shutdown["result"] is NSNull)
        #expect(shutdown["error"] == nil)
        try client.notify("exit")
        #expect(client.waitForExit() == 0)
        #expect(client.garbage.isEmpty)
    }

    /// UTF-16 and UTF-8 columns of the date after Arabic text and emoji on the same line, computed
    /// here from the fixture's own text.
    @Test(arguments: [nil, ["utf-8", "utf-16"]] as [[String]?])
    func positionsAfterArabicAndEmoji(_ encodings: [String]?) throws {
        let (client, initialized) = try Self.start(encodings: encodings)
        let expected = encodings == nil ? "utf-16" : "utf-8"
        #expect((initialized["capabilities"] as? [String: Any])?["positionEncoding"] as? String == expected)
        let text = try Self.text(Self.arabicPath)
        let uri = Self.uri(Self.arabicPath)
        try Self.open(client, uri: uri, text: text)
        let diagnostics = try Self.diagnostics(client, uri: uri, version: 1)
        let outlier = try #require(diagnostics.first { $0["code"] as? String == "date-year-outlier" })
        let lines = text.components(separatedBy: "\n")
        let lineIndex = try #require(lines.firstIndex { $0.hasPrefix("[3]") })
        let line = lines[lineIndex]
        let date = try #require(line.range(of: "April 3, 2020"))
        let prefix = line[..<date.lowerBound]
        let start = expected == "utf-16" ? prefix.utf16.count : prefix.utf8.count
        let length = "April 3, 2020".count  // ASCII: one unit each in both encodings
        #expect(prefix.unicodeScalars.count != prefix.utf16.count)  // the fixture really needs the conversion
        #expect(Self.range(outlier) == [lineIndex, start, lineIndex, start + length])

        // The code action's edit lands on the same range.
        let actions = try client.request(
            "textDocument/codeAction",
            ["textDocument": ["uri": uri], "range": ["start": ["line": lineIndex, "character": start + 2], "end": ["line": lineIndex, "character": start + 2]],
             "context": ["diagnostics": [Any]()]])
        let edit = ((((actions["result"] as? [[String: Any]])?.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri]
            as? [[String: Any]])?.first
        #expect(edit?["newText"] as? String == "April 3, 2021")
        #expect(edit.map(Self.range) == [lineIndex, start, lineIndex, start + length])

        // An edit addressed in the session's encoding, after the emoji, fixes the year.
        let yearStart = start + "April 3, ".count
        try client.notify(
            "textDocument/didChange",
            ["textDocument": ["uri": uri, "version": 2],
             "contentChanges": [["range": ["start": ["line": lineIndex, "character": yearStart], "end": ["line": lineIndex, "character": yearStart + 4]], "text": "2021"]]])
        let after = try Self.diagnostics(client, uri: uri, version: 2)
        #expect(!Self.codes(after).contains("date-year-outlier"))
        _ = try client.request("shutdown")
        try client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    @Test func malformedFramesAndUnknownMethodsGetErrorsNotACrash() throws {
        let client = try StdioServerClient("citeproof-lsp", framing: .contentLength)
        // Before initialize: a request is refused with ServerNotInitialized.
        let early = try client.request("textDocument/hover", ["textDocument": ["uri": "file:///x.md"], "position": ["line": 0, "character": 0]])
        #expect((early["error"] as? [String: Any])?["code"] as? Int == -32002)
        _ = try client.request("initialize", ["capabilities": [String: Any]()])

        func nextError() throws -> [String: Any] {
            let message = try client.waitFor { $0["error"] != nil && $0["id"] is NSNull }
            return message["error"] as? [String: Any] ?? [:]
        }
        client.sendRaw(Array("Content-Length: 12\r\n\r\n{not json!!}".utf8))
        #expect(try nextError()["code"] as? Int == -32700)
        client.sendRaw(Array("Content-Length: twelve\r\n\r\n".utf8))
        #expect(try nextError()["code"] as? Int == -32700)
        client.sendRaw(Array("Content-Type: application/json\r\n\r\n".utf8))
        #expect(try nextError()["code"] as? Int == -32700)
        client.sendRaw(Array("Content-Length: 2\r\n\r\n[]".utf8))
        #expect(try nextError()["code"] as? Int == -32600)
        let unknown = try client.request("textDocument/frobnicate", [:])
        #expect((unknown["error"] as? [String: Any])?["code"] as? Int == -32601)
        let badParams = try client.request("textDocument/hover", ["textDocument": ["uri": "file:///x.md"]])
        #expect(badParams["error"] != nil || badParams["result"] is NSNull)
        // A frame split across writes, and two frames in one write, are read as sent.
        let body = Array(#"{"jsonrpc":"2.0","id":99,"method":"textDocument/frobnicate"}"#.utf8)
        let frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        client.sendRaw(Array(frame[..<10]))
        Thread.sleep(forTimeInterval: 0.05)
        client.sendRaw(Array(frame[10...]) + frame.map { $0 == UInt8(ascii: "9") ? UInt8(ascii: "8") : $0 })
        #expect(try client.waitFor { $0["id"] as? Int == 99 }["error"] != nil)
        #expect(try client.waitFor { $0["id"] as? Int == 88 }["error"] != nil)
        // Still alive and well: shutdown and exit cleanly.
        #expect(try client.request("shutdown")["result"] is NSNull)
        try client.notify("exit")
        #expect(client.waitForExit() == 0)
        #expect(client.garbage.isEmpty)
    }

    @Test func exitWithoutShutdownAndEndOfInputAreNotCrashes() throws {
        let a = try StdioServerClient("citeproof-lsp", framing: .contentLength)
        _ = try a.request("initialize", ["capabilities": [String: Any]()])
        try a.notify("exit")
        #expect(a.waitForExit() == 1)  // the protocol's code for exit before shutdown
        let b = try StdioServerClient("citeproof-lsp", framing: .contentLength)
        _ = try b.request("initialize", ["capabilities": [String: Any]()])
        b.sendRaw(Array("Content-Length: 500\r\n\r\n{\"jsonrpc\"".utf8))  // a frame cut short by the end of input
        #expect(b.closeAndWait() == 1)
    }

    /// The nearest .citeproof.yml applies; it is read again on save, and a bad one is reported, not a crash.
    @Test func workspaceConfigurationAppliesAndIsReadAgainOnSave() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try Self.text(Self.seedPath)
        let file = dir.appendingPathComponent("notes/draft.txt")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let config = dir.appendingPathComponent(".citeproof.yml")
        try "rules:\n  duplicate-citation: off\n".write(to: config, atomically: true, encoding: .utf8)
        let (client, _) = try Self.start(root: dir)
        let uri = file.absoluteString
        try Self.open(client, uri: uri, text: text)
        #expect(Self.codes(try Self.diagnostics(client, uri: uri, version: 1)) == ["body-date-mismatch", "date-year-outlier"])

        try "rules:\n  date-year-outlier: error\n".write(to: config, atomically: true, encoding: .utf8)
        try client.notify("textDocument/didSave", ["textDocument": ["uri": uri]])
        let saved = try Self.diagnostics(client, uri: uri, version: 1)
        #expect(Self.codes(saved) == ["body-date-mismatch", "date-year-outlier", "duplicate-citation"])
        #expect(saved.first { $0["code"] as? String == "date-year-outlier" }?["severity"] as? Int == 1)

        try "rules:\n  no-such-rule: off\n".write(to: config, atomically: true, encoding: .utf8)
        try client.notify("textDocument/didSave", ["textDocument": ["uri": uri]])
        let shown = try client.waitFor { $0["method"] as? String == "window/showMessage" }
        #expect(((shown["params"] as? [String: Any])?["message"] as? String ?? "").contains("no-such-rule"))
        #expect(try client.request("shutdown")["result"] is NSNull)
        try client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    /// `citeproof lsp` and `citeproof mcp` replace themselves with the sibling executables, arguments passed through.
    @Test func subcommandsHandOverToTheServers() throws {
        for name in ["lsp", "mcp"] {
            let version = try CLIRunner.run([name, "--version"])
            #expect(version.exitCode == 0)
            #expect(version.stdout == "0.1.0\n")
            let bad = try CLIRunner.run([name, "--no-such-flag"])
            #expect(bad.exitCode == 2)
            #expect(bad.stderr.contains("unknown argument '--no-such-flag'"))
        }
        // A whole session through `citeproof lsp`: initialize, shutdown, exit.
        let body = Array(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#.utf8)
        let shutdown = Array(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#.utf8)
        let exit = Array(#"{"jsonrpc":"2.0","method":"exit"}"#.utf8)
        var input: [UInt8] = []
        for message in [body, shutdown, exit] { input += Array("Content-Length: \(message.count)\r\n\r\n".utf8) + message }
        let session = try CLIRunner.run(["lsp"], stdin: Data(input))
        #expect(session.exitCode == 0)
        #expect(session.stdout.contains(#""name":"citeproof-lsp""#))
        #expect(session.stdout.contains(#""id":2,"jsonrpc":"2.0","result":null"#))
    }

    /// Changes in quick succession are checked once, for the last version.
    @Test func changesAreDebounced() throws {
        let (client, _) = try Self.start(arguments: ["--debounce-ms", "1000"])
        let text = try Self.text(Self.seedPath)
        let uri = Self.uri(Self.seedPath)
        try Self.open(client, uri: uri, text: text)
        _ = try Self.diagnostics(client, uri: uri, version: 1)
        for version in 2...6 {
            try client.notify(
                "textDocument/didChange",
                ["textDocument": ["uri": uri, "version": version],
                 "contentChanges": [["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]], "text": "x"]]])
            Thread.sleep(forTimeInterval: 0.03)
        }
        let last = try Self.diagnostics(client, uri: uri, version: 6)
        #expect(Self.codes(last).contains("date-year-outlier"))
        let others = client.drain(after: 0.6) { $0["method"] as? String == "textDocument/publishDiagnostics" }
        #expect(others.isEmpty, "versions 2–5 were checked too: \(others)")
        _ = try client.request("shutdown")
        try client.notify("exit")
        #expect(client.waitForExit() == 0)
    }

    /// With probing on, the quick diagnostics come first; the probe's findings (a dead link on a real
    /// HTTP server on 127.0.0.1) are published later, and the workspace's .citeproof.yml applies.
    @Test func probeResultsArePublishedInTheBackground() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try ProbeCLITests.LocalServer.probeWorkspace(dir)
        defer { server.stop() }
        #expect(server.port > 0)
        let draft = "# Port\n\n" + ProbeCLITests.LocalServer.liveAndDeadLinks(port: server.port)
        let file = dir.appendingPathComponent("draft.md")
        try draft.write(to: file, atomically: true, encoding: .utf8)
        let (client, _) = try Self.start(arguments: ["--probe", "--probe-delay-ms", "100"], root: dir)
        let started = Date()
        try Self.open(client, uri: file.absoluteString, text: draft, language: "markdown")
        let quick = try Self.diagnostics(client, uri: file.absoluteString, version: 1)
        #expect(!Self.codes(quick).contains("url-dead"))
        let quickTime = Date().timeIntervalSince(started)
        // The editor is answered while the probe runs.
        _ = try client.request("textDocument/hover", ["textDocument": ["uri": file.absoluteString], "position": ["line": 2, "character": 20]])
        let probed = try Self.diagnostics(client, uri: file.absoluteString, version: 1, timeout: 30)
        #expect(Self.codes(probed).contains("url-dead"))
        #expect(Date().timeIntervalSince(started) > quickTime)
        _ = try client.request("shutdown")
        try client.notify("exit")
        #expect(client.waitForExit() == 0)
    }
}
