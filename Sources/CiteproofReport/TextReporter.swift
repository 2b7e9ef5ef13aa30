import CiteproofCore

/// Compiler-style diagnostics for editors: `path:line:col: severity: message [rule]`,
/// the offending line with a caret, evidence and suggestion, then a summary.
public struct TextReporter: StreamingReporter {
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }

    public func render(_ report: Report) -> String {
        report.documents.map(documentText).joined() + summaryLine(ReportSummary(report))
    }

    public func stream(to output: ReportOutput) -> any ReportStream { Stream(reporter: self, output: output) }

    final class Stream: ReportStream {
        let reporter: TextReporter
        let output: ReportOutput

        init(reporter: TextReporter, output: ReportOutput) {
            self.reporter = reporter
            self.output = output
        }

        func write(_ checked: CheckedDocument) throws { output.write(reporter.documentText(checked)) }

        func finish(_ summary: RunSummary) throws {
            output.write(reporter.summaryLine(ReportSummary(summary)))
            try output.flush()
        }
    }

    /// One document's notices, diagnostics, sources, links and summary line.
    func documentText(_ checked: CheckedDocument) -> String {
        let doc = checked.document
        var out = ""
        for notice in doc.notices {
            out += "\(doc.path)\(notice.location.map { ":\($0)" } ?? ""): \(paint("note", .cyan)): \(notice.message)\n"
        }
        for finding in checked.findings where !finding.suppressed {
            out += diagnostic(finding, in: doc)
        }
        out += sourceLines(doc)
        out += linkLines(doc)
        out += documentSummary(checked) + "\n"
        return out
    }

    /// The run's last line. Inputs that could not be read are told once, on standard error, by the
    /// command; the summary counts them.
    func summaryLine(_ summary: ReportSummary) -> String {
        var last = "\(summary.findingsPhrase) in \(plural(summary.documents, "document"))"
        if summary.suppressed > 0 { last += " (\(summary.suppressed) suppressed)" }
        if summary.failures > 0 { last += "; \(plural(summary.failures, "input")) could not be read" }
        return paint(last, .bold) + "\n"
    }

    func diagnostic(_ f: Finding, in doc: Document) -> String {
        let position = f.location.map { ":\($0)" } ?? ""
        let severity = paint(f.severity.rawValue, f.severity == .error ? .red : f.severity == .warning ? .yellow : .cyan)
        var s = "\(paint("\(doc.path)\(position)", .bold)): \(severity): \(f.message) [\(f.rule)]\n"
        if let loc = f.location, let line = doc.source.lineText(loc.line) {
            let shown = line.count > 160 ? String(line.prefix(160)) + "…" : line
            let gutter = String(loc.line)
            s += "  \(gutter) | \(shown)\n"
            // The column counts Unicode scalars; the pad counts the characters they make (a letter
            // with its combining marks or a joiner is one place on screen, Arabic as Latin).
            if let col = loc.column, col - 1 <= shown.unicodeScalars.count {
                let before = String(String.UnicodeScalarView(shown.unicodeScalars.prefix(col - 1)))
                let pad = String(before.map { $0 == "\t" ? "\t" : " " })
                s += "  \(String(repeating: " ", count: gutter.count)) | \(pad)\(paint("^", .green))\n"
            }
        }
        for e in f.evidence {
            s += "    \(paint("evidence", .cyan)) (\(e.kind)): \(ReportSupport.evidenceText(e))\n"
        }
        if let suggestion = f.suggestion {
            s += "    \(paint("suggestion", .green)): \(suggestion)\n"
        }
        return s
    }

    /// The "Sources" table: canonical source · notes · date range.
    func sourceLines(_ doc: Document) -> String {
        let rows = SourceTable(doc).rows
        guard !rows.isEmpty else { return "" }
        let width = min(rows.map(\.source.count).max() ?? 0, 48)
        let notes = rows.map { row in
            let labels = row.notes.filter { $0 != "inline" }.map { "[\($0)]" }.joined()
            return row.notes.contains("inline") ? (labels.isEmpty ? "inline" : labels + " inline") : labels
        }
        let notesWidth = min(notes.map(\.count).max() ?? 0, 40)
        var out = "\(doc.path): sources\n"
        for (row, cited) in zip(rows, notes) {
            let name = row.source.count > 48 ? String(row.source.prefix(47)) + "…" : row.source
            let spellings = row.spellings.count > 1 ? "  (\(row.spellings.count) spellings)" : ""
            out += "  \(name.padding(toLength: width, withPad: " ", startingAt: 0))  "
                + "\(cited.padding(toLength: max(notesWidth, cited.count), withPad: " ", startingAt: 0))  \(row.dateRange)\(spellings)\n"
        }
        return out
    }

    /// One line per probed URL with its outcome (only after `--probe`).
    func linkLines(_ doc: Document) -> String {
        var seen = Set<String>()
        var lines = ""
        for (footnote, citation) in doc.allCitations {
            guard let p = citation.probe, seen.insert(p.url).inserted else { continue }
            let outcome = p.outcome.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            let style: Style = p.outcome == .ok ? .green : p.outcome == .dead || p.outcome == .soft404 ? .red : .yellow
            lines += "  \(paint(outcome, style)) \(p.url)\(footnote.map { " [\($0)]" } ?? "") — \(p.detail)\n"
        }
        return lines.isEmpty ? "" : "\(doc.path): links\n" + lines
    }

    func documentSummary(_ checked: CheckedDocument) -> String {
        let doc = checked.document
        let citations = doc.definitions.reduce(0) { $0 + $1.citations.count }
        var parts = ["\(plural(doc.definitions.count, "note")), \(plural(citations, "citation"))"]
        if !doc.inlineCitations.isEmpty { parts.append(plural(doc.inlineCitations.count, "inline credit")) }
        if let p = doc.publicationDate {
            parts.append("published \(p.value) (\(p.origin))")
        } else {
            parts.append("no publication date found")
        }
        var line = "\(doc.path): " + parts.joined(separator: ", ")
        if !checked.skippedRules.isEmpty {
            line += "\n  skipped: " + checked.skippedRules.keys.sorted().map { "\($0) (\(checked.skippedRules[$0]!))" }
                .joined(separator: "; ")
        }
        return line
    }

    enum Style: String {
        case red = "31", yellow = "33", green = "32", cyan = "36", bold = "1"
    }

    func paint(_ s: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(s)\u{1B}[0m" : s
    }
}
