import Foundation

/// A bounded, thread-safe memo for pure functions of a string (source identification, URL
/// normalization): drafts cite the same handle or site again and again, across notes and documents.
/// The results depend on the platform table too: callers memoize only what they compute with
/// `PlatformCatalog.builtIn` and compute afresh for a configured table (`PlatformCatalog.isBuiltIn`).
final class Memo<Value: Sendable>: @unchecked Sendable {
    private var table: [String: Value?] = [:]
    private let lock = NSLock()
    private let capacity: Int

    init(capacity: Int = 50_000) { self.capacity = capacity }

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
