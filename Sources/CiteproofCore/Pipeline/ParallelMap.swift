import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps on all cores; results keep the input order whatever the scheduling.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { k in
            slots.set(k, transform(self[k]))
        }
        return slots.values()
    }
}

/// Result slots written from several threads, each slot once.
private final class Slots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ value: T) {
        lock.lock()
        storage[k] = value
        lock.unlock()
    }

    func values() -> [T] { storage.map { $0! } }
}
