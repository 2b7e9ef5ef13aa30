import Foundation
import Testing

/// `check --probe` end to end against a real HTTP server on 127.0.0.1 started by the test.
@Suite(.serialized) struct ProbeCLITests {
    /// Python's http.server on a free port, serving `directory`; stopped by `stop()`.
    final class LocalServer {
        let process = Process()
        var port = 0

        init(directory: URL) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "python3", "-u", "-c",
                """
                import http.server, functools, sys
                handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
                server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
                print(server.server_address[1], flush=True)
                server.serve_forever()
                """,
                directory.path,
            ]
            port = try Self.startAndReadPort(process)
        }

        /// Starts a server process that prints its port on its first line, and reads that line (0 when
        /// none comes within 10 s).
        static func startAndReadPort(_ process: Process) throws -> Int {
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            var line = Data()
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                let byte = out.fileHandleForReading.readData(ofLength: 1)
                if byte.isEmpty || byte == Data("\n".utf8) { break }
                line.append(byte)
            }
            return Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)) ?? 0
        }

        /// A folder for the servers' probe tests: `port.html` served by a new server on 127.0.0.1, and a
        /// `.citeproof.yml` that lets the probe reach it without retries.
        static func probeWorkspace(_ dir: URL) throws -> LocalServer {
            try "<html><head><title>Port</title></head><body>The port reopened.</body></html>"
                .write(to: dir.appendingPathComponent("port.html"), atomically: true, encoding: .utf8)
            let server = try LocalServer(directory: dir)
            try "probe:\n  allowPrivateHosts: true\n  retries: 0\n".write(
                to: dir.appendingPathComponent(".citeproof.yml"), atomically: true, encoding: .utf8)
            return server
        }

        /// Two notes on the `probeWorkspace` server: `port.html` is there, `gone.html` is not.
        static func liveAndDeadLinks(port: Int) -> String {
            """
            The port reopened.[^1] The old page is gone.[^2]

            [^1]: Velmora Herald, http://127.0.0.1:\(port)/port.html, May 13, 2024.
            [^2]: Velmora Herald, http://127.0.0.1:\(port)/gone.html, May 13, 2024.

            """
        }

        /// Stops the server without `waitUntilExit` (which can hang in swift-corelibs-foundation).
        func stop() {
            process.terminate()
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
    }

    func draft(port: Int, in dir: URL) throws -> URL {
        try Data(
            """
            <html><head><meta property="article:published_time" content="2023-05-13T10:00:00Z"><title>Port</title></head>
            <body>The port reopened.</body></html>
            """.utf8
        ).write(to: dir.appendingPathComponent("port.html"))
        let draft = dir.appendingPathComponent("draft.md")
        try Data(
            """
            ---
            date: 2024-05-14
            ---

            The port reopened.[^1] The old page is gone.[^2] The same page again.[^3]

            [^1]: Velmora Herald, http://127.0.0.1:\(port)/port.html, May 13, 2024.
            [^2]: Velmora Herald, http://127.0.0.1:\(port)/gone.html?utm_source=x, May 13, 2024.
            [^3]: Velmora Herald, http://127.0.0.1:\(port)/port.html, May 13, 2024.

            """.utf8
        ).write(to: draft)
        return draft
    }

    @Test func deadLinkPageDateAndOneRequestPerURL() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try LocalServer(directory: dir)
        defer { server.stop() }
        #expect(server.port > 0)
        let draft = try draft(port: server.port, in: dir)
        let r = try CLIRunner.run(["check", draft.path, "--probe", "--allow-private-hosts", "--inspect-pages"])
        #expect(r.exitCode == 1, "a dead link is an error")
        #expect(r.stdout.contains("which is gone (HTTP 404) [url-dead]"))
        // The tracking parameter was dropped before probing: the canonical URL is what is asked.
        #expect(r.stdout.contains("http://127.0.0.1:\(server.port)/gone.html, which is gone"))
        #expect(r.stdout.contains("but the page says it was published May 13, 2023 [page-date-mismatch]"))
        // One line per URL, though two notes cite port.html.
        #expect(r.stdout.components(separatedBy: "/port.html [").count - 1 == 1)

        // With a cache, one failing run is not enough to call a link dead.
        let cache = dir.appendingPathComponent("probe-cache.json")
        let cached = try CLIRunner.run(["check", draft.path, "--probe", "--allow-private-hosts", "--cache", cache.path])
        #expect(cached.stdout.contains("[url-unreachable]"))
        #expect(!cached.stdout.contains("[url-dead]"))
        #expect(FileManager.default.fileExists(atPath: cache.path))

        let json = try CLIRunner.run(["check", draft.path, "--probe", "--allow-private-hosts", "--format", "json"])
        #expect(json.stdout.contains("\"outcome\" : \"dead\""))
        #expect(json.stdout.contains("\"httpStatus\" : 404"))
        let valid = try JSONSchemaTests.validate(json.stdout)
        #expect(valid.ok, "\(valid.output)")
    }

    @Test func privateAddressesAreRefusedByDefault() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try LocalServer(directory: dir)
        defer { server.stop() }
        let draft = try draft(port: server.port, in: dir)
        let r = try CLIRunner.run(["check", draft.path, "--probe"])
        #expect(r.exitCode == 0, "nothing is called dead when it was not fetched")
        #expect(!r.stdout.contains("[url-dead]"))
        #expect(r.stdout.contains("excluded"))
    }
}

/// Two shards probing at once into one `--cache` file: each saves what it probed without dropping
/// what the other saved (the cache is merged under a lock).
@Suite(.serialized) struct SharedCacheCLITests {
    @Test func twoConcurrentShardsKeepEveryProbedURLInTheSharedCache() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try ProbeCLITests.LocalServer(directory: dir)
        defer { server.stop() }
        #expect(server.port > 0)
        let drafts = dir.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)
        var urls: [String] = []
        for n in 0..<8 {
            let url = "http://127.0.0.1:\(server.port)/page-\(n).html"
            urls.append(url)
            try Data("<html><body>Page \(n).</body></html>".utf8).write(to: dir.appendingPathComponent("page-\(n).html"))
            try Data("A claim.[^1]\n\n[^1]: Velmora Herald, \(url), May 13, 2024.\n".utf8)
                .write(to: drafts.appendingPathComponent("draft-\(n).md"))
        }
        let cache = dir.appendingPathComponent("shared-cache.json")
        let check = [
            CLIRunner.binary.path, "check", "drafts", "--probe", "--allow-private-hosts", "--cache", cache.path, "--fail-on", "none",
            "--format", "jsonl",
        ].joined(separator: " ")
        // Both shards start together, so both load the cache before either saves it.
        let run = try CLIRunner.run(
            ["parallel", "\(check) --shard {}/2 > shard-{}.jsonl", ":::", "1", "2"], in: dir, executable: "/usr/bin/env")
        #expect(run.exitCode == 0, "\(run.stderr)")
        for shard in 1...2 {
            let lines = try String(contentsOf: dir.appendingPathComponent("shard-\(shard).jsonl"), encoding: .utf8)
            #expect(lines.split(separator: "\n").count >= 2, "shard \(shard) checked drafts")
        }
        let saved = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: cache)) as? [String: Any])
        let entries = try #require(saved["entries"] as? [String: Any])
        #expect(entries.keys.sorted() == urls.sorted())
    }
}
