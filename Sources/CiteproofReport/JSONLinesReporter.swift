import CiteproofCore

/// JSON Lines (`--format jsonl`): one line per document, the very object the JSON export puts in
/// `documents` (compact), written as the run checks it; then one last line with the keys that
/// follow `documents` in the JSON export: `{"failures":…,"schemaVersion":…,"summary":…,"tool":…}`.
/// A line with `path` is a document; the line with `summary` is the last. Each line validates against
/// `Schemas/citeproof-report-line.schema.json`. Lines of several runs (shards) can be merged: the
/// document lines sorted by `path` equal a single run's, and their summaries add up.
public struct JSONLinesReporter: StreamingReporter {
    public init() {}

    public func render(_ report: Report) -> String { renderByWriting(report) }

    public func write(_ report: Report, to output: ReportOutput) throws {
        let stream = Stream(output: output)
        for checked in report.documents { try stream.write(checked) }
        try stream.finish(RunSummary(report))
    }

    public func stream(to output: ReportOutput) -> any ReportStream { Stream(output: output) }

    final class Stream: ReportStream {
        private let output: ReportOutput

        init(output: ReportOutput) { self.output = output }

        func write(_ checked: CheckedDocument) throws {
            var json = JSONStreamWriter(output: output, compact: true)
            JSONReporter.write(checked, into: &json)
            output.append(UInt8(ascii: "\n"))
            output.flushIfFull()
        }

        func finish(_ summary: RunSummary) throws {
            var json = JSONStreamWriter(output: output, compact: true)
            json.beginObject()
            JSONReporter.writeClosingFields(summary, into: &json)
            json.endObject()
            output.append(UInt8(ascii: "\n"))
            try output.flush()
        }
    }
}
