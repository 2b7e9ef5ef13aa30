import CiteproofCore
import CiteproofProbe
import CiteproofReport
import Foundation

/// The work behind the MCP tools, free of the protocol: each returns text, or throws a `ToolError`
/// whose message becomes an error result.
struct DraftTools: Sendable {
    /// Paths are read relative to this folder (the server's working directory).
    let workingDirectory: URL
    /// No file outside this folder is read (the working directory unless `--root` widens it).
    let root: URL

    struct ToolError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The file `path` names, refused when it lies outside the root (symbolic links resolved).
    func resolve(_ path: String) throws -> URL {
        let url = URL(fileURLWithPath: path, relativeTo: workingDirectory).standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        let inside = url.path == rootPath || url.path.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/")
        guard inside else {
            throw ToolError("\(path) is outside the folder this server may read (\(rootPath)); start it with --root to widen it")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { throw ToolError("\(path): no such file") }
        guard !isDirectory.boolValue else { throw ToolError("\(path) is a folder; give one draft") }
        return url
    }

    /// `check_draft`: the JSON report of one draft, a file (`path`) or text (`text` and `format`).
    func checkDraft(path: String?, text: String?, format: String?, published: String?, probe: Bool) throws -> String {
        var documentFormat: DocumentFormat?
        if let format {
            guard let f = DocumentFormat(rawValue: format) else {
                throw ToolError("unknown format '\(format)'; one of \(DocumentFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            documentFormat = f
        }
        var day: CalendarDate?
        if let published {
            guard let d = CalendarDate(iso: published) else { throw ToolError("published must be a date written YYYY-MM-DD (got '\(published)')") }
            day = d
        }
        let input: CheckInput
        let configStart: String
        switch (path, text) {
        case (let path?, nil):
            // The file checked is the one resolved (and allowed); the report names it as it was given.
            let url = try resolve(path)
            input = CheckInput(path: path) {
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    return .failure(.unreadable(path, reason: "permission denied or not accessible"))
                }
                return .success([UInt8](data))
            }
            configStart = url.path
        case (nil, let text?):
            guard documentFormat != nil else { throw ToolError("give format (text, markdown or html) with text") }
            input = CheckInput(path: "draft", bytes: Array(text.utf8))
            configStart = workingDirectory.path
        default:
            throw ToolError("give either path or text (with format)")
        }
        let configuration: Configuration
        do {
            configuration = try ConfigLocator.load(explicit: nil, firstInput: configStart)
        } catch {
            throw ToolError("\(error)")
        }
        var options = CheckOptions(
            severityOverrides: configuration.ruleSeverities, probed: probe, sourceAliases: configuration.sourceAliases,
            catalog: configuration.catalog, format: documentFormat, baseDirectory: workingDirectory.path)
        if let day {
            options.publication = PublicationDate(value: day, origin: "option")
        } else if let configured = configuration.publishedDate {
            options.publication = PublicationDate(value: configured, origin: "configuration")
        }
        var run = CheckRun(options: options)
        if probe {
            do {
                run.prober = CurlLinkProber(configuration: try ProbeConfiguration(settings: configuration.probe))
            } catch {
                throw ToolError("\(error)")
            }
        }
        let report: Report
        do {
            report = try run.run([input])
        } catch {
            throw ToolError("\(error)")
        }
        if let failure = report.failures.first, report.documents.isEmpty { throw ToolError(failure.message) }
        return JSONReporter().render(report)
    }

    /// `normalize_source`: the canonical identity of each handle or URL, as `citeproof normalize --format json`.
    func normalizeSources(_ sources: [String], handlePlatform: String?) throws -> String {
        guard !sources.isEmpty else { throw ToolError("give at least one source") }
        let id = handlePlatform ?? "x"
        guard let platform = PlatformCatalog.builtIn.platform(id: id) else {
            throw ToolError("unknown platform '\(id)'; known: \(PlatformCatalog.builtIn.platforms.map(\.id).joined(separator: ", "))")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let results = NormalizeOutput.results(for: sources, defaultHandlePlatform: platform)
        return String(decoding: try encoder.encode(results), as: UTF8.self)
    }

    /// `explain_rule`: what `citeproof explain ID` prints.
    func explainRule(_ id: String) throws -> String {
        guard let rule = RuleRegistry.rule(id: id)?.description else {
            throw ToolError("unknown rule '\(id)'; known rules: \(RuleRegistry.all.map { $0.description.id }.joined(separator: ", "))")
        }
        return rule.explanation
    }
}
