import CiteproofCore
import Foundation
import MCP

/// `citeproof-mcp` (also `citeproof mcp`): a Model Context Protocol server on standard input and
/// output (newline-delimited JSON-RPC, the official Swift SDK) offering check_draft,
/// normalize_source and explain_rule to an assistant.
let usage = """
    USAGE: citeproof mcp [--root DIR]

    A Model Context Protocol server over standard input and output with the tools check_draft, \
    normalize_source and explain_rule. Paths are relative to the working directory; files outside it \
    are refused unless --root names a wider folder. Client set-up: docs/editors.md.
    """

let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
var root = workingDirectory
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--root":
        guard let folder = arguments.popFirst() else {
            FileHandle.standardError.write(Data("citeproof mcp: --root needs a folder\n".utf8))
            exit(2)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            FileHandle.standardError.write(Data("citeproof mcp: --root \(folder) is not a folder\n".utf8))
            exit(2)
        }
        root = URL(fileURLWithPath: folder, relativeTo: workingDirectory).standardizedFileURL
    case "--version":
        print(Citeproof.version)
        exit(0)
    case "-h", "--help":
        print(usage)
        exit(0)
    default:
        FileHandle.standardError.write(Data("citeproof mcp: unknown argument '\(argument)'\n\n\(usage)\n".utf8))
        exit(2)
    }
}

signal(SIGPIPE, SIG_IGN)  // a client that goes away ends the input; a write to it must not kill the server
let tools = DraftTools(workingDirectory: workingDirectory, root: root)
let server = Server(
    name: "citeproof", version: Citeproof.version,
    instructions: "Verify a draft's citations and provenance with check_draft; normalize_source gives a handle's or URL's canonical identity; explain_rule explains a finding's rule.",
    capabilities: .init(tools: .init(listChanged: false)))

await server.withMethodHandler(ListTools.self) { _ in
    .init(tools: ToolCatalog.tools)
}
await server.withMethodHandler(CallTool.self) { params in
    let arguments = params.arguments ?? [:]
    do {
        let text: String
        switch params.name {
        case "check_draft":
            text = try tools.checkDraft(
                path: arguments["path"]?.stringValue, text: arguments["text"]?.stringValue,
                format: arguments["format"]?.stringValue, published: arguments["published"]?.stringValue,
                probe: arguments["probe"]?.boolValue ?? false)
        case "normalize_source":
            var sources = arguments["sources"]?.arrayValue?.compactMap(\.stringValue) ?? []
            if let one = arguments["source"]?.stringValue { sources.append(one) }
            text = try tools.normalizeSources(sources, handlePlatform: arguments["handlePlatform"]?.stringValue)
        case "explain_rule":
            guard let rule = arguments["rule"]?.stringValue else { throw DraftTools.ToolError("give rule, a rule id") }
            text = try tools.explainRule(rule)
        default:
            throw DraftTools.ToolError("unknown tool '\(params.name)'")
        }
        return .init(content: [.text(text: text, annotations: nil, _meta: nil)], isError: false)
    } catch {
        return .init(content: [.text(text: "citeproof: \(error)", annotations: nil, _meta: nil)], isError: true)
    }
}

do {
    try await server.start(transport: StdioTransport())
    await server.waitUntilCompleted()
} catch {
    FileHandle.standardError.write(Data("citeproof mcp: \(error)\n".utf8))
    exit(1)
}
