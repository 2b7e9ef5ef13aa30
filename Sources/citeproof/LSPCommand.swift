import ArgumentParser

/// `citeproof lsp`: the language server, an executable of its own (`citeproof-lsp`) that replaces this process.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17 over standard input and output) for editors.",
        discussion: """
            Diagnostics on open, change and save, quick fixes, hovers on note markers; the nearest \
            .citeproof.yml applies. Options: --probe (probe links in the background), --debounce-ms N, \
            --probe-delay-ms N. Editor set-up: docs/editors.md.
            """)

    @Argument(parsing: .captureForPassthrough, help: "Options passed to citeproof-lsp (--probe, --debounce-ms N, --probe-delay-ms N).")
    var arguments: [String] = []

    func run() throws {
        try SiblingExecutable.exec("citeproof-lsp", arguments: arguments)
    }
}
