import CiteproofCore

/// A report written while the run goes: each document as `CheckRun.run(_:emit:)` hands it over, then
/// what comes after the documents (the summary). Nothing of a written document is kept.
public protocol ReportStream: AnyObject {
    func write(_ checked: CheckedDocument) throws
    /// Writes the end of the report and flushes the output.
    func finish(_ summary: RunSummary) throws
}

/// A reporter whose format puts nothing that depends on all documents before the documents
/// (text, JSON, JSON Lines), so it can be written as the run goes.
public protocol StreamingReporter: Reporter {
    /// Starts a report in `output`.
    func stream(to output: ReportOutput) -> any ReportStream
}
