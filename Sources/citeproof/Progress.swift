import CiteproofProbe
import Foundation

/// A one-line progress bar on standard error: done/total and counts by outcome.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    func update(_ p: ProbeProgress) {
        lock.lock()
        defer { lock.unlock() }
        guard p.done == p.total || Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = Date()
        let width = 24
        drawn = true
        let filled = p.total == 0 ? width : width * p.done / p.total
        let counts = p.counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
            .joined(separator: ", ")
        let line = "probing [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(p.done)/\(p.total)  \(counts)"
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
    }

    /// Clears the line (once, and only if something was drawn).
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard drawn else { return }
        drawn = false
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

/// "reading drafts 120/10000" on standard error, redrawn at most ten times a second.
final class DocumentProgress: @unchecked Sendable {
    private let total: Int
    private var done = 0
    private var lastDraw = Date.distantPast
    private let lock = NSLock()

    init(total: Int) { self.total = total }

    func advance() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        guard done == total || Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = Date()
        FileHandle.standardError.write(Data("\r\u{1B}[2Kreading drafts \(done)/\(total)".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
