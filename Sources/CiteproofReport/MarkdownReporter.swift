import CiteproofCore

/// A pull-request comment: a summary, a findings table, and each draft's sources.
public struct MarkdownReporter: Reporter {
    public var baseDirectory: String?

    public init(baseDirectory: String?) {
        self.baseDirectory = baseDirectory
    }

    public func render(_ report: Report) -> String {
        let summary = ReportSummary(report)
        var out = "## citeproof\n\n"
        var line = "**\(summary.findingsPhrase)** in \(plural(summary.documents, "document"))"
        line += " (\(plural(summary.footnotes, "note")), \(plural(summary.citations, "citation")))"
        if summary.suppressed > 0 { line += "; \(summary.suppressed) suppressed" }
        out += line + ".\n"
        for failure in report.failures {
            out += "\n> **Could not read** \(cell(failure.message))\n"
        }

        let active = report.documents.flatMap { checked in checked.findings.filter { !$0.suppressed }.map { (checked, $0) } }
        if !active.isEmpty {
            out += "\n| Severity | Location | Rule | Finding |\n| --- | --- | --- | --- |\n"
            for (checked, f) in ReportSupport.bySeverity(active) {
                let path = BaselinePath.relative(checked.document.path, to: baseDirectory)
                let position = f.location.map { loc in
                    checked.document.locationUnit == .paragraph ? " ¶\(loc.line)" : ":\(loc)"
                } ?? ""
                var message = cell(f.message)
                if let suggestion = f.suggestion { message += "<br>Suggestion: \(cell(suggestion))" }
                out += "| \(icon(f.severity)) \(f.severity.rawValue) | `\(code(path + position))` | `\(code(f.rule))` | \(message) |\n"
            }
        }

        for checked in report.documents {
            out += timeline(checked)
        }
        for checked in report.documents {
            let table = SourceTable(checked.document)
            guard !table.rows.isEmpty else { continue }
            let path = BaselinePath.relative(checked.document.path, to: baseDirectory)
            out += "\n<details><summary>Sources in <code>\(ReportSupport.escapeMarkup(path))</code> (\(table.rows.count))</summary>\n\n"
            out += "| Source | Notes | Dates |\n| --- | --- | --- |\n"
            for row in table.rows {
                let source = cell(row.source)
                let notes = row.notes.map { $0 == "inline" ? "inline" : "[\(cell($0))]" }.joined(separator: ", ")
                out += "| \(source) | \(notes) | \(row.dateRange) |\n"
            }
            let unidentified = table.rows.filter { !$0.isCanonical }.count
            if unidentified > 0 {
                out += "\n_\(plural(unidentified, "source")) shown as written: not identified by normalization._\n"
            }
            out += "\n</details>\n"
        }
        return out
    }

    /// The HTML report's timeline as a compact table (Markdown has no SVG): a row per source, its
    /// cited dates in order, each flagged when a finding concerns it or it falls outside the time frame.
    private func timeline(_ checked: CheckedDocument) -> String {
        guard let timeline = Timeline(checked) else { return "" }
        let path = BaselinePath.relative(checked.document.path, to: baseDirectory)
        var out = "\n<details><summary>Timeline of cited dates in <code>\(ReportSupport.escapeMarkup(path))</code></summary>\n\n"
        var context: [String] = []
        if let published = timeline.publication { context.append("published \(published)") }
        if let frame = timeline.frame {
            context.append("time frame \(frame.lowerBound == frame.upperBound ? frame.lowerBound.description : "\(frame.lowerBound) – \(frame.upperBound)")")
        }
        if !context.isEmpty { out += context.joined(separator: "; ").capitalizedFirst + ".\n\n" }
        out += "| Source | Cited dates |\n| --- | --- |\n"
        for row in timeline.rows {
            let dots = row.dots.sorted { $0.date < $1.date }.map { dot -> String in
                var text = (dot.note.map { "[\(cell($0))] " } ?? "inline ")
                switch dot.precision {
                case .day: text += dot.date.description
                case .month: text += String(dot.date.description.prefix(7))
                case .year: text += String(dot.date.year)
                }
                if let end = dot.end, end != dot.date { text += " – \(end)" }
                var flags: [String] = []
                if let frame = timeline.frame, !frame.contains(dot.date) { flags.append("outside the time frame") }
                let rules = dot.findings.filter { !$0.suppressed }.map { "`\(code($0.rule))`" }
                flags += rules
                if let worst = dot.worst { text = "\(icon(worst)) **\(text)**" }
                return flags.isEmpty ? text : "\(text) (\(flags.joined(separator: ", ")))"
            }
            out += "| \(cell(row.source)) | \(dots.joined(separator: "; ")) |\n"
        }
        return out + "\n</details>\n"
    }

    private func icon(_ severity: Severity) -> String {
        switch severity {
        case .error: return "🔴"
        case .warning: return "🟠"
        case .note: return "🔵"
        }
    }

    /// Text safe in a table cell: no line breaks, `|` and Markdown/HTML syntax escaped.
    func cell(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": out += " "
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "|", "\\", "`", "*", "_", "[", "]", "~", "#": out += "\\" + String(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text inside a code span in a table: backticks cannot be escaped there, so they are replaced.
    private func code(_ text: String) -> String {
        text.replacingAll(["`": "'", "|": "\\|", "\n": " ", "\r": " "])
    }
}


extension String {
    /// The string with its first letter in upper case.
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
