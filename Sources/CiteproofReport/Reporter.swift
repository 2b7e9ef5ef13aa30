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

extension Reporter {
    /// `render` for a reporter whose `write` is the primary form: the report written into memory.
    func renderByWriting(_ report: Report) -> String {
        let output = ReportOutput.memory()
        // A memory output cannot fail to write, and the report holds no value JSON cannot encode.
        try? write(report, to: output)
        return output.text
    }
}
