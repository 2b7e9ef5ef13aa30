import CiteproofCore
import Foundation

/// A JSON-RPC error answered to a request.
struct ResponseError: Error {
    var code: Int
    var message: String

    static let parseError = -32700
    static let invalidRequest = -32600
    static let methodNotFound = -32601
    static let invalidParams = -32602
    static let serverNotInitialized = -32002
}

/// Settings given on the command line.
struct ServerSettings {
    /// Quiet time after a change before the draft is checked.
    var debounce: TimeInterval = 0.05
    /// Probe links in the background after each check.
    var probe = false
    /// Quiet time after a change before links are probed again.
    var probeDelay: TimeInterval = 1.0
}

/// The language server: reads requests and notifications on one thread, checks drafts on a serial
/// queue (debounced), probes links on another, and publishes diagnostics when a check of the
/// current version ends. A later version makes an earlier result stale: it is never published.
final class LanguageServer: @unchecked Sendable {
    private let reader: FrameReader
    private let writer: FrameWriter
    private var settings: ServerSettings
    private let checker = DraftChecker()
    private let checkQueue = DispatchQueue(label: "citeproof-lsp.check")
    private let probeQueue = DispatchQueue(label: "citeproof-lsp.probe")

    // State below is guarded by `lock`.
    private let lock = NSLock()
    private var encoding: PositionEncoding = .utf16
    private var initialized = false
    private var shutdownRequested = false
    private var drafts: [String: DraftSnapshot] = [:]
    private var results: [String: CheckedDraft] = [:]
    private var checkedVersions: [String: Int] = [:]
    private var pendingChecks: [String: DispatchWorkItem] = [:]
    private var pendingProbes: [String: DispatchWorkItem] = [:]
    /// The last check error shown for a draft.
    private var lastErrors: [String: String] = [:]

    init(reader: FrameReader, writer: FrameWriter, settings: ServerSettings) {
        self.reader = reader
        self.writer = writer
        self.settings = settings
        checker.probe = settings.probe
    }

    /// Serves until `exit` or the end of the input; returns the process's exit code.
    func serve() -> Int32 {
        while true {
            switch reader.next() {
            case .end:
                return locked { shutdownRequested } ? 0 : 1
            case .malformed(let reason):
                sendError(id: NSNull(), ResponseError(code: ResponseError.parseError, message: "malformed frame: \(reason)"))
            case .message(let body):
                if let code = handle(body) { return code }
            }
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    // MARK: Dispatch

    /// Handles one message; returns an exit code when the message was `exit`.
    private func handle(_ body: [UInt8]) -> Int32? {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) else {
            sendError(id: NSNull(), ResponseError(code: ResponseError.parseError, message: "the message is not JSON"))
            return nil
        }
        guard let message = parsed as? JSONObject else {
            sendError(id: NSNull(), ResponseError(code: ResponseError.invalidRequest, message: "a message must be a JSON object"))
            return nil
        }
        let id = message["id"]
        guard let method = message["method"] as? String else {
            if id != nil, message["result"] != nil || message["error"] != nil { return nil }  // a response to us
            sendError(id: id ?? NSNull(), ResponseError(code: ResponseError.invalidRequest, message: "a request needs a method"))
            return nil
        }
        let params = message["params"] as? JSONObject ?? [:]
        if let id {
            guard id is String || id is NSNumber else {
                sendError(id: NSNull(), ResponseError(code: ResponseError.invalidRequest, message: "a request id is a number or a string"))
                return nil
            }
            do {
                send(["jsonrpc": "2.0", "id": id, "result": try request(method, params)])
            } catch let error as ResponseError {
                sendError(id: id, error)
            } catch {
                sendError(id: id, ResponseError(code: -32603, message: "\(error)"))
            }
            return nil
        }
        if method == "exit" { return locked { shutdownRequested } ? 0 : 1 }
        notification(method, params)
        return nil
    }

    private func request(_ method: String, _ params: JSONObject) throws -> Any {
        let (isInitialized, isShutDown) = locked { (initialized, shutdownRequested) }
        if method == "initialize" {
            guard !isInitialized else { throw ResponseError(code: ResponseError.invalidRequest, message: "initialize was already sent") }
            return initialize(params)
        }
        guard isInitialized else {
            throw ResponseError(code: ResponseError.serverNotInitialized, message: "initialize first")
        }
        if isShutDown { throw ResponseError(code: ResponseError.invalidRequest, message: "the server is shutting down") }
        switch method {
        case "shutdown":
            locked { shutdownRequested = true }
            return NSNull()
        case "textDocument/codeAction":
            return try codeActions(params)
        case "textDocument/hover":
            return try hover(params)
        default:
            throw ResponseError(code: ResponseError.methodNotFound, message: "unknown method \(method)")
        }
    }

    private func notification(_ method: String, _ params: JSONObject) {
        guard locked({ initialized }) else { return }
        let document = params["textDocument"] as? JSONObject ?? [:]
        let uri = document["uri"] as? String
        switch method {
        case "textDocument/didOpen":
            guard let uri, let text = document["text"] as? String else { return logMalformed(method) }
            let snapshot = DraftSnapshot(
                uri: uri, version: document["version"] as? Int ?? 0, bytes: Array(text.utf8),
                format: DraftSnapshot.format(languageID: document["languageId"] as? String), path: DraftSnapshot.path(ofURI: uri))
            locked {
                drafts[uri] = snapshot
                checkedVersions[uri] = nil
            }
            schedule(uri, after: 0)
        case "textDocument/didChange":
            guard let uri, let changes = params["contentChanges"] as? [JSONObject] else { return logMalformed(method) }
            let applied: Bool = locked {
                guard var snapshot = drafts[uri] else { return false }
                for change in changes {
                    guard let text = change["text"] as? String else { continue }
                    if let range = change["range"] as? JSONObject, let bounds = byteRange(range, in: snapshot.bytes) {
                        snapshot.bytes.replaceSubrange(bounds, with: Array(text.utf8))
                    } else {
                        snapshot.bytes = Array(text.utf8)
                    }
                }
                snapshot.version = document["version"] as? Int ?? snapshot.version + 1
                drafts[uri] = snapshot
                return true
            }
            if applied { schedule(uri, after: settings.debounce) }
        case "textDocument/didSave":
            guard let uri else { return logMalformed(method) }
            // Checked again even if unchanged: the configuration may have changed since.
            locked {
                if let text = params["text"] as? String { drafts[uri]?.bytes = Array(text.utf8) }
                checkedVersions[uri] = nil
            }
            schedule(uri, after: 0)
        case "textDocument/didClose":
            guard let uri else { return logMalformed(method) }
            locked {
                drafts[uri] = nil
                results[uri] = nil
                checkedVersions[uri] = nil
                pendingChecks.removeValue(forKey: uri)?.cancel()
                pendingProbes.removeValue(forKey: uri)?.cancel()
            }
            send(["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": ["uri": uri, "diagnostics": [Any]()]])
        default:
            break  // initialized, $/cancelRequest, workspace/didChangeConfiguration…: nothing to do
        }
    }

    private func logMalformed(_ method: String) {
        send(["jsonrpc": "2.0", "method": "window/logMessage", "params": ["type": 2, "message": "citeproof-lsp: \(method) without the parameters it needs; ignored"]])
    }

    // MARK: Requests

    private func initialize(_ params: JSONObject) -> JSONObject {
        let capabilities = params["capabilities"] as? JSONObject ?? [:]
        let general = capabilities["general"] as? JSONObject ?? [:]
        let offered = general["positionEncodings"] as? [String] ?? []
        let chosen: PositionEncoding = offered.contains("utf-8") ? .utf8 : .utf16
        var root: String?
        if let folders = params["workspaceFolders"] as? [JSONObject], let uri = folders.first?["uri"] as? String {
            root = DraftSnapshot.path(ofURI: uri)
        } else if let uri = params["rootUri"] as? String {
            root = DraftSnapshot.path(ofURI: uri)
        } else if let path = params["rootPath"] as? String {
            root = path
        }
        let options = params["initializationOptions"] as? JSONObject ?? [:]
        locked {
            encoding = chosen
            initialized = true
            checker.root = root
            if let probe = options["probe"] as? Bool { checker.probe = probe }
        }
        return [
            "capabilities": [
                "positionEncoding": chosen.rawValue,
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
                "hoverProvider": true,
            ],
            "serverInfo": ["name": "citeproof-lsp", "version": Citeproof.version],
        ]
    }

    private func result(for params: JSONObject) throws -> CheckedDraft? {
        guard let document = params["textDocument"] as? JSONObject, let uri = document["uri"] as? String else {
            throw ResponseError(code: ResponseError.invalidParams, message: "textDocument.uri is required")
        }
        // A result of an older version would place its edits and hovers wrongly: none until the check ends.
        return locked { results[uri].flatMap { $0.snapshot.version == drafts[uri]?.version ? $0 : nil } }
    }

    private func codeActions(_ params: JSONObject) throws -> Any {
        guard let draft = try result(for: params) else { return [Any]() }
        guard let range = params["range"] as? JSONObject, let bounds = byteRange(range, mapper: draft.mapper) else {
            throw ResponseError(code: ResponseError.invalidParams, message: "range is required")
        }
        return draft.codeActions(in: bounds)
    }

    private func hover(_ params: JSONObject) throws -> Any {
        guard let draft = try result(for: params) else { return NSNull() }
        guard let position = params["position"] as? JSONObject, let p = Self.position(position) else {
            throw ResponseError(code: ResponseError.invalidParams, message: "position is required")
        }
        return draft.hover(at: draft.mapper.offset(of: p)) ?? NSNull()
    }

    private static func position(_ object: JSONObject) -> Position? {
        guard let line = object["line"] as? Int, let character = object["character"] as? Int else { return nil }
        return Position(line: line, character: character)
    }

    private func byteRange(_ range: JSONObject, in bytes: [UInt8]) -> Range<Int>? {
        byteRange(range, mapper: PositionMapper(bytes: bytes, encoding: encoding))
    }

    private func byteRange(_ range: JSONObject, mapper: PositionMapper) -> Range<Int>? {
        guard let start = (range["start"] as? JSONObject).flatMap(Self.position),
            let end = (range["end"] as? JSONObject).flatMap(Self.position)
        else { return nil }
        let a = mapper.offset(of: start), b = mapper.offset(of: end)
        return min(a, b)..<max(a, b)
    }

    // MARK: Checking

    /// Checks `uri` after `delay` unless another change comes first.
    private func schedule(_ uri: String, after delay: TimeInterval) {
        let work = DispatchWorkItem { [self] in runCheck(uri) }
        locked {
            pendingChecks[uri]?.cancel()
            pendingChecks[uri] = work
        }
        if delay <= 0 { checkQueue.async(execute: work) } else { checkQueue.asyncAfter(deadline: .now() + delay, execute: work) }
    }

    private func runCheck(_ uri: String) {
        guard let (snapshot, encoding) = locked({ () -> (DraftSnapshot, PositionEncoding)? in
            guard let s = drafts[uri], checkedVersions[uri] != s.version else { return nil }
            return (s, self.encoding)
        }) else { return }
        let checked: CheckedDocument
        do {
            checked = try checker.check(snapshot)
        } catch {
            // Shown once, not at every keystroke while the configuration stays wrong.
            let message = "citeproof: \(error)"
            let isNew: Bool = locked {
                defer { lastErrors[uri] = message }
                return lastErrors[uri] != message
            }
            if isNew { send(["jsonrpc": "2.0", "method": "window/showMessage", "params": ["type": 1, "message": message]]) }
            return
        }
        locked { lastErrors[uri] = nil }
        let draft = CheckedDraft(snapshot: snapshot, checked: checked, encoding: encoding)
        guard publishIfCurrent(draft) else { return }
        if locked({ checker.probe }) { scheduleProbe(snapshot, encoding: encoding) }
    }

    /// Stores and publishes a result if its version is still the draft's; false when it is stale.
    @discardableResult
    private func publishIfCurrent(_ draft: CheckedDraft) -> Bool {
        let uri = draft.snapshot.uri
        let current: Bool = locked {
            guard drafts[uri]?.version == draft.snapshot.version else { return false }
            results[uri] = draft
            checkedVersions[uri] = draft.snapshot.version
            return true
        }
        guard current else { return false }
        send([
            "jsonrpc": "2.0", "method": "textDocument/publishDiagnostics",
            "params": ["uri": uri, "version": draft.snapshot.version, "diagnostics": draft.diagnostics],
        ])
        return true
    }

    /// Probes the links of `snapshot` on the probe queue after a quiet time; its findings are
    /// published only if the draft has not changed meanwhile. Typing never waits for it.
    private func scheduleProbe(_ snapshot: DraftSnapshot, encoding: PositionEncoding) {
        let work = DispatchWorkItem { [self] in
            guard locked({ drafts[snapshot.uri]?.version == snapshot.version }) else { return }
            do {
                let checked = try checker.checkProbing(snapshot)
                publishIfCurrent(CheckedDraft(snapshot: snapshot, checked: checked, encoding: encoding))
            } catch {
                send(["jsonrpc": "2.0", "method": "window/logMessage", "params": ["type": 2, "message": "citeproof: probing failed: \(error)"]])
            }
        }
        locked {
            pendingProbes[snapshot.uri]?.cancel()
            pendingProbes[snapshot.uri] = work
        }
        probeQueue.asyncAfter(deadline: .now() + settings.probeDelay, execute: work)
    }

    // MARK: Output

    private func send(_ message: JSONObject) {
        guard let bytes = JSONWriter.bytes(message) else { return }
        writer.write(bytes)
    }

    private func sendError(id: Any, _ error: ResponseError) {
        send(["jsonrpc": "2.0", "id": id, "error": ["code": error.code, "message": error.message]])
    }
}
