import CiteproofCore
import CiteproofProbe
import CiteproofReport
import FlyingFox
import Foundation

/// The routes: `GET /` (the page), `POST /api/check` (the CLI's JSON) and `POST /api/report` (the
/// annotated HTML report the page shows). Both posts run the CLI's code path: `CheckRun` over the
/// uploaded bytes, then the reporter.
struct CheckEndpoint: HTTPHandler {
    var maxBytes: Int
    /// Bound to a loopback address: a request from elsewhere is refused (403) even if it arrives.
    var loopbackOnly: Bool

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if loopbackOnly, let peer = request.remoteAddress, !Self.isLoopback(peer) {
            return text(.forbidden, "citeproof serve accepts only this machine; start it with --host to widen it")
        }
        switch (request.method, request.path) {
        case (.GET, "/"):
            return HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/html; charset=utf-8", HTTPHeader("Content-Security-Policy"): EditorPage.contentSecurityPolicy],
                body: Data(EditorPage.html.utf8))
        case (.POST, "/api/check"), (.POST, "/api/report"):
            return try await check(request, html: request.path == "/api/report")
        case (_, "/"), (_, "/api/check"), (_, "/api/report"):
            return text(.methodNotAllowed, "method not allowed")
        default:
            return text(.notFound, "not found")
        }
    }

    private func check(_ request: HTTPRequest, html: Bool) async throws -> HTTPResponse {
        guard let name = request.query["name"], !name.isEmpty else {
            return text(.badRequest, "name is required: POST /api/check?name=FILE.EXT with the draft as the body")
        }
        guard !name.contains("/"), FormatDetector.format(forPath: name) != nil else {
            return text(.unsupportedMediaType, "\(name): not a draft format citeproof reads (.txt, .md, .markdown, .html, .htm, .docx, .odt)")
        }
        var options = CheckOptions(baseDirectory: nil)
        if let published = request.query["published"], !published.isEmpty {
            guard let day = CalendarDate(iso: published) else {
                return text(.badRequest, "published must be a date YYYY-MM-DD (got '\(published)')")
            }
            options.publication = PublicationDate(value: day, origin: "option")
        }
        let probe = request.query["probe"] == "1"
        options.probed = probe
        options.keepsBody = html
        // The size first from the header, then while reading (a chunked upload has none).
        if let count = request.bodySequence.count, count > maxBytes {
            return text(.payloadTooLarge, "\(name): \(count) bytes, over the limit of \(maxBytes) (--max-bytes)")
        }
        var bytes = [UInt8]()
        for try await chunk in request.bodySequence {
            bytes += chunk
            if bytes.count > maxBytes {
                return text(.payloadTooLarge, "\(name): over the limit of \(maxBytes) bytes (--max-bytes)")
            }
        }
        // The run blocks (libcurl, all cores): off the server's executor.
        let prober: CurlLinkProber? = probe ? CurlLinkProber(configuration: ProbeConfiguration()) : nil
        let run = CheckRun(options: options, prober: prober)
        let input = CheckInput(path: name, bytes: bytes)
        let report: Report
        do {
            report = try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(with: Result { try run.run([input]) })
                }
            }
        } catch {
            return text(.internalServerError, "citeproof: \(error)")
        }
        if let failure = report.failures.first {
            return text(.badRequest, "citeproof: \(failure.message)")
        }
        if html {
            return HTTPResponse(
                statusCode: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: Data(HTMLReporter(baseDirectory: nil).render(report).utf8))
        }
        return HTTPResponse(
            statusCode: .ok, headers: [.contentType: "application/json"], body: Data(JSONReporter().render(report).utf8))
    }

    private func text(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8"], body: Data((message + "\n").utf8))
    }

    static func isLoopback(_ address: HTTPRequest.Address) -> Bool {
        switch address {
        case .ip4(let ip, _): return CiteproofServe.isLoopback(ip)
        case .ip6(let ip, _): return ip == "::1" || ip.hasPrefix("::ffff:127.")
        case .unix: return true
        }
    }
}
