/// Finds a dateline near the top of a draft: a line that is only a date
/// ("April 4, 2021"), or a labelled one ("Published: April 4, 2021", "By A. Writer | April 4, 2021").
enum DatelineFinder {
    static let labels = [
        "published on", "published", "posted on", "posted", "updated", "date", "dated", "first published",
        // The same labels in the languages whose dates citeproof reads.
        "تاريخ النشر", "نشر في", "تاریخ انتشار", "опубликовано", "опубліковано", "publié le", "veröffentlicht am",
        "publicado el", "yayınlanma tarihi",
    ]

    /// The first dateline among `lines` (line text and the line's location).
    static func dateline(in lines: [(text: String, location: SourceLocation)]) -> PublicationDate? {
        let scanner = DateScanner()
        for (raw, location) in lines {
            var text = raw.trimmingCharacters(in: " \t*_#>")
            guard !text.isEmpty, text.count <= 120 else { continue }
            let lower = text.lowercased()
            for label in labels where lower.hasPrefix(label) {
                text = String(text.dropFirst(label.count)).trimmingCharacters(in: " :-–—")
                break
            }
            // "By A. Writer | April 4, 2021" or "Washington · April 4, 2021".
            let pieces = text.split(whereSeparator: { "|·•—".contains($0) }).map { String($0).trimmingCharacters(in: " ") }
            for piece in pieces.reversed() {
                if let m = scanner.parse(piece), let value = m.value, m.precision == .day, m.problem == nil {
                    return PublicationDate(value: value, origin: "dateline", location: location)
                }
            }
        }
        return nil
    }
}
