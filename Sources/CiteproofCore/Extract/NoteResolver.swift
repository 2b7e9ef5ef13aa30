/// Cross-note resolution: "Ibid." takes the source of the note before it; a short form
/// (`Doe, 91.`) or `Ibid.`/`Id.`/`op. cit.` is linked to the full reference it repeats.
enum NoteResolver {
    /// Runs `ReferenceResolver` over every citation's reference in note order; a resolved short
    /// form takes the source and links of the full citation it repeats.
    static func resolveShortForms(_ definitions: [FootnoteDefinition]) -> [FootnoteDefinition] {
        var result = definitions
        var slots: [(d: Int, c: Int)] = []
        var notes: [(label: String, reference: Reference)] = []
        for d in result.indices {
            for c in result[d].citations.indices {
                guard let reference = result[d].citations[c].reference else { continue }
                slots.append((d, c))
                notes.append((result[d].label, reference))
            }
        }
        guard notes.contains(where: { $0.reference.form != .full }) else { return result }
        let resolved = ReferenceResolver.resolve(notes)
        // The first note of each label (a label may repeat).
        var firstNote: [String: Int] = [:]
        for d in result.indices where firstNote[result[d].label] == nil { firstNote[result[d].label] = d }
        for (slot, reference) in zip(slots, resolved) {
            result[slot.d].citations[slot.c].reference = reference
            guard reference.form == .short, let label = reference.repeats, let d = firstNote[label],
                let full = result[d].citations.first(where: { $0.source != nil })
            else { continue }
            result[slot.d].citations[slot.c].source = full.source
            if result[slot.d].citations[slot.c].urls.isEmpty { result[slot.d].citations[slot.c].urls = full.urls }
        }
        return result
    }

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
