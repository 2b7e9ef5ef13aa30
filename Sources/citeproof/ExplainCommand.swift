import ArgumentParser
import CiteproofCore

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Explain one rule: what it finds, why, and examples.")

    @Argument(help: "A rule id, as 'citeproof rules' lists them.")
    var ruleID: String

    func validate() throws {
        guard RuleRegistry.rule(id: ruleID) != nil else {
            let known = RuleRegistry.all.map { $0.description.id }.joined(separator: ", ")
            throw ValidationError("unknown rule '\(ruleID)'; known rules: \(known)")
        }
    }

    func run() {
        guard let d = RuleRegistry.rule(id: ruleID)?.description else { return }
        print("\(d.id) — \(d.name) (default severity: \(d.defaultSeverity.rawValue))\n")
        print(d.summary + "\n")
        print("Why: " + d.rationale + "\n")
        if d.requirement != .none { print("Needs: \(d.requirement.rawValue).\n") }
        for (title, examples) in [("Triggers on", d.triggeringExamples), ("Stays quiet on", d.nonTriggeringExamples)] {
            for e in examples {
                print("\(title) (\(e.format.rawValue))\(e.comment.map { " — \($0)" } ?? ""):")
                print(e.draft.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
            }
        }
    }
}
