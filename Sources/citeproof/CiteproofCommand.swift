import ArgumentParser
import CiteproofCore
import Foundation

@main
struct CiteproofCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citeproof",
        abstract: "Verify the citations and provenance of a draft before publication.",
        discussion: """
            citeproof reads drafts — plain text with [1] notes, Markdown with [^1] footnotes or typed [1] \
            notes, HTML, Word .docx and OpenDocument .odt — finds every footnote, citation and inline source \
            credit, gives each source its canonical identity, checks the dates (and, with --probe, the links), \
            and reports as text, JSON, SARIF, GitHub annotations, JUnit, Markdown, HTML or PROV.

            Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or input error.
            """,
        version: Citeproof.version,
        subcommands: [CheckCommand.self, RulesCommand.self, ExplainCommand.self, ConfigInitCommand.self, NormalizeCommand.self, DatesCommand.self, PageTextCommand.self, LSPCommand.self, MCPCommand.self, ServeCommand.self],
        defaultSubcommand: CheckCommand.self)

    /// Runs the command; usage errors exit 2 (not ArgumentParser's 64) so that CI sees one code for
    /// "citeproof could not do its job".
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure || code.rawValue == 1 || code.rawValue == 2 {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { Terminal.writeError(message) }
            Foundation.exit(2)
        }
    }
}
