import ArgumentParser

/// `citeproof serve`: the local page and JSON endpoint, run by the `citeproof-serve` executable
/// built beside this one (its options are documented there: `citeproof serve --help`).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a local page to check drafts in a browser, and a JSON endpoint (POST /api/check).",
        discussion: "Options: --host ADDRESS (127.0.0.1 by default), --port N (8040), --max-bytes N. See `citeproof-serve --help`.")

    @Argument(parsing: .allUnrecognized, help: "Options passed to citeproof-serve (--host, --port, --max-bytes, --help).")
    var arguments: [String] = []

    func run() throws {
        try SiblingExecutable.exec("citeproof-serve", arguments: arguments)
    }
}
