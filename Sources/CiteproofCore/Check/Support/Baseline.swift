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
        version = Baseline.currentVersion
        var entries: [Entry] = []
        for checked in report.documents {
            let path = BaselinePath.relative(checked.document.path, to: baseDirectory)
            let prints = FindingFingerprint.fingerprints(for: checked.findings, documentPath: path)
            for (finding, print) in zip(checked.findings, prints) where !finding.suppressed {
                entries.append(Entry(fingerprint: print, path: path, rule: finding.rule, message: finding.message))
            }
        }
        findings = entries.sorted()
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
            let checked = report.documents[index]
            let path = BaselinePath.relative(checked.document.path, to: baseDirectory)
            let prints = FindingFingerprint.fingerprints(for: checked.findings, documentPath: path)
            for (position, print) in prints.enumerated()
            where known.contains(print) && !report.documents[index].findings[position].suppressed {
                report.documents[index].findings[position].suppression = FindingSuppression(
                    kind: .baseline, reason: "recorded in \(name)")
                hidden += 1
            }
        }
        return hidden
    }
}

/// A baseline file that cannot be used.
public struct BaselineError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
