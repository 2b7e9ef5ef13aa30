/// One of N deterministic parts of a run's inputs (`--shard K/N`), so that N workers, each given the
/// same paths, check every draft exactly once between them: a draft belongs to shard
/// `FNV-1a-64(UTF-8 of its path) mod N + 1`. The path is the one reports print (as given on the
/// command line, or found under a given folder), so the workers must be given the same paths from the
/// same working directory. The split depends on nothing else (not the machine, the run or the order).
public struct InputShard: Sendable, Hashable, CustomStringConvertible {
    /// K, from 1.
    public let index: Int
    /// N, at least 1.
    public let count: Int

    /// Shard `index` of `count`; nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// `K/N`, e.g. `2/8`; nil when malformed or out of range.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the draft at `path` belongs to this shard.
    public func contains(_ path: String) -> Bool {
        Int(Self.fnv1a(path) % UInt64(count)) == index - 1
    }

    /// FNV-1a, 64 bits, over the UTF-8 of `text` (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
