import ArgumentParser
import CiteproofCore

@main
struct CiteproofCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citeproof",
        abstract: "Verify the citations and provenance of a draft before publication.",
        discussion: """
            citeproof reads drafts (plain text with [1] notes, Markdown with [^1] footnotes), finds every \
            footnote, citation and inline source credit, and checks them.

            Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or input error.
            """,
        version: Citeproof.version,
        subcommands: [CheckCommand.self, RulesCommand.self, ExplainCommand.self],
        defaultSubcommand: CheckCommand.self)
}
