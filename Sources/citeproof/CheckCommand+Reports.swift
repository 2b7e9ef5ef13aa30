import CiteproofCore
import CiteproofReport
import Foundation

/// Running the check and writing the reports: as documents are checked when every requested format
/// can be written so (text, json, jsonl), which keeps memory flat in the number of drafts; otherwise
/// from the whole report.
extension CheckCommand {
    func runAndReport(
        _ run: CheckRun, inputs: [CheckInput], failures: [InputFailure], threshold: FailThreshold, baseline: Baseline?,
        startTime: Date
    ) throws -> RunSummary {
        let specs = format.isEmpty ? [OutputSpec(argument: "text")!] : format
        let destinations = specs.map { $0.path ?? output }
        let settings = reporterSettings(threshold: threshold, baseline: baseline, startTime: startTime)
        let streaming = zip(specs, destinations).compactMap { spec, destination in
            spec.format.streamingReporter(settings: settings(destination))
        }
        guard streaming.count == specs.count else {
            let report = try orExit { try run.run(inputs, failures: failures) }
            let settings = reporterSettings(threshold: threshold, baseline: baseline, startTime: startTime)  // its end time
            for (spec, destination) in zip(specs, destinations) {
                let reporter = spec.format.reporter(for: report, settings: settings(destination))
                try orExit { try OutputWriter.write(to: destination) { try reporter.write(report, to: $0) } }
            }
            var summary = RunSummary(report)
            if writeBaseline != nil { summary.baselineEntries = Baseline(recording: report, baseDirectory: run.options.baseDirectory).findings }
            return summary
        }
        var summary = RunSummary()
        try orExit {
            try Self.withOutputs(destinations) { outputs in
                let streams = zip(streaming, outputs).map { $0.stream(to: $1) }
                summary = try run.run(inputs, failures: failures, recordingBaseline: writeBaseline != nil) { checked in
                    for stream in streams { try stream.write(checked) }
                }
                for stream in streams { try stream.finish(summary) }
            }
        }
        return summary
    }

    /// The reporters' settings for a destination (nil: standard output, coloured when a terminal).
    private func reporterSettings(threshold: FailThreshold, baseline: Baseline?, startTime: Date) -> (String?) -> ReporterSettings {
        let stamp = ISO8601DateFormatter()
        var settings = ReporterSettings(
            baseDirectory: FileManager.default.currentDirectoryPath, baselineFingerprints: baseline?.fingerprints ?? [],
            failOn: threshold.severity, startTime: timestamps ? stamp.string(from: startTime) : nil,
            endTime: timestamps ? stamp.string(from: Date()) : nil)
        let colorOnTerminal = !noColor && Terminal.colorEnabled()
        return { destination in
            settings.color = destination == nil && colorOnTerminal
            return settings
        }
    }

    /// Opens every destination (each written atomically when it is a file) and runs `body` with them all.
    private static func withOutputs(_ destinations: [String?], _ body: ([ReportOutput]) throws -> Void) throws {
        func open(_ index: Int, _ opened: [ReportOutput]) throws {
            guard index < destinations.count else { return try body(opened) }
            try OutputWriter.write(to: destinations[index]) { try open(index + 1, opened + [$0]) }
        }
        try open(0, [])
    }
}
