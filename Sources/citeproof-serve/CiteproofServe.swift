import ArgumentParser
import CiteproofCore
import FlyingFox
import FlyingSocks
import Foundation

/// `citeproof serve`: a local page where an editor drops, picks or pastes a draft and sees the
/// annotated report, and `POST /api/check`, which answers the same JSON as `citeproof check FILE
/// --format json`. An executable of its own (the CLI execs it), so that the CLI never pays for the
/// HTTP server.
@main
struct CiteproofServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citeproof-serve",
        abstract: "Serve a local page to check drafts in a browser, and a JSON endpoint.",
        discussion: """
            Open http://127.0.0.1:PORT/ and drop or pick a draft (.txt, .md, .html, .docx, .odt) or paste text. \
            The JSON endpoint: POST /api/check?name=FILE.EXT[&published=YYYY-MM-DD][&probe=1] with the draft's \
            bytes as the body answers what `citeproof check FILE.EXT --format json` prints; 413 over --max-bytes, \
            415 for a name whose extension is not a draft format, 400 for a draft that cannot be read. Uploads are \
            kept in memory only. Only this machine can connect unless --host names another address.
            """)

    @Option(help: "Address to listen on; 127.0.0.1 by default (this machine only). Give 0.0.0.0 to accept other machines on purpose.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one; the address is printed).")
    var port: Int = 8040

    @Option(help: "Largest upload accepted, in bytes (larger ones are answered 413).")
    var maxBytes: Int = 25 * 1024 * 1024

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        guard Self.ip4(host) != nil else { throw ValidationError("--host must be an IPv4 address such as 127.0.0.1 or 0.0.0.0 (got '\(host)')") }
    }

    func run() async throws {
        let endpoint = CheckEndpoint(maxBytes: maxBytes, loopbackOnly: Self.isLoopback(host))
        let address = try sockaddr_in.inet(ip4: host, port: UInt16(port))
        let server = HTTPServer(address: address, timeout: 60, logger: .disabled, handler: endpoint)
        let task = Task { try await server.run() }
        try await server.waitUntilListening()
        if case .ip4(let ip, let bound)? = await server.listeningAddress {
            print("citeproof serve: listening on http://\(ip):\(bound)/")
        }
        fflush(nil)
        try await task.value
    }

    static func ip4(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        let bytes = parts.compactMap { UInt8($0) }
        return bytes.count == 4 ? bytes : nil
    }

    static func isLoopback(_ ip: String) -> Bool { ip4(ip)?.first == 127 }
}
