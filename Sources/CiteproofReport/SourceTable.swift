import CiteproofCore
import Foundation

/// The sources a draft cites, one row per source: the canonical source (or the raw text when
/// normalization did not identify it), the notes that cite it and the range of cited dates.
struct SourceTable {
    struct Row: Equatable {
        /// The canonical spelling, or the first raw spelling.
        var source: String
        var isCanonical: Bool
        var kind: String?
        var platform: String?
        /// Other spellings of the same source in the draft.
        var spellings: [String]
        /// Note labels (`inline` for credits in the body), in document order, without repeats.
        var notes: [String]
        var firstDate: CalendarDate?
        var lastDate: CalendarDate?
        var urls: [String]

        /// "2021-04-03", "2021-04-01 – 2021-04-03", or "" when no citation had a date.
        var dateRange: String {
            guard let first = firstDate, let last = lastDate else { return "" }
            return first == last ? first.description : "\(first) – \(last)"
        }
    }

    var rows: [Row]

    init(_ document: Document) {
        var order: [String] = []
        var byKey: [String: Row] = [:]
        for (label, citation) in document.allCitations {
            guard let source = citation.source else { continue }
            let raw = source.raw.trimmingCharacters(in: .whitespaces)
            let key = source.identity?.canonical ?? raw.lowercased()
            var row = byKey[key] ?? Row(
                source: source.identity?.canonical ?? raw, isCanonical: source.identity != nil,
                kind: source.identity?.kind.rawValue, platform: source.identity?.platform, spellings: [], notes: [],
                urls: [])
            if !row.spellings.contains(raw) { row.spellings.append(raw) }
            let note = label ?? "inline"
            if !row.notes.contains(note) { row.notes.append(note) }
            for url in citation.urls where !row.urls.contains(url) { row.urls.append(url) }
            if let date = citation.date, let start = date.value {
                let end = date.end ?? start
                row.firstDate = min(row.firstDate ?? start, start)
                row.lastDate = max(row.lastDate ?? end, end)
            }
            if byKey[key] == nil { order.append(key) }
            byKey[key] = row
        }
        rows = order.compactMap { byKey[$0] }.sorted {
            ($0.source.lowercased(), $0.source) < ($1.source.lowercased(), $1.source)
        }
    }
}
