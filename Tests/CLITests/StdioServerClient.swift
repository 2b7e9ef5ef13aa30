import Foundation

/// Runs a stdio server built beside `citeproof` (`citeproof-lsp`, `citeproof-mcp`) with pipes and
/// talks to it as an editor or an assistant would: framed (`Content-Length`) or newline-delimited JSON.
final class StdioServerClient: @unchecked Sendable {
    enum Framing { case contentLength, newlineDelimited }
    struct Failure: Error, CustomStringConvertible { var description: String }

    let process = Process()
    let framing: Framing
    private let input = Pipe()
    private let output = Pipe()
    private let condition = NSCondition()
    private var buffer: [UInt8] = []
    private var messages: [[String: Any]] = []
    private var ended = false
    /// Raw frames that were not JSON objects (a server must never write one).
    private(set) var garbage: [String] = []

    /// The executable `name` in the build products folder.
    static func executable(_ name: String) -> URL {
        CLIRunner.binary.deletingLastPathComponent().appendingPathComponent(name)
    }

    init(_ name: String, arguments: [String] = [], framing: Framing, directory: URL = CLIRunner.packageRoot) throws {
        self.framing = framing
        process.executableURL = Self.executable(name)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let handle = output.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                condition.lock()
                if chunk.isEmpty {
                    ended = true
                    condition.broadcast()
                    condition.unlock()
                    return
                }
                buffer += chunk
                parse()
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    /// Splits complete messages off the buffer (called with the lock held).
    private func parse() {
        while true {
            var body: [UInt8]
            switch framing {
            case .newlineDelimited:
                guard let newline = buffer.firstIndex(of: 10) else { return }
                body = Array(buffer[..<newline])
                buffer.removeFirst(newline + 1)
            case .contentLength:
                let separator: [UInt8] = [13, 10, 13, 10]
                guard let end = (0..<max(0, buffer.count - 3)).first(where: { Array(buffer[$0..<$0 + 4]) == separator }) else { return }
                let header = String(decoding: buffer[..<end], as: UTF8.self)
                guard let line = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
                    let length = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces))
                else {
                    garbage.append(header)
                    buffer.removeFirst(end + 4)
                    continue
                }
                guard buffer.count >= end + 4 + length else { return }
                body = Array(buffer[(end + 4)..<(end + 4 + length)])
                buffer.removeFirst(end + 4 + length)
            }
            if let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] {
                messages.append(object)
            } else {
                garbage.append(String(decoding: body, as: UTF8.self))
            }
        }
    }

    /// Sends raw bytes (for malformed frames).
    func sendRaw(_ bytes: [UInt8]) {
        input.fileHandleForWriting.write(Data(bytes))
    }

    func send(_ message: [String: Any]) throws {
        var json = try JSONSerialization.data(withJSONObject: message.merging(["jsonrpc": "2.0"]) { a, _ in a })
        switch framing {
        case .contentLength: json = Data("Content-Length: \(json.count)\r\n\r\n".utf8) + json
        case .newlineDelimited: json.append(10)
        }
        sendRaw([UInt8](json))
    }

    func notify(_ method: String, _ params: [String: Any] = [:]) throws {
        try send(["method": method, "params": params])
    }

    private var nextID = 0

    /// Sends a request and waits for its response.
    @discardableResult
    func request(_ method: String, _ params: [String: Any] = [:], timeout: TimeInterval = 20) throws -> [String: Any] {
        nextID += 1
        let id = nextID
        try send(["id": id, "method": method, "params": params])
        return try waitFor(timeout: timeout) { ($0["id"] as? Int) == id }
    }

    /// Waits for (and removes) the first message matching `predicate`.
    func waitFor(timeout: TimeInterval = 20, _ predicate: ([String: Any]) -> Bool) throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let index = messages.firstIndex(where: predicate) { return messages.remove(at: index) }
            if ended { throw Failure(description: "the server ended without the awaited message; got \(messages)") }
            if !condition.wait(until: deadline) { throw Failure(description: "timed out; got \(messages)") }
        }
    }

    /// Every message received so far that matches `predicate`, removed, after waiting `quiet` seconds.
    func drain(after quiet: TimeInterval, _ predicate: ([String: Any]) -> Bool) -> [[String: Any]] {
        Thread.sleep(forTimeInterval: quiet)
        condition.lock()
        defer { condition.unlock() }
        let matching = messages.filter(predicate)
        messages.removeAll(where: predicate)
        return matching
    }

    /// Closes the server's input and waits for it to end; its exit status, or nil if it did not end.
    func closeAndWait(timeout: TimeInterval = 10) -> Int32? {
        try? input.fileHandleForWriting.close()
        return waitForExit(timeout: timeout)
    }

    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}
