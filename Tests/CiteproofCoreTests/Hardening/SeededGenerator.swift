/// SplitMix64: a small, fast, seeded generator, so a failing property names the seed that reproduces it.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` characters drawn from `alphabet`.
    mutating func string(from alphabet: String, count: Int) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters.randomElement(using: &self)! })
    }

    mutating func pick<T>(_ options: [T]) -> T { options.randomElement(using: &self)! }
}
