/// Cross-note resolution: "Ibid." takes the source of the note before it.
enum NoteResolver {
    static func resolveIbid(_ definitions: [FootnoteDefinition]) -> [FootnoteDefinition] {
        var result = definitions
        var previous: (label: String, source: CitedSource?, urls: [String])?
        for d in result.indices {
            for c in result[d].citations.indices {
                let citation = result[d].citations[c]
                let isIbid = citation.signal.map { $0.lowercased().hasPrefix("ibid") || $0.lowercased().hasPrefix("id") } ?? false
                if isIbid, let prev = previous {
                    if citation.source == nil { result[d].citations[c].source = prev.source }
                    if citation.urls.isEmpty { result[d].citations[c].urls = prev.urls }
                    result[d].citations[c].ibidOf = prev.label
                }
            }
            if let last = result[d].citations.last(where: { $0.source != nil }) {
                previous = (result[d].label, last.source, last.urls)
            }
        }
        return result
    }
}
