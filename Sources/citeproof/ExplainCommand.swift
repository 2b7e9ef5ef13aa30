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
        print(d.explanation, terminator: "")
    }
}
