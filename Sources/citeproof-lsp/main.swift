import CiteproofCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// `citeproof-lsp` (also `citeproof lsp`): a Language Server Protocol 3.17 server on standard input
/// and output for Markdown, plain-text and HTML drafts.
let usage = """
    USAGE: citeproof lsp [--probe] [--debounce-ms N] [--probe-delay-ms N]

    A Language Server Protocol server over standard input and output: diagnostics for citeproof's rules \
    on open, change (debounced) and save, quick fixes from suggestions, hovers on note markers. The \
    nearest .citeproof.yml applies. Editor set-up: docs/editors.md.

    OPTIONS:
      --probe               Also probe cited links, in the background, after each check (or \
    initializationOptions {"probe": true}).
      --debounce-ms N       Quiet time after a change before the draft is checked (default 50).
      --probe-delay-ms N    Quiet time after a change before links are probed (default 1000).
      --stdio               Accepted and ignored (clients pass it).
      --version, -h/--help
    """

var settings = ServerSettings()
var arguments = CommandLine.arguments.dropFirst()
@MainActor func milliseconds(_ name: String) -> TimeInterval {
    guard let text = arguments.popFirst(), let value = Int(text), value >= 0 else {
        FileHandle.standardError.write(Data("citeproof lsp: \(name) needs a number of milliseconds\n".utf8))
        exit(2)
    }
    return TimeInterval(value) / 1000
}
while let argument = arguments.popFirst() {
    switch argument {
    case "--probe": settings.probe = true
    case "--debounce-ms": settings.debounce = milliseconds(argument)
    case "--probe-delay-ms": settings.probeDelay = milliseconds(argument)
    case "--stdio": break
    case "--version":
        print(Citeproof.version)
        exit(0)
    case "-h", "--help":
        print(usage)
        exit(0)
    default:
        FileHandle.standardError.write(Data("citeproof lsp: unknown argument '\(argument)'\n\n\(usage)\n".utf8))
        exit(2)
    }
}
signal(SIGPIPE, SIG_IGN)
let server = LanguageServer(reader: FrameReader(descriptor: 0), writer: FrameWriter(descriptor: 1), settings: settings)
exit(server.serve())
