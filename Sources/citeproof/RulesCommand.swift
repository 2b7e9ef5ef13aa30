import ArgumentParser
import CiteproofCore

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List every rule with its id, default severity and summary.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
    }

    @Option(help: "text (aligned columns) or markdown (the README's rules table).")
    var format: Format = .text

    func run() {
        if format == .markdown {
            print(RuleRegistry.markdownTable(), terminator: "")
            return
        }
        let rules = RuleRegistry.all.map { $0.description }
        let width = rules.map(\.id.count).max() ?? 10
        for d in rules {
            let id = d.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = d.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            print("\(id)  \(severity)  \(d.summary)")
        }
        print("\nRun 'citeproof explain RULE-ID' for a rule's rationale and examples.")
    }
}
