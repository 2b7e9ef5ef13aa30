/// Numeric note labels that skip a number (1, 2, 3, 5).
public struct NumberingGapRule: Rule {
    public static let description = RuleDescription(
        id: "numbering-gap",
        name: "Gap in note numbering",
        summary: "Numbered notes skip a number.",
        rationale: "A missing number usually means a note was deleted while its neighbours were not renumbered, or the wrong note was cut.",
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("A.[^1] B.[^2] C.[^4]\n\n[^1]: Riverton Ledger, March 3, 2024.\n[^2]: Riverton Ledger, March 4, 2024.\n[^4]: Riverton Ledger, March 5, 2024.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("A.[^1] B.[^2] C.[^3]\n\n[^1]: Riverton Ledger, March 3, 2024.\n[^2]: Riverton Ledger, March 4, 2024.\n[^3]: Riverton Ledger, March 5, 2024.\n"),
            RuleExample("A.[^a] B.[^c]\n\n[^a]: Riverton Ledger, March 3, 2024.\n[^c]: Riverton Ledger, March 4, 2024.\n", comment: "named labels have no order"),
            RuleExample(
                "A.[^1] B.[^2] C.[^3] D.[^4]\n\n[^1]: Riverton Ledger, March 3, 2024.\n[^2]: Riverton Ledger, March 4, 2024.\n[^4]: Riverton Ledger, March 5, 2024.\n",
                comment: "[^3] is referenced: missing-definition reports it, not this rule"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        // Definitions carry the numbering; references only when nothing is defined.
        let labelled: [(Int, SourceLocation)] =
            document.definitions.isEmpty
            ? document.references.compactMap { r in Int(r.label).map { ($0, r.location) } }
            : document.definitions.compactMap { d in Int(d.label).map { ($0, d.location) } }
        guard labelled.count >= 2 else { return [] }
        var firstLocation: [Int: SourceLocation] = [:]
        for (n, loc) in labelled where firstLocation[n] == nil { firstLocation[n] = loc }
        let numbers = firstLocation.keys.sorted()
        // A number the body refers to is not missing from the numbering: its definition is,
        // and missing-definition reports that.
        let referenced = Set(document.references.compactMap { Int($0.label) })
        var result: [Finding] = []
        var expected = 1
        for n in numbers {
            if n > expected {
                let runs = Self.runs(of: (expected..<n).filter { !referenced.contains($0) })
                if runs.isEmpty {
                    expected = n + 1
                    continue
                }
                let missing = runs.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound - 1)" }
                    .joined(separator: ", ")
                result.append(
                    finding(
                        "notes jump from \(expected - 1 == 0 ? "the start" : "[\(expected - 1)]") to [\(n)]: \(runs.count == 1 ? "note \(missing) is" : "notes \(missing) are") missing",
                        context: context, footnote: String(n), location: firstLocation[n], subject: "gap:\(expected)-\(n)"))
            }
            expected = n + 1
        }
        return result
    }

    /// Ascending numbers as runs of consecutive ones: [5, 6, 8] → [5..<7, 8..<9].
    static func runs(of numbers: [Int]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        for n in numbers {
            if let last = runs.last, last.upperBound == n {
                runs[runs.count - 1] = last.lowerBound..<(n + 1)
            } else {
                runs.append(n..<(n + 1))
            }
        }
        return runs
    }
}
