import Foundation
import Testing

/// Hang guards that cannot flake on a loaded machine. Unit tests make no speed or memory promise
/// (those are measured in `Benchmarks/`, on a quiet machine, on a release build); they only catch work
/// that grows out of proportion to its input or never ends:
///
/// - `expectScales` compares the cost of an input with that of an input four times larger, in CPU time
///   of the calling thread (time the thread waits for a core while other builds and tests run is not
///   counted), best of three, with a floor under the small cost: linear work costs about 4×, quadratic 16×,
///   the limit is 10×.
/// - `watch` fails (by stopping the test run with a message) only if the work has not finished at all
///   after a very long time, far beyond any slow debug build.
enum HangGuard {
    /// CPU seconds used so far by the calling thread.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The smallest CPU time of three runs of `body`, and at least `floor` seconds (so that a tiny
    /// denominator cannot blow up the ratio).
    static func cpuCost(floor: Double = 0.01, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = threadCPUSeconds()
            try body()
            best = min(best, threadCPUSeconds() - start)
        }
        return max(best, floor)
    }

    /// Runs `work(n)` and `work(4n)`: four times the input may cost at most ten times the CPU time.
    static func expectScales(
        _ name: String, n: Int, limit: Double = 10, sourceLocation: Testing.SourceLocation = #_sourceLocation,
        _ work: (Int) throws -> Void
    ) throws {
        try watch(name) {
            let small = try cpuCost { try work(n) }
            let large = try cpuCost { try work(4 * n) }
            #expect(large / small < limit,
                "\(name): \(n) → \(4 * n) items cost \(small) s → \(large) s of CPU (×\(large / small), limit ×\(limit))",
                sourceLocation: sourceLocation)
        }
    }

    /// Runs `body`; if it has not returned after `limit` (ten minutes by default), stops the test run
    /// with a message naming it. Never fails because of a slow machine, only because of a hang.
    static func watch<T>(_ name: String, limit: Duration = .seconds(600), _ body: () throws -> T) rethrows -> T {
        let done = Flag()
        let seconds = Double(limit.components.seconds)
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
            guard !done.isSet else { return }
            let message = "hang guard: \(name) did not finish within \(limit); stopping the test run\n"
            FileHandle.standardError.write(Data(message.utf8))
            fatalError(message)
        }
        defer { done.set() }
        return try body()
    }

    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.withLock { value } }
        func set() { lock.withLock { value = true } }
    }
}
