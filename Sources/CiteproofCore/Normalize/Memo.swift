import Foundation

/// A bounded, thread-safe memo for pure functions of a string (source identification, URL
/// normalization): drafts cite the same handle or site again and again, across notes and documents.
/// The results depend on the platform table too: callers memoize only what they compute with
/// `PlatformCatalog.builtIn` and compute afresh for a configured table (`PlatformCatalog.isBuiltIn`).
final class Memo<Value: Sendable>: @unchecked Sendable {
    private var table: [String: Value?] = [:]
    private let lock = NSLock()
    private let capacity: Int

    /// A few thousand entries hold the sources a batch of drafts repeats; a larger table only grows a
    /// long run's memory with its distinct sources (50,000 per memo took a 10,000-draft run from 44 MB
    /// to 134 MB; `Benchmarks/memory-flat.sh`).
    init(capacity: Int = 4_096) { self.capacity = capacity }

    func value(for key: String, compute: () -> Value?) -> Value? {
        lock.lock()
        if let hit = table[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        if table.count >= capacity { table.removeAll(keepingCapacity: true) }
        table[key] = .some(value)
        lock.unlock()
        return value
    }
}
