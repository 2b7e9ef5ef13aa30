import CiteproofCore

/// The dates a draft cites, laid out for a look: one row per source (its canonical identity, or
/// the raw text when normalization did not identify it), one dot per cited date, the publication
/// date, and the draft's time frame. Findings sit on the dots they concern. Drawn as SVG by
/// `TimelineSVG` and as a table by the Markdown report.
struct Timeline {
    struct Dot {
        var date: CalendarDate
        var end: CalendarDate?
        var precision: DatePrecision
        /// The note's label; nil for an inline credit in the body.
        var note: String?
        /// The date as written.
        var text: String
        /// The citation as written.
        var citation: String
        var findings: [Finding]

        /// The most serious unsuppressed finding on the dot.
        var worst: Severity? { findings.filter { !$0.suppressed }.map(\.severity).max() }
    }

    struct Row {
        var source: String
        var dots: [Dot]
    }

    var rows: [Row]
    var publication: CalendarDate?
    /// The span of the cited dates in the year up to the publication date (around the middle
    /// cited date when the draft has none): where the draft's story stands.
    var frame: ClosedRange<CalendarDate>?
    /// The axis: every dot, the publication date and the frame fit.
    var start: CalendarDate
    var end: CalendarDate

    /// Nil when the draft cites no parsed date.
    init?(_ checked: CheckedDocument) {
        let doc = checked.document
        var order: [String] = []
        var byKey: [String: Row] = [:]
        // Where each citation's dot lands, to put findings on it.
        var dotsByNote: [String: [(key: String, index: Int, citation: Citation)]] = [:]
        var inline: [(key: String, index: Int, citation: Citation)] = []
        for (label, citation) in doc.allCitations {
            guard let date = citation.date, let value = date.value else { continue }
            let key: String
            let name: String
            if let source = citation.source {
                let raw = source.raw.trimmingCharacters(in: .whitespaces)
                key = source.identity?.canonical ?? raw.lowercased()
                name = source.identity?.canonical ?? raw
            } else if let ibid = citation.ibidOf {
                key = "ibid:\(ibid)"
                name = "Ibid. (note [\(ibid)])"
            } else {
                key = "\u{0}unidentified"
                name = "no source identified"
            }
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = Row(source: name, dots: [])
            }
            let dot = Dot(
                date: value, end: date.end, precision: date.precision ?? .day, note: label, text: date.text,
                citation: citation.text, findings: [])
            byKey[key]!.dots.append(dot)
            let placed = (key: key, index: byKey[key]!.dots.count - 1, citation: citation)
            if let label { dotsByNote[label, default: []].append(placed) } else { inline.append(placed) }
        }
        guard !order.isEmpty else { return nil }
        for finding in checked.findings {
            let candidates = finding.footnote.map { dotsByNote[$0] ?? [] } ?? inline
            let exact = candidates.first { c in
                (finding.location != nil && (finding.location == c.citation.date?.location || finding.location == c.citation.location))
                    || (finding.subject != nil && finding.subject == c.citation.text)
            }
            // A finding about the note as a whole (its sentence in the body): its first dated citation.
            guard let target = exact ?? (finding.footnote != nil ? candidates.first : nil) else { continue }
            byKey[target.key]!.dots[target.index].findings.append(finding)
        }
        rows = order.compactMap { byKey[$0] }.sorted {
            ($0.source.lowercased(), $0.source) < ($1.source.lowercased(), $1.source)
        }
        let publication = doc.publicationDate?.value
        self.publication = publication

        let days = rows.flatMap(\.dots).map(\.date).sorted()
        let middle = days[days.count / 2]
        let recent = days.filter { day in
            if let publication { return day <= publication && day.days(until: publication) < 366 }
            return abs(middle.days(until: day)) <= 183
        }
        let frame = recent.isEmpty ? nil : recent.first!...recent.last!
        self.frame = frame
        let ends = rows.flatMap(\.dots).map { $0.end ?? $0.date }
        start = ([days.first!] + [publication, frame?.lowerBound].compactMap { $0 }).min()!
        end = (ends + [publication, frame?.upperBound].compactMap { $0 }).max()!
    }
}
