import CiteproofCore
import CiteproofProbe
import Foundation

/// Runs the probe over every document's cited URLs once, and returns the verdicts by URL.
enum ProbeStage {
    static func run(
        _ documents: [Document], configuration: ProbeConfiguration, cachePath: String?, cacheMaxAge: TimeInterval,
        showProgress: Bool
    ) throws -> [String: LinkCheck] {
        let requests = LinkTargets.requests(in: documents).map { ProbeRequest(url: $0.url, citedDate: $0.citedDate) }
        guard !requests.isEmpty else { return [:] }
        var cache: ProbeCache?
        if let cachePath {
            do {
                cache = try ProbeCache.load(from: URL(fileURLWithPath: cachePath), maxAge: cacheMaxAge)
            } catch {
                throw ProbeStageError("\(cachePath): the probe cache cannot be read (\(error)); delete it to start afresh")
            }
        }
        let bar = showProgress ? ProgressBar(total: requests.count) : nil
        let prober = Prober(configuration: configuration)
        let box = ResultBox()
        let semaphore = DispatchSemaphore(value: 0)
        var progress: (@Sendable (ProbeProgress) -> Void)?
        if let bar {
            progress = { (p: ProbeProgress) in bar.update(p) }
        }
        let report = progress
        let initial = cache
        Task.detached {
            if var c = initial {
                let results = await prober.probe(requests, cache: &c, progress: report)
                box.set(results, c)
            } else {
                box.set(await prober.probe(requests, progress: report), nil)
            }
            semaphore.signal()
        }
        semaphore.wait()
        bar?.finish()
        let (results, updated) = box.get()
        if let cachePath, let updated {
            do { try updated.save(to: URL(fileURLWithPath: cachePath)) } catch {
                throw ProbeStageError("\(cachePath): cannot write the probe cache (\(error))")
            }
        }
        var checks: [String: LinkCheck] = [:]
        for r in results { checks[r.url] = r.linkCheck }
        return checks
    }

    struct ProbeStageError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    private final class ResultBox: @unchecked Sendable {
        private var results: [ProbeResult] = []
        private var cache: ProbeCache?
        private let lock = NSLock()
        func set(_ r: [ProbeResult], _ c: ProbeCache?) { lock.lock(); results = r; cache = c; lock.unlock() }
        func get() -> ([ProbeResult], ProbeCache?) { lock.lock(); defer { lock.unlock() }; return (results, cache) }
    }
}

/// A one-line progress bar on standard error: done/total and counts by outcome.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let lock = NSLock()
    private var lastDraw = Date.distantPast

    init(total: Int) { self.total = total }

    func update(_ p: ProbeProgress) {
        lock.lock()
        defer { lock.unlock() }
        guard p.done == p.total || Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = Date()
        let width = 24
        let filled = total == 0 ? width : width * p.done / total
        let counts = p.counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
            .joined(separator: ", ")
        let line = "probing [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(p.done)/\(p.total)  \(counts)"
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
    }

    func finish() {
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
