/// A min-heap of actions due at monotonic instants (nanoseconds); ties fire in insertion order.
struct TimerHeap<Action> {
    private struct Entry {
        let due: UInt64
        let sequence: Int
        let action: Action
        func precedes(_ other: Entry) -> Bool { (due, sequence) < (other.due, other.sequence) }
    }

    private var entries: [Entry] = []
    private var sequence = 0

    var isEmpty: Bool { entries.isEmpty }
    var nextDue: UInt64? { entries.first?.due }

    mutating func schedule(_ action: Action, at due: UInt64) {
        sequence += 1
        entries.append(Entry(due: due, sequence: sequence, action: action))
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].precedes(entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the earliest action if it is due at `now`.
    mutating func popDue(now: UInt64) -> Action? {
        guard let first = entries.first, first.due <= now else { return nil }
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < entries.count, entries[left].precedes(entries[smallest]) { smallest = left }
                if right < entries.count, entries[right].precedes(entries[smallest]) { smallest = right }
                if smallest == parent { break }
                entries.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return first.action
    }
}
