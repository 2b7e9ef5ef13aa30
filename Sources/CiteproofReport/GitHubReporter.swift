import CiteproofCore

/// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per active
/// finding, most severe first (GitHub shows only the first 10 of each kind per step), then a summary.
public struct GitHubReporter: Reporter {
    /// How many annotations of one kind GitHub shows per step.
    public static let annotationsShownPerKind = 10

    public var baseDirectory: String?
    public var rules: [RuleDescription]

    public init(baseDirectory: String?, rules: [RuleDescription] = RuleRegistry.all.map { $0.description }) {
        self.baseDirectory = baseDirectory
        self.rules = rules
    }

    public func render(_ report: Report) -> String {
        let names = Dictionary(rules.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        for failure in report.failures {
            out += "::error title=citeproof could not read an input::\(Self.escapeData(failure.message))\n"
        }
        let active = report.documents.flatMap { checked in checked.findings.filter { !$0.suppressed }.map { (checked, $0) } }
        for (checked, finding) in ReportSupport.bySeverity(active) {
            out += annotation(finding, in: checked.document, title: names[finding.rule].map { "\($0) (\(finding.rule))" } ?? finding.rule)
        }
        let summary = ReportSummary(report)
        var line = "citeproof: \(summary.findingsPhrase) in \(plural(summary.documents, "document"))"
        if summary.suppressed > 0 { line += " (\(summary.suppressed) suppressed)" }
        if summary.failures > 0 { line += "; \(plural(summary.failures, "input")) could not be read" }
        let counts = [summary.errors + summary.failures, summary.warnings, summary.notes]
        if counts.contains(where: { $0 > Self.annotationsShownPerKind }) {
            line += ". GitHub shows \(Self.annotationsShownPerKind) annotations of each kind per step; the rest are in this log"
        }
        return out + line + "\n"
    }

    func annotation(_ f: Finding, in doc: Document, title: String) -> String {
        let command: String
        switch f.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        var properties = ["file=\(Self.escapeProperty(BaselinePath.relative(doc.path, to: baseDirectory)))"]
        var message = f.message
        if let location = f.location {
            if doc.locationUnit == .line {
                properties.append("line=\(location.line)")
                if let column = location.column { properties.append("col=\(column)") }
            } else {
                message = "\(ReportSupport.describe(location, unit: .paragraph)): " + message
            }
        }
        properties.append("title=\(Self.escapeProperty(title))")
        if let suggestion = f.suggestion { message += "\nSuggestion: \(suggestion)" }
        return "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
    }

    /// Escapes a command's message (GitHub's `escapeData`).
    static func escapeData(_ s: String) -> String {
        s.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Escapes a property value (GitHub's `escapeProperty`).
    static func escapeProperty(_ s: String) -> String {
        s.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}

extension String {
    /// Replaces single scalars in one pass (so `%` is never escaped twice). Works on scalars,
    /// not Characters: `\r\n` is one Character and would otherwise escape as neither.
    func replacingAll(_ table: [Unicode.Scalar: String]) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if let r = table[scalar] { out += r } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
