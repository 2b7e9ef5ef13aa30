/// A snapshot of a running probe, for drawing a progress bar.
public struct ProbeProgress: Hashable, Sendable {
    /// URLs with a verdict so far.
    public var done: Int
    /// Distinct URLs in the run.
    public var total: Int
    /// Verdicts so far, by outcome.
    public var counts: [ProbeOutcome: Int]

    public init(done: Int, total: Int, counts: [ProbeOutcome: Int]) {
        self.done = done
        self.total = total
        self.counts = counts
    }
}
