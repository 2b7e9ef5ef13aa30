import ArgumentParser
import CiteproofCore
import CiteproofReport

/// The report formats `--format` accepts.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, sarif, github, junit, markdown, html, prov

    func reporter(_ context: ReporterContext) -> any Reporter {
        let base = context.baseDirectory
        switch self {
        case .text: return TextReporter(color: context.color)
        case .json: return JSONReporter()
        case .sarif:
            return SARIFReporter(
                baseDirectory: base, rules: context.rules, baselineFingerprints: context.baselineFingerprints,
                startTime: context.startTime, endTime: context.endTime)
        case .github: return GitHubReporter(baseDirectory: base, rules: context.rules)
        case .junit: return JUnitReporter(baseDirectory: base, rules: context.rules, failureThreshold: context.failOn)
        case .markdown: return MarkdownReporter(baseDirectory: base)
        case .html: return HTMLReporter(baseDirectory: base)
        case .prov: return PROVReporter(baseDirectory: base, startTime: context.startTime, endTime: context.endTime)
        }
    }
}

/// What reporters may need besides the report: set once per run by `check`.
struct ReporterContext {
    var color: Bool
    /// Paths in SARIF, GitHub, JUnit, Markdown, HTML and PROV output are relative to it (the working directory).
    var baseDirectory: String
    /// The rules that ran.
    var rules: [RuleDescription]
    var baselineFingerprints: Set<String>
    var failOn: Severity?
    /// ISO 8601 times of the run, only with `--timestamps`.
    var startTime: String?
    var endTime: String?
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
