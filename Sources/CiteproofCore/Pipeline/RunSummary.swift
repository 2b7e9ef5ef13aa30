/// What a check run leaves once its documents have been reported: counts, the inputs that could
/// not be read, and (when asked) the baseline entries. A streamed run (`CheckRun.run(_:emit:)`)
/// keeps only this, so its memory does not grow with the number of drafts.
public struct RunSummary: Sendable, Equatable {
    public var toolName = "citeproof"
    public var toolVersion = Citeproof.version
    public var documents = 0
    public var footnotes = 0
    public var citations = 0
    /// Findings that count (not suppressed), by severity.
    public var errors = 0
    public var warnings = 0
    public var notes = 0
    public var suppressed = 0
    /// Inputs that could not be read, with the reason.
    public var failures: [InputFailure] = []
    /// The most serious finding that counts.
    public var worstSeverity: Severity?
    /// The entries `--write-baseline` records; nil unless the run was asked to collect them.
    public var baselineEntries: [Baseline.Entry]?
    public init(failures: [InputFailure] = []) {
        self.failures = failures
    }

    /// The summary of a whole report.
    public init(_ report: Report) {
        self.init(failures: report.failures)
        toolName = report.toolName
        toolVersion = report.toolVersion
        for checked in report.documents { add(checked) }
    }

    /// Counts one checked document (its suppressions already applied).
    public mutating func add(_ checked: CheckedDocument) {
        documents += 1
        footnotes += checked.document.definitions.count
        citations += checked.document.allCitations.count
        for finding in checked.findings {
            if finding.suppressed {
                suppressed += 1
                continue
            }
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
            worstSeverity = max(worstSeverity ?? finding.severity, finding.severity)
        }
    }
}
