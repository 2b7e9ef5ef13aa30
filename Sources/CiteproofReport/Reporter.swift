import CiteproofCore

/// Renders a finished check run in one output format.
public protocol Reporter: Sendable {
    /// The whole report as text.
    func render(_ report: Report) -> String
    /// The report written into `output` as it is produced (a reporter whose output can be large
    /// streams it; the others write `render`).
    func write(_ report: Report, to output: ReportOutput) throws
}

extension Reporter {
    public func write(_ report: Report, to output: ReportOutput) throws {
        output.write(render(report))
    }
}
