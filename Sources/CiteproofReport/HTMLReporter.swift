import CiteproofCore
import Foundation

/// One self-contained HTML page for an editor: for each draft, a timeline of its cited dates, the
/// draft's own text with the sentences that carry findings highlighted (when the run kept it:
/// `CheckOptions.keepsBody`) and a card per note beside it, then its notes in order with their
/// citations and findings as badges, a sources table, and severity filters. Inline CSS and a few
/// lines of inline script; nothing is loaded from elsewhere. Every value is escaped.
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
        for (index, checked) in report.documents.enumerated() {
            body += section(checked, prefix: "d\(index + 1)")
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '\(Self.scriptHash)'">
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

    private func section(_ checked: CheckedDocument, prefix: String) -> String {
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

        let annotated = AnnotatedDraft(checked, prefix: prefix)
        out += "<nav class=\"views\" aria-label=\"Parts of this report\">"
        out += "<a href=\"#\(prefix)-timeline\">Timeline</a> · <a href=\"#\(prefix)-draft\">Annotated draft</a> · "
        out += "<a href=\"#\(prefix)-notes\">Notes list</a></nav>\n"
        if let timeline = Timeline(checked) {
            out += "<figure class=\"timeline-figure\" id=\"\(prefix)-timeline\"><figcaption><h3>Timeline of cited dates</h3>"
            out += "<p class=\"legend\">One row per source. ● a day, ■ a month, ◆ a year; a ring marks a finding; "
            out += "the dashed line is the publication date; the shaded band is the draft's time frame "
            out += "(the cited dates in the year up to publication). Hover or focus a dot to see its note.</p></figcaption>\n"
            out += TimelineSVG(timeline: timeline, cardID: { annotated.cardID($0) }).render() + "\n</figure>\n"
        }
        out += annotatedDraft(annotated, doc: doc, prefix: prefix)

        let loose = checked.findings.filter { owner(of: $0, in: doc) == nil }
        if !loose.isEmpty {
            out += "<h3>Findings outside notes</h3>\n<ul class=\"findings\">\n"
            out += loose.map { badge($0, unit: doc.locationUnit) }.joined() + "</ul>\n"
        }

        out += "<h3 id=\"\(prefix)-notes\">Notes</h3>\n"
        if doc.definitions.isEmpty { out += "<p>No notes.</p>\n" }
        out += "<ol class=\"notes\">\n"
        for (index, def) in doc.definitions.enumerated() {
            let mine = checked.findings.filter { owner(of: $0, in: doc) == index }
            let references = doc.references(to: def.label).map { ReportSupport.describe($0.location, unit: doc.locationUnit) }
            out += "<li class=\"note\" id=\"note-\(index + 1)\"><div class=\"note-head\"><span class=\"label\">[\(h(def.label))]</span> "
            out += "<small>\(h(ReportSupport.describe(def.location, unit: doc.locationUnit)))"
            out += references.isEmpty ? "; not referenced" : "; referenced at \(h(references.joined(separator: "; ")))"
            out += "</small>"
            if let card = annotated.cardID(def.label), doc.body != nil {
                out += " <a class=\"show-card\" href=\"#\(h(card))\">show in the draft</a>"
            }
            out += "</div>\n<p class=\"note-text\">\(h(def.text))</p>\n"
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

    /// The draft's text with its highlighted sentences and markers, beside a card per note.
    private func annotatedDraft(_ annotated: AnnotatedDraft, doc: Document, prefix: String) -> String {
        guard let blocks = doc.body else { return "" }
        let rendered = annotated.renderBody(blocks)
        var out = "<h3 id=\"\(prefix)-draft\">Annotated draft</h3>\n<div class=\"annotated\">\n"
        out += "<article class=\"draft\" aria-label=\"The draft, with the sentences that carry findings highlighted\">\n"
        out += rendered.html + "</article>\n<aside class=\"cards\" aria-label=\"The selected note\">\n"
        out += "<p class=\"hint\">Select a marker such as <span class=\"marker sev-warning\">[1]</span> in the draft, "
        out += "a dot of the timeline or “show in the draft” in the notes list: its note, evidence and suggestion show here.</p>\n"
        var labels = doc.definitions.enumerated().map { (label: $0.element.label, definition: Optional($0.offset)) }
        var seen = Set(labels.map(\.label))
        for f in annotated.checked.findings where !f.suppressed {
            if let label = f.footnote, !seen.contains(label) {
                seen.insert(label)
                labels.append((label, nil))
            }
        }
        for (label, index) in labels {
            guard let id = annotated.cardID(label) else { continue }
            if let index, doc.definitions.firstIndex(where: { $0.label == label }) != index { continue }
            let findings = annotated.checked.findings.filter { $0.footnote == label }
            out += "<section class=\"card\" id=\"\(h(id))\" tabindex=\"-1\" aria-label=\"Note \(h(label))\">"
            out += "<h4>Note [\(h(label))]"
            if let severity = annotated.worst(label) { out += " <span class=\"badge sev-\(severity.rawValue)\">\(severity.rawValue)</span>" }
            out += "</h4>\n"
            if let sentence = rendered.sentences[label] ?? doc.references(to: label).first?.sentence, !sentence.isEmpty {
                out += "<blockquote class=\"sentence\">\(h(sentence))</blockquote>\n"
            }
            if let index {
                out += "<p class=\"note-text\">\(h(doc.definitions[index].text))</p>\n"
            } else {
                out += "<p class=\"note-text none\">This marker has no note.</p>\n"
            }
            if findings.isEmpty {
                out += "<p class=\"clean\">No finding.</p>\n"
            } else {
                out += "<ul class=\"findings\">\n" + findings.map { badge($0, unit: doc.locationUnit) }.joined() + "</ul>\n"
            }
            out += "<p class=\"card-links\">"
            if rendered.sentences[label] != nil { out += "<a href=\"#\(h(annotated.sentenceID(label)))\">the sentence</a> · " }
            out += "<a href=\"#\(index.map { "note-\($0 + 1)" } ?? "\(prefix)-notes")\">in the notes list</a></p>\n"
            out += "</section>\n"
        }
        return out + "</aside>\n</div>\n"
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
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 78rem; padding: 1rem 1.5rem; color: #1d2329; background: #fff; }
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
        .views { font-size: .9rem; margin: .5rem 0; } a { color: #0550ae; }
        .timeline-figure { margin: 1rem 0; } .timeline-figure h3 { margin: 0; } .legend { font-size: .85rem; color: #57606a; margin: .2rem 0 .4rem; }
        svg.timeline { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
        .timeline .frame { fill: #54aeff; fill-opacity: .22; } .timeline .tick { stroke: #d0d7de; } .timeline .tick-label { fill: #57606a; text-anchor: middle; }
        .timeline .band { fill: #f6f8fa; } .timeline .row-label { text-anchor: end; fill: #1d2329; }
        .timeline .published { stroke: #1d2329; stroke-width: 1.5; stroke-dasharray: 5 3; } .timeline .published-label { fill: #1d2329; font-weight: 600; }
        .timeline .mark { fill: #57606a; } .timeline .range { stroke: #57606a; stroke-width: 3; }
        .timeline .ring { fill: none; stroke-width: 2.5; }
        .timeline .sev-error .mark { fill: #a40e26; } .timeline .sev-error .ring { stroke: #a40e26; }
        .timeline .sev-warning .mark { fill: #9a6700; } .timeline .sev-warning .ring { stroke: #7d4e00; }
        .timeline .sev-note .mark { fill: #0a3069; } .timeline .sev-note .ring { stroke: #0a3069; }
        .timeline .tip { display: none; fill: #1d2329; font-weight: 600; paint-order: stroke; stroke: #fff; stroke-width: 4px; }
        .timeline .dot:hover .tip, .timeline .dot:focus .tip { display: inline; }
        .timeline .dot:focus { outline: none; } .timeline .dot:focus .mark { stroke: #0969da; stroke-width: 3; }
        .annotated { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1.5rem; align-items: start; }
        .draft { font-size: 1rem; line-height: 1.6; overflow-wrap: anywhere; } .draft p { margin: 0 0 .8rem; }
        .draft-heading { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        mark.flag { color: inherit; border-bottom: 2px solid; padding: 0 .1em; }
        mark.flag.sev-error { background: #ffebe9; border-color: #a40e26; } mark.flag.sev-warning { background: #fff8c5; border-color: #7d4e00; }
        mark.flag.sev-note { background: #ddf4ff; border-color: #0a3069; }
        .marker { font-weight: 700; text-decoration: none; color: #0550ae; border-radius: 3px; padding: 0 .15em; white-space: nowrap; }
        .marker.sev-error { background: #a40e26; color: #fff; } .marker.sev-warning { background: #7d4e00; color: #fff; } .marker.sev-note { background: #0a3069; color: #fff; }
        a:focus-visible, .card:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
        .cards { position: sticky; top: .75rem; max-height: calc(100vh - 1.5rem); overflow: auto; }
        .hint { font-size: .9rem; color: #57606a; border: 1px dashed #d0d7de; border-radius: 6px; padding: .5rem .75rem; margin: 0; }
        .card { display: none; border: 2px solid #0a3069; border-radius: 6px; padding: .5rem .75rem; background: #fff; }
        .card.shown, .card:target { display: block; } .cards:has(.card.shown) .hint, .cards:has(.card:target) .hint { display: none; }
        .card h4 { margin: 0 0 .4rem; } .card .sentence { margin: 0 0 .5rem; padding: .25rem .6rem; border-left: 4px solid #d4a72c; background: #f6f8fa; }
        .card .note-text { margin: 0 0 .4rem; overflow-wrap: anywhere; } .card-links, .clean { font-size: .85rem; margin: .4rem 0 0; color: #57606a; }
        .show-card { font-size: .85rem; }
        @media (max-width: 64rem) { .annotated { grid-template-columns: 1fr; } .cards { position: static; max-height: none; } }
        @media print {
          body { max-width: none; padding: 0; font-size: 11pt; } .filters, .hint, .card-links, .views, .show-card { display: none; }
          .annotated { display: block; } .cards { position: static; max-height: none; overflow: visible; }
          .card { display: block; break-inside: avoid; border-width: 1px; margin-bottom: .5rem; } .note { break-inside: avoid; }
          mark.flag, .marker, .badge, .timeline { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .timeline-figure { break-inside: avoid; } .timeline .tip { display: none !important; }
        }
        .hide-error .finding.sev-error, .hide-warning .finding.sev-warning, .hide-note .finding.sev-note,
        .hide-suppressed .finding.suppressed { display: none; }
        """

    /// The CSP source of the one inline script: no other script runs and nothing is fetched, whatever
    /// a draft holds (its text is escaped anyway; this is the second lock).
    public static let scriptHash = "sha256-" + Data(SHA256.digest(Array(("\n" + script + "\n").utf8))).base64EncodedString()

    static let script = """
        function showCard(card) {
          for (const c of card.parentElement.querySelectorAll(".card.shown")) c.classList.remove("shown");
          card.classList.add("shown");
          history.replaceState(null, "", "#" + card.id);
          card.focus({ preventScroll: true });
        }
        for (const link of document.querySelectorAll("a.marker, a.dot, a.show-card")) {
          link.addEventListener("click", (event) => {
            const card = document.getElementById(link.getAttribute("href").slice(1));
            if (!card) return;
            event.preventDefault();
            // From the timeline or the notes list: bring the note's sentence (or the card) into view first.
            if (!link.classList.contains("marker")) {
              const sentence = document.querySelector("a.marker[href='#" + CSS.escape(card.id) + "']");
              (sentence || card).scrollIntoView({ block: "center" });
            }
            showCard(card);
          });
        }
        const opened = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (opened && opened.classList.contains("card")) opened.classList.add("shown");
        for (const box of document.querySelectorAll("[data-filter]")) {
          box.addEventListener("change", () => document.body.classList.toggle("hide-" + box.dataset.filter, !box.checked));
        }
        """
}
