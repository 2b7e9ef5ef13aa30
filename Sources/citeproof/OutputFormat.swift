import ArgumentParser
import CiteproofCore
import CiteproofReport

/// `--format NAME` or `--format NAME:FILE` (several may be given).
struct OutputSpec: ExpressibleByArgument {
    var format: ReportFormat
    var path: String?

    init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, let format = ReportFormat(rawValue: first.lowercased()) else { return nil }
        self.format = format
        self.path = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
    }

    static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }
}

// The core's closed choices are the CLI's argument types (`--help` lists their cases).
extension FailThreshold: ExpressibleByArgument {}
extension DocumentFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
