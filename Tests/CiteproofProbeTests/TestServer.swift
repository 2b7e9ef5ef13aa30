import Foundation

/// The Node test server (`Resources/test-server.mjs`) on 127.0.0.1, one per test. It logs every request it
/// served; `stop()` (or the end of the test process, which closes its stdin) ends it.
final class TestServer: @unchecked Sendable {
    struct LoggedRequest: Decodable {
        var method: String
        var path: String
        var ua: String
        var start: Double
        var end: Double
        var inFlight: Int
        /// The `Host` header the request carried.
        var host: String?
        /// Which connection carried the request (numbered by the server as it accepted them).
        var connection: Int
    }

    enum Failure: Error { case scriptMissing, didNotStart(String) }

    let port: Int
    private let process: Process
    private let input: Pipe
    private let lock = NSLock()
    private var output = Data()

    init() throws {
        guard let script = Bundle.module.url(forResource: "test-server", withExtension: "mjs", subdirectory: "Resources")
        else { throw Failure.scriptMissing }
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["node", script.path]
        input = Pipe()
        let stdout = Pipe()
        process.standardInput = input
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        var collected = Data()
        let collectedLock = NSLock()
        try process.run()
        let reader = stdout.fileHandleForReading
        // Read the "LISTENING <port>" line synchronously, then keep collecting log lines in the background.
        var port: Int?
        let deadline = Date().addingTimeInterval(10)
        while port == nil, Date() < deadline {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            collectedLock.withLock { collected.append(chunk) }
            let text = String(decoding: collected, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("LISTENING ") }), text.contains("\n") {
                port = Int(line.dropFirst("LISTENING ".count))
            }
        }
        guard let port else {
            process.terminate()
            throw Failure.didNotStart(String(decoding: collected, as: UTF8.self))
        }
        self.port = port
        output = collected
        reader.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            guard let self, !chunk.isEmpty else { return }
            self.lock.withLock { self.output.append(chunk) }
        }
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Requests the server has finished, optionally only those whose path starts with `prefix`.
    func requests(prefix: String = "/") -> [LoggedRequest] {
        let text = lock.withLock { String(decoding: output, as: UTF8.self) }
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("{") else { return nil }
            return try? JSONDecoder().decode(LoggedRequest.self, from: Data(line.utf8))
        }.filter { $0.path.hasPrefix(prefix) }
    }

    /// Waits (up to two seconds) until at least `count` requests under `prefix` are logged; the server logs a request
    /// when its response closes, which can trail the client's verdict by a moment.
    func requests(prefix: String, atLeast count: Int) async -> [LoggedRequest] {
        for _ in 0..<40 {
            let found = requests(prefix: prefix)
            if found.count >= count { return found }
            try? await Task.sleep(nanoseconds: 50_000_000)
        }
        return requests(prefix: prefix)
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.terminate()
        process.waitUntilExit()
    }

    deinit { if process.isRunning { stop() } }
}
