import CiteproofCore
import CiteproofProbe
import Foundation

/// Checks an editor's buffer as `citeproof check` checks a file: the nearest `.citeproof.yml` (at or
/// above the draft's folder, else the workspace root) applies; the format comes from the client's
/// language id, else from the file name.
final class DraftChecker: @unchecked Sendable {
    /// The workspace folder (for drafts that are not files yet).
    var root: String?
    /// Probe links in the background after each check (`--probe`, or `initializationOptions.probe`).
    var probe = false
    private let lock = NSLock()
    /// Configurations read, by path, with the file's modification date and size when read.
    private var loaded: [String: (stamp: [String], configuration: Configuration)] = [:]

    init(root: String? = nil) {
        self.root = root
    }

    /// The configuration for a draft at `path` (nil for an unsaved buffer); throws a configuration error.
    func configuration(forDraftAt path: String?) throws -> Configuration {
        let start = path ?? root.map { ($0 as NSString).appendingPathComponent(".") }
        guard let configPath = ConfigLocator.discover(from: start) else { return Configuration() }
        let attributes = try? FileManager.default.attributesOfItem(atPath: configPath)
        let stamp = ["\(attributes?[.modificationDate] ?? "")", "\(attributes?[.size] ?? "")"]
        lock.lock()
        if let cached = loaded[configPath], cached.stamp == stamp {
            lock.unlock()
            return cached.configuration
        }
        lock.unlock()
        let configuration = try ConfigLocator.load(explicit: configPath, firstInput: nil)
        lock.lock()
        loaded[configPath] = (stamp, configuration)
        lock.unlock()
        return configuration
    }

    /// The run's options under `configuration`.
    func options(_ configuration: Configuration, format: DocumentFormat?, probed: Bool) -> CheckOptions {
        var options = CheckOptions(
            severityOverrides: configuration.ruleSeverities, probed: probed, sourceAliases: configuration.sourceAliases,
            catalog: configuration.catalog, format: format, baseDirectory: root)
        if let day = configuration.publishedDate {
            options.publication = PublicationDate(value: day, origin: "configuration")
        }
        return options
    }

    /// One draft checked without the network.
    func check(_ draft: DraftSnapshot) throws -> CheckedDocument {
        let configuration = try configuration(forDraftAt: draft.path)
        let run = CheckRun(options: options(configuration, format: draft.format, probed: false))
        return try Self.only(run.run([CheckInput(path: draft.name, bytes: draft.bytes)]))
    }

    /// One draft checked with its links probed (slow: seconds; run it off the typing path).
    func checkProbing(_ draft: DraftSnapshot) throws -> CheckedDocument {
        let configuration = try configuration(forDraftAt: draft.path)
        let prober = CurlLinkProber(configuration: try ProbeConfiguration(settings: configuration.probe))
        let run = CheckRun(options: options(configuration, format: draft.format, probed: true), prober: prober)
        return try Self.only(run.run([CheckInput(path: draft.name, bytes: draft.bytes)]))
    }

    private static func only(_ report: Report) throws -> CheckedDocument {
        if let checked = report.documents.first { return checked }
        throw DraftCheckError(message: report.failures.first?.message ?? "the draft could not be read")
    }
}

struct DraftCheckError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
