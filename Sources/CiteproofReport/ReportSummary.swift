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
        self.init(RunSummary(report))
    }

    public init(_ summary: RunSummary) {
        documents = summary.documents
        footnotes = summary.footnotes
        citations = summary.citations
        errors = summary.errors
        warnings = summary.warnings
        notes = summary.notes
        suppressed = summary.suppressed
        failures = summary.failures.count
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
