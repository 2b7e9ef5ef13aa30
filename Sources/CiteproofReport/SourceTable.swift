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
        // Membership sets beside each row: one source may be cited by thousands of notes.
        var seen: [String: (spellings: Set<String>, notes: Set<String>, urls: Set<String>)] = [:]
        for (label, citation) in document.allCitations {
            guard let source = citation.source else { continue }
            let raw = source.raw.trimmingCharacters(in: .whitespaces)
            let key = source.identity?.canonical ?? raw.lowercased()
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = Row(
                    source: source.identity?.canonical ?? raw, isCanonical: source.identity != nil,
                    kind: source.identity?.kind.rawValue, platform: source.identity?.platform, spellings: [], notes: [],
                    urls: [])
                seen[key] = ([], [], [])
            }
            if seen[key]!.spellings.insert(raw).inserted { byKey[key]!.spellings.append(raw) }
            let note = label ?? "inline"
            if seen[key]!.notes.insert(note).inserted { byKey[key]!.notes.append(note) }
            for url in citation.urls where seen[key]!.urls.insert(url).inserted { byKey[key]!.urls.append(url) }
            if let date = citation.date, let start = date.value {
                let end = date.end ?? start
                byKey[key]!.firstDate = min(byKey[key]!.firstDate ?? start, start)
                byKey[key]!.lastDate = max(byKey[key]!.lastDate ?? end, end)
            }
        }
        // Each row's sort key is lowercased once, not on every comparison (the same order).
        rows = order.compactMap { byKey[$0] }.map { (key: $0.source.lowercased(), row: $0) }.sorted {
            ($0.key, $0.row.source) < ($1.key, $1.row.source)
        }.map(\.row)
    }
}
