import CiteproofCore

/// Counts over a report, shared by the reporters.
public struct ReportSummary: Sendable, Codable, Equatable {
    public var documents: Int
    public var footnotes: Int
    public var citations: Int
    public var errors: Int
    public var warnings: Int
    public var notes: Int
    public var suppressed: Int
    public var failures: Int

    public init(_ report: Report) {
        documents = report.documents.count
        footnotes = report.documents.reduce(0) { $0 + $1.document.definitions.count }
        citations = report.documents.reduce(0) { $0 + $1.document.allCitations.count }
        let active = report.documents.flatMap(\.findings).filter { !$0.suppressed }
        errors = active.filter { $0.severity == .error }.count
        warnings = active.filter { $0.severity == .warning }.count
        notes = active.filter { $0.severity == .note }.count
        suppressed = report.documents.flatMap(\.findings).filter(\.suppressed).count
        failures = report.failures.count
    }

    /// "2 errors, 1 warning, 0 notes".
    public var findingsPhrase: String {
        "\(plural(errors, "error")), \(plural(warnings, "warning")), \(plural(notes, "note"))"
    }
}

func plural(_ n: Int, _ word: String) -> String {
    "\(n) \(word)\(n == 1 ? "" : "s")"
}

extension Report {
    /// The highest severity among unsuppressed findings.
    public var worstSeverity: Severity? {
        documents.flatMap(\.findings).filter { !$0.suppressed }.map(\.severity).max()
    }
}
