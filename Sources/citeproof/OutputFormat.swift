import ArgumentParser
import CiteproofReport

/// The report formats `--format` accepts.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json

    func reporter(color: Bool) -> any Reporter {
        switch self {
        case .text: return TextReporter(color: color)
        case .json: return JSONReporter()
        }
    }
}

/// `--format NAME` or `--format NAME:FILE` (several may be given).
struct OutputSpec: ExpressibleByArgument {
    var format: OutputFormat
    var path: String?

    init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, let format = OutputFormat(rawValue: first.lowercased()) else { return nil }
        self.format = format
        self.path = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
    }

    static var allValueStrings: [String] { OutputFormat.allCases.map(\.rawValue) }
}

/// The severity at which `check` fails.
enum FailOn: String, CaseIterable, ExpressibleByArgument {
    case error, warning, note, none
}

extension DocumentFormatArgument: ExpressibleByArgument {}

/// `--format-in`: forces an input format.
enum DocumentFormatArgument: String, CaseIterable {
    case text, markdown, html, docx, odt
}
