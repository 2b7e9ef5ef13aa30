import Foundation

/// Findings recorded at one point in time, so that a CI can gate only on new ones.
///
/// Written by `--write-baseline` and read by `--baseline`; matched by `FindingFingerprint`.
public struct Baseline: Codable, Sendable, Equatable {
    /// One recorded finding. Only `fingerprint` is used for matching; the rest helps a reviewer.
    public struct Entry: Codable, Sendable, Hashable, Comparable {
        public var fingerprint: String
        public var path: String
        public var rule: String
        public var message: String

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.path, a.rule, a.fingerprint) < (b.path, b.rule, b.fingerprint)
        }
    }

    public static let currentVersion = 1

    public var version: Int
    public var findings: [Entry]

    /// Records every finding of `report` that no inline directive suppresses, sorted.
    public init(recording report: Report, baseDirectory: String?) {
        self.init(entries: report.documents.flatMap { Baseline.entries(recording: $0, baseDirectory: baseDirectory) })
    }

    /// A baseline of `entries` (sorted here), e.g. those a streamed run collected document by document.
    public init(entries: [Entry]) {
        version = Baseline.currentVersion
        findings = entries.sorted()
    }

    /// The entries recording one document's findings that no inline directive suppresses.
    public static func entries(recording checked: CheckedDocument, baseDirectory: String?) -> [Entry] {
        let path = BaselinePath.relative(checked.document.path, to: baseDirectory)
        let prints = FindingFingerprint.fingerprints(for: checked.findings, documentPath: path)
        return zip(checked.findings, prints).filter { !$0.0.suppressed }.map {
            Entry(fingerprint: $0.1, path: path, rule: $0.0.rule, message: $0.0.message)
        }
    }

    /// Reads a baseline file's bytes; `path` only names the file in errors.
    public init(bytes: [UInt8], path: String) throws {
        do {
            self = try JSONDecoder().decode(Baseline.self, from: Data(bytes))
        } catch {
            throw BaselineError("\(path): not a citeproof baseline (\(error))")
        }
        guard version == Baseline.currentVersion else {
            throw BaselineError("\(path): baseline version \(version) is not supported (expected \(Baseline.currentVersion))")
        }
    }

    /// The baseline as deterministic JSON (sorted keys and entries).
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var sortedSelf = self
        sortedSelf.findings.sort()
        guard let data = try? encoder.encode(sortedSelf) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public var fingerprints: Set<String> { Set(findings.map(\.fingerprint)) }

    /// Marks the report's findings that this baseline records as suppressed; returns how many.
    /// `name` (the baseline file) is recorded on each finding as the reason.
    public func apply(to report: inout Report, baseDirectory: String?, name: String = "the baseline") -> Int {
        let known = fingerprints
        var hidden = 0
        for index in report.documents.indices {
            hidden += Self.apply(known, to: &report.documents[index], baseDirectory: baseDirectory, name: name)
        }
        return hidden
    }

    /// The same for one document (a streamed run applies the baseline as each document is checked);
    /// `known` is `fingerprints`, computed once per run.
    static func apply(_ known: Set<String>, to checked: inout CheckedDocument, baseDirectory: String?, name: String) -> Int {
        let path = BaselinePath.relative(checked.document.path, to: baseDirectory)
        let prints = FindingFingerprint.fingerprints(for: checked.findings, documentPath: path)
        var hidden = 0
        for (position, print) in prints.enumerated() where known.contains(print) && !checked.findings[position].suppressed {
            checked.findings[position].suppression = FindingSuppression(kind: .baseline, reason: "recorded in \(name)")
            hidden += 1
        }
        return hidden
    }
}

/// A baseline file that cannot be used.
public struct BaselineError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
