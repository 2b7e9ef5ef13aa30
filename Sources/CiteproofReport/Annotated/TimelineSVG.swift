import CiteproofCore

/// Draws a `Timeline` as inline SVG (no script library): one row per source, a dot per cited date
/// (a circle for a day, a square for a month, a diamond for a year; a bar for a range), the
/// publication date as a vertical line, the time frame shaded, and a ring in the finding's
/// colour on every dot a finding concerns. Each dot is a link to its note's card; hovering or
/// focusing it shows the note.
struct TimelineSVG {
    var timeline: Timeline
    /// The id of the card that shows a note (nil: no card).
    var cardID: (String?) -> String?

    static let width = 760.0
    static let labelWidth = 200.0
    static let rowHeight = 26.0
    static let top = 34.0

    func render() -> String {
        let t = timeline
        let x0 = Self.labelWidth + 12, x1 = Self.width - 24
        let span = max(1, t.start.days(until: t.end))
        let pad = max(2, span / 30)
        let first = t.start.adding(days: -pad), total = Double(span + 2 * pad)
        func x(_ d: CalendarDate) -> Double { x0 + Double(first.days(until: d)) / total * (x1 - x0) }
        let height = Self.top + Double(t.rows.count) * Self.rowHeight + 30
        let plotBottom = Self.top + Double(t.rows.count) * Self.rowHeight
        var svg = "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" "
        svg += "width=\"\(Int(Self.width))\" height=\"\(Int(height))\" role=\"group\" aria-label=\"Cited dates by source\">\n"
        // Row bands, the time frame over them, then the axis ticks.
        for index in t.rows.indices where index % 2 == 1 {
            let y = Self.top + Double(index) * Self.rowHeight
            svg += "<rect class=\"band\" x=\"0\" y=\"\(f(y))\" width=\"\(Int(Self.width))\" height=\"\(f(Self.rowHeight))\"/>"
        }
        if let frame = t.frame {
            let a = x(frame.lowerBound), b = max(x(frame.upperBound), a + 6)
            svg += "<rect class=\"frame\" x=\"\(f(a - 3))\" y=\"\(f(Self.top - 6))\" width=\"\(f(b - a + 6))\" height=\"\(f(plotBottom - Self.top + 12))\">"
            svg += "<title>time frame: \(h(frame.lowerBound.description)) – \(h(frame.upperBound.description))</title></rect>\n"
        }
        for (day, label) in ticks(from: first, to: t.end.adding(days: pad)) {
            let tx = x(day)
            svg += "<line class=\"tick\" x1=\"\(f(tx))\" x2=\"\(f(tx))\" y1=\"\(f(Self.top - 10))\" y2=\"\(f(plotBottom))\"/>"
            svg += "<text class=\"tick-label\" x=\"\(f(tx))\" y=\"\(f(Self.top - 14))\">\(h(label))</text>\n"
        }
        for (index, row) in t.rows.enumerated() {
            let y = Self.top + Double(index) * Self.rowHeight
            let mid = y + Self.rowHeight / 2
            let name = row.source.count > 30 ? String(row.source.prefix(29)) + "…" : row.source
            svg += "<text class=\"row-label\" x=\"\(f(Self.labelWidth))\" y=\"\(f(mid + 4))\"><title>\(h(row.source))</title>\(h(name))</text>\n"
            for dot in row.dots {
                svg += render(dot, x: x, mid: mid)
            }
        }
        if let published = t.publication {
            let px = x(published)
            svg += "<line class=\"published\" x1=\"\(f(px))\" x2=\"\(f(px))\" y1=\"\(f(Self.top - 8))\" y2=\"\(f(plotBottom + 4))\"/>"
            let anchor = px > x1 - 120 ? "end" : "start"
            svg += "<text class=\"published-label\" x=\"\(f(px))\" y=\"\(f(plotBottom + 18))\" text-anchor=\"\(anchor)\">published \(h(published.description))</text>\n"
        }
        return svg + "</svg>"
    }

    private func render(_ dot: Timeline.Dot, x: (CalendarDate) -> Double, mid: Double) -> String {
        let cx = x(dot.date)
        let severity = dot.worst
        let note = dot.note.map { "[\($0)]" } ?? "inline credit"
        var tip = "\(note) \(dot.text)"
        if dot.findings.isEmpty {
            tip += ": no finding"
        }
        for finding in dot.findings {
            tip += " — \(finding.severity.rawValue)\(finding.suppressed ? " (suppressed)" : ""): \(finding.message) [\(finding.rule)]"
        }
        let classes = "dot" + (severity.map { " sev-\($0.rawValue)" } ?? "")
        var out: String
        if let id = cardID(dot.note) {
            out = "<a class=\"\(classes)\" href=\"#\(h(id))\" aria-label=\"\(h(tip))\">"
        } else {
            out = "<g class=\"\(classes)\" tabindex=\"0\" aria-label=\"\(h(tip))\">"
        }
        out += "<title>\(h(tip))</title>"
        if let end = dot.end, end != dot.date {
            out += "<line class=\"range\" x1=\"\(f(cx))\" x2=\"\(f(x(end)))\" y1=\"\(f(mid))\" y2=\"\(f(mid))\"/>"
        }
        if severity != nil {
            out += "<circle class=\"ring\" cx=\"\(f(cx))\" cy=\"\(f(mid))\" r=\"9\"/>"
        }
        switch dot.precision {
        case .day:
            out += "<circle class=\"mark\" data-precision=\"day\" cx=\"\(f(cx))\" cy=\"\(f(mid))\" r=\"5\"/>"
        case .month:
            out += "<rect class=\"mark\" data-precision=\"month\" x=\"\(f(cx - 4.5))\" y=\"\(f(mid - 4.5))\" width=\"9\" height=\"9\"/>"
        case .year:
            out += "<polygon class=\"mark\" data-precision=\"year\" points=\"\(f(cx)),\(f(mid - 6)) \(f(cx + 6)),\(f(mid)) \(f(cx)),\(f(mid + 6)) \(f(cx - 6)),\(f(mid))\"/>"
        }
        // Shown on hover and focus (a title alone shows nothing to a keyboard user).
        let label = dot.note.map { "[\($0)] " } ?? ""
        let anchor = cx > Self.width - 200 ? "end" : "start"
        let tx = anchor == "end" ? cx - 12 : cx + 12
        out += "<text class=\"tip\" x=\"\(f(tx))\" y=\"\(f(mid - 8))\" text-anchor=\"\(anchor)\">\(h(label + dot.text))"
        if let first = dot.findings.first { out += " — \(h(first.rule))" }
        out += "</text>"
        return out + (cardID(dot.note) != nil ? "</a>\n" : "</g>\n")
    }

    /// Axis ticks: years over long spans, months over a few, weeks over short ones.
    private func ticks(from start: CalendarDate, to end: CalendarDate) -> [(CalendarDate, String)] {
        let days = start.days(until: end)
        var out: [(CalendarDate, String)] = []
        if days > 3 * 365 {
            let step = max(1, days / 365 / 8)
            var year = start.year + 1
            while year <= end.year {
                if year % step == 0 { out.append((CalendarDate(year: year, month: 1, day: 1)!, String(year))) }
                year += 1
            }
        } else if days > 75 {
            let step = max(1, (days + 30 * 6) / (30 * 7))  // seven labels at most: they must not overlap
            var (year, month) = start.day == 1 ? (start.year, start.month) : (start.month == 12 ? start.year + 1 : start.year, start.month % 12 + 1)
            var count = 0
            while CalendarDate(year: year, month: month, day: 1)! <= end {
                if count % step == 0 {
                    out.append((CalendarDate(year: year, month: month, day: 1)!, "\(Self.months[month - 1]) \(year)"))
                }
                count += 1
                (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
            }
        } else {
            let step = days > 21 ? 7 : (days > 7 ? 2 : 1)
            var day = start
            while day <= end {
                out.append((day, "\(Self.months[day.month - 1]) \(day.day)"))
                day = day.adding(days: step)
            }
        }
        return out
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private func f(_ v: Double) -> String {
        let rounded = (v * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private func h(_ s: String) -> String { ReportSupport.escapeMarkup(s) }
}
