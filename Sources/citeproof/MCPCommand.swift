import ArgumentParser

/// `citeproof mcp`: the Model Context Protocol server, an executable of its own (`citeproof-mcp`) that replaces this process.
struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Run the Model Context Protocol server (over standard input and output) for AI assistants.",
        discussion: """
            Tools: check_draft (path or text; the JSON report), normalize_source, explain_rule. Paths are \
            relative to the working directory; files outside it are refused unless --root DIR widens it. \
            Client set-up: docs/editors.md.
            """)

    @Argument(parsing: .captureForPassthrough, help: "Options passed to citeproof-mcp (--root DIR).")
    var arguments: [String] = []

    func run() throws {
        try SiblingExecutable.exec("citeproof-mcp", arguments: arguments)
    }
}
