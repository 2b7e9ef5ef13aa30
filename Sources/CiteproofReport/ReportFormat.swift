import CiteproofCore

/// Every report format, and the reporter that writes it.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, jsonl, sarif, github, junit, markdown, html, prov
    case cslJSON = "csl-json"

    /// The reporter for this format when it can be written as the run goes (text, JSON, JSON Lines):
    /// nothing it prints before the documents depends on all of them.
    public func streamingReporter(settings: ReporterSettings) -> (any StreamingReporter)? {
        switch self {
        case .text: return TextReporter(color: settings.color)
        case .json: return JSONReporter()
        case .jsonl: return JSONLinesReporter()
        case .sarif, .github, .junit, .markdown, .html, .prov, .cslJSON: return nil
        }
    }

    /// The reporter for this format, set up for `report`'s run.
    public func reporter(for report: Report, settings: ReporterSettings) -> any Reporter {
        let base = settings.baseDirectory
        let rules = report.rules
        switch self {
        case .text: return TextReporter(color: settings.color)
        case .json: return JSONReporter()
        case .jsonl: return JSONLinesReporter()
        case .sarif:
            return SARIFReporter(
                baseDirectory: base, rules: rules, baselineFingerprints: settings.baselineFingerprints,
                startTime: settings.startTime, endTime: settings.endTime)
        case .github: return GitHubReporter(baseDirectory: base, rules: rules)
        case .junit: return JUnitReporter(baseDirectory: base, rules: rules, failureThreshold: settings.failOn)
        case .markdown: return MarkdownReporter(baseDirectory: base)
        case .html: return HTMLReporter(baseDirectory: base)
        case .prov: return PROVReporter(baseDirectory: base, startTime: settings.startTime, endTime: settings.endTime)
        case .cslJSON: return CSLJSONReporter(baseDirectory: base)
        }
    }
}

/// What reporters may need besides the report: set once per run.
public struct ReporterSettings: Sendable {
    /// Colour the text report (a terminal, and no `NO_COLOR`).
    public var color: Bool
    /// Paths in SARIF, GitHub, JUnit, Markdown, HTML and PROV output are relative to it (the working directory).
    public var baseDirectory: String
    /// Fingerprints of the baseline in use (SARIF marks those results `unchanged`).
    public var baselineFingerprints: Set<String>
    /// The severity at which the run fails (JUnit counts failures from it).
    public var failOn: Severity?
    /// ISO 8601 times of the run, only when asked for.
    public var startTime: String?
    public var endTime: String?

    public init(
        color: Bool = false, baseDirectory: String, baselineFingerprints: Set<String> = [], failOn: Severity? = .error,
        startTime: String? = nil, endTime: String? = nil
    ) {
        self.color = color
        self.baseDirectory = baseDirectory
        self.baselineFingerprints = baselineFingerprints
        self.failOn = failOn
        self.startTime = startTime
        self.endTime = endTime
    }
}
