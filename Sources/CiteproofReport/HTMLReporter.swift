import CiteproofCore

/// One self-contained HTML page for an editor: each draft's notes in order with their citations
/// and findings as badges, a sources table, and severity filters. Inline CSS and a few lines of
/// inline script; nothing is loaded from elsewhere. Every value is escaped.
public struct HTMLReporter: Reporter {
    public var baseDirectory: String?

    public init(baseDirectory: String?) {
        self.baseDirectory = baseDirectory
    }

    public func render(_ report: Report) -> String {
        let summary = ReportSummary(report)
        var body = "<header><h1>citeproof report</h1>\n"
        body += "<p class=\"summary\">\(h(summary.findingsPhrase)) in \(h(plural(summary.documents, "document"))); "
        body += "\(h(plural(summary.footnotes, "note"))), \(h(plural(summary.citations, "citation")))"
        if summary.suppressed > 0 { body += "; \(summary.suppressed) suppressed" }
        body += ".</p>\n" + filters(summary) + "</header>\n"
        for failure in report.failures {
            body += "<p class=\"failure\">Could not read: \(h(failure.message))</p>\n"
        }
        for checked in report.documents {
            body += section(checked)
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(h(report.toolName)) \(h(report.toolVersion))">
            <title>citeproof report</title>
            <style>
            \(Self.css)
            </style>
            </head>
            <body class="hide-suppressed">
            \(body)<script>
            \(Self.script)
            </script>
            </body>
            </html>

            """
    }

    private func filters(_ s: ReportSummary) -> String {
        let boxes = [("error", "errors", s.errors, true), ("warning", "warnings", s.warnings, true),
                     ("note", "notes", s.notes, true), ("suppressed", "suppressed", s.suppressed, false)]
        return "<form class=\"filters\" aria-label=\"Filter findings\">Show: " + boxes.map { key, label, count, on in
            "<label class=\"badge sev-\(key)\"><input type=\"checkbox\" data-filter=\"\(key)\"\(on ? " checked" : "")> \(label) (\(count))</label>"
        }.joined(separator: " ") + "</form>\n"
    }

    private func section(_ checked: CheckedDocument) -> String {
        let doc = checked.document
        let path = BaselinePath.relative(doc.path, to: baseDirectory)
        var out = "<section class=\"document\">\n<h2>\(h(path))</h2>\n<dl class=\"meta\">"
        if let title = doc.title { out += "<dt>Title</dt><dd>\(h(title))</dd>" }
        out += "<dt>Format</dt><dd>\(h(doc.format.rawValue))</dd>"
        if let published = doc.publicationDate {
            out += "<dt>Published</dt><dd>\(h(published.value.longDescription)) <small>(\(h(published.origin)))</small></dd>"
        } else {
            out += "<dt>Published</dt><dd>not found</dd>"
        }
        out += "<dt>SHA-256</dt><dd><code>\(h(doc.sha256))</code></dd></dl>\n"
        for (rule, reason) in checked.skippedRules.sorted(by: { $0.key < $1.key }) {
            out += "<p class=\"skipped\">Skipped <code>\(h(rule))</code>: \(h(reason))</p>\n"
        }

        let loose = checked.findings.filter { owner(of: $0, in: doc) == nil }
        if !loose.isEmpty {
            out += "<h3>Findings outside notes</h3>\n<ul class=\"findings\">\n"
            out += loose.map { badge($0, unit: doc.locationUnit) }.joined() + "</ul>\n"
        }

        out += "<h3>Notes</h3>\n"
        if doc.definitions.isEmpty { out += "<p>No notes.</p>\n" }
        out += "<ol class=\"notes\">\n"
        for (index, def) in doc.definitions.enumerated() {
            let mine = checked.findings.filter { owner(of: $0, in: doc) == index }
            let references = doc.references(to: def.label).map { ReportSupport.describe($0.location, unit: doc.locationUnit) }
            out += "<li class=\"note\" id=\"note-\(index + 1)\"><div class=\"note-head\"><span class=\"label\">[\(h(def.label))]</span> "
            out += "<small>\(h(ReportSupport.describe(def.location, unit: doc.locationUnit)))"
            out += references.isEmpty ? "; not referenced" : "; referenced at \(h(references.joined(separator: "; ")))"
            out += "</small></div>\n<p class=\"note-text\">\(h(def.text))</p>\n"
            if !def.citations.isEmpty {
                out += "<table class=\"citations\"><thead><tr><th>Source</th><th>Date</th><th>Title / links</th></tr></thead><tbody>\n"
                out += def.citations.map(citationRow).joined() + "</tbody></table>\n"
            }
            if !mine.isEmpty {
                out += "<ul class=\"findings\">\n" + mine.map { badge($0, unit: doc.locationUnit) }.joined() + "</ul>\n"
            }
            out += "</li>\n"
        }
        out += "</ol>\n"
        if !doc.inlineCitations.isEmpty {
            out += "<h3>Inline source credits</h3>\n<table class=\"citations\"><thead><tr><th>Source</th><th>Date</th><th>Title / links</th></tr></thead><tbody>\n"
            out += doc.inlineCitations.map(citationRow).joined() + "</tbody></table>\n"
        }

        let table = SourceTable(doc)
        if !table.rows.isEmpty {
            out += "<h3>Sources</h3>\n<table class=\"sources\"><thead><tr><th>Source</th><th>Kind</th><th>Notes</th><th>Dates</th></tr></thead><tbody>\n"
            for row in table.rows {
                let spellings = row.spellings.filter { $0 != row.source }
                out += "<tr><td>\(h(row.source))"
                if !spellings.isEmpty { out += "<br><small>as written: \(h(spellings.joined(separator: "; ")))</small>" }
                out += "</td><td>\(h(row.kind ?? (row.isCanonical ? "" : "not identified")))</td>"
                out += "<td>\(h(row.notes.map { $0 == "inline" ? "inline" : "[\($0)]" }.joined(separator: ", ")))</td>"
                out += "<td>\(h(row.dateRange))</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        return out + "</section>\n"
    }

    /// The note a finding belongs to: the one at its location, else the first with its label.
    private func owner(of f: Finding, in doc: Document) -> Int? {
        if let location = f.location, let index = doc.definitions.firstIndex(where: { $0.location == location }) {
            return index
        }
        return f.footnote.flatMap { label in doc.definitions.firstIndex { $0.label == label } }
    }

    private func citationRow(_ c: Citation) -> String {
        var source = c.signal.map { "<em>\(h($0))</em> " } ?? ""
        if let s = c.source {
            source += h(s.identity?.canonical ?? s.raw)
            if s.identity != nil, s.identity?.canonical != s.raw { source += "<br><small>as written: \(h(s.raw))</small>" }
        } else if let ibid = c.ibidOf {
            source += "Ibid. (note [\(h(ibid))])"
        } else {
            source += "<span class=\"none\">no source identified</span>"
        }
        var date = ""
        if let d = c.date {
            date = h(d.text)
            if let value = d.value {
                var parsed = value.description
                if let end = d.end, end != value { parsed += " – \(end)" }
                if let precision = d.precision, precision != .day { parsed += " (\(precision.rawValue))" }
                if d.yearInferred { parsed += ", year inferred" }
                date += "<br><small>parsed \(h(parsed))</small>"
            } else {
                date += "<br><small>not parsed</small>"
            }
        }
        var extra = c.title.map { "“\(h($0))”" } ?? ""
        for url in c.urls {
            if !extra.isEmpty { extra += "<br>" }
            let lower = url.lowercased()
            extra += lower.hasPrefix("https://") || lower.hasPrefix("http://")
                ? "<a href=\"\(h(url))\" rel=\"noreferrer noopener\">\(h(url))</a>" : h(url)
        }
        return "<tr><td>\(source)</td><td>\(date)</td><td>\(extra)</td></tr>\n"
    }

    private func badge(_ f: Finding, unit: LocationUnit) -> String {
        let classes = "finding sev-\(f.severity.rawValue)" + (f.suppressed ? " suppressed" : "")
        var out = "<li class=\"\(classes)\"><span class=\"badge sev-\(f.severity.rawValue)\">\(h(f.severity.rawValue))</span> "
        if f.suppressed { out += "<span class=\"badge sev-suppressed\">suppressed</span> " }
        out += "<code>\(h(f.rule))</code> \(h(f.message))"
        if let location = f.location { out += " <small>(\(h(ReportSupport.describe(location, unit: unit))))</small>" }
        for e in f.evidence {
            out += "<div class=\"evidence\">\(h(e.kind)): \(h(ReportSupport.evidenceText(e)))</div>"
        }
        if let suggestion = f.suggestion { out += "<div class=\"suggestion\">Suggestion: \(h(suggestion))</div>" }
        return out + "</li>\n"
    }

    private func h(_ s: String) -> String { ReportSupport.escapeMarkup(s) }

    static let css = """
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem; color: #1d2329; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; margin-top: 2rem; }
        h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
        .meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; font-size: .9rem; }
        .meta dt { color: #57606a; } .meta dd { margin: 0; overflow-wrap: anywhere; }
        .filters { margin: .5rem 0 1rem; } .filters label { cursor: pointer; margin-right: .25rem; }
        .badge { display: inline-block; border-radius: 1rem; padding: 0 .55rem; font-size: .8rem; font-weight: 600; }
        .sev-error.badge { background: #ffebe9; color: #a40e26; border: 1px solid #ff8182; }
        .sev-warning.badge { background: #fff8c5; color: #7d4e00; border: 1px solid #d4a72c; }
        .sev-note.badge { background: #ddf4ff; color: #0a3069; border: 1px solid #54aeff; }
        .sev-suppressed.badge { background: #f6f8fa; color: #57606a; border: 1px solid #d0d7de; }
        .notes { padding-left: 0; list-style: none; } .note { border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem .75rem; margin-bottom: .75rem; }
        .note-head .label { font-weight: 700; } .note-head small, .finding small, td small { color: #57606a; }
        .note-text { margin: .25rem 0 .5rem; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; margin-bottom: .5rem; }
        th, td { border: 1px solid #d0d7de; padding: .25rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #f6f8fa; }
        .findings { list-style: none; padding-left: 0; margin: .25rem 0; } .finding { margin: .25rem 0; }
        .finding.suppressed { opacity: .6; }
        .evidence, .suggestion { margin-left: 1.5rem; font-size: .85rem; color: #57606a; }
        .none { color: #a40e26; } .skipped, .failure { color: #7d4e00; }
        .hide-error .finding.sev-error, .hide-warning .finding.sev-warning, .hide-note .finding.sev-note,
        .hide-suppressed .finding.suppressed { display: none; }
        """

    static let script = """
        for (const box of document.querySelectorAll("[data-filter]")) {
          box.addEventListener("change", () => document.body.classList.toggle("hide-" + box.dataset.filter, !box.checked));
        }
        """
}
