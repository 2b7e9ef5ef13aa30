/// One source written in different ways across notes (`Twitter.com/KM94310`, `x.com/km94310`).
public struct SourceVariantRule: Rule {
    public static let description = RuleDescription(
        id: "source-variant", name: "Source spelled differently",
        summary: "The same canonical source is written in different ways in different notes.",
        rationale: """
            Consistent citations let readers see that two notes cite one source. The finding lists \
            every spelling and suggests the first one used.
            """,
        defaultSeverity: .note,
        triggeringExamples: [
            RuleExample("A.[^1] B.[^2]\n\n[^1]: Twitter.com/KM94310, April 3, 2021.\n\n[^2]: x.com/km94310, April 4, 2021.\n")
        ],
        nonTriggeringExamples: [
            RuleExample("A.[^1] B.[^2]\n\n[^1]: Twitter.com/KM94310, April 3, 2021.\n\n[^2]: Twitter.com/KM94310, April 4, 2021.\n")
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        var order: [String] = []
        var uses: [String: [(footnote: String?, citation: Citation, spelling: String)]] = [:]
        for (footnote, citation) in document.allCitations {
            guard let source = citation.source, let identity = source.identity else { continue }
            // An outlet's name beside its URL is an alias of the site, not a misspelling of it.
            if identity.name == source.raw, identity.kind == .website, identity.url == nil { continue }
            // A website's canonical form is its domain: its pages are told apart by their URLs.
            let key = identity.kind == .website ? identity.url.map { "url:" + $0 } ?? identity.canonical : identity.canonical
            if uses[key] == nil { order.append(key) }
            uses[key, default: []].append((footnote, citation, source.raw.foldingWhitespace()))
        }
        return order.compactMap { key -> Finding? in
            guard let group = uses[key] else { return nil }
            var spellings: [String] = []
            for use in group where !spellings.contains(use.spelling) { spellings.append(use.spelling) }
            guard spellings.count > 1, let first = group.first,
                let variant = group.first(where: { $0.spelling != first.spelling })
            else { return nil }
            let canonical = first.citation.source?.identity?.canonical ?? key
            let evidence = group.map {
                Evidence(kind: "spelling", text: $0.spelling, footnote: $0.footnote, location: $0.citation.location)
            }
            let list = spellings.map { "“\($0)”" }.joined(separator: ", ")
            var found = finding(
                "\(canonical) is written \(spellings.count) ways: \(list).", context: context,
                footnote: variant.footnote, location: variant.citation.location, evidence: evidence,
                suggestion: first.spelling, subject: canonical)
            // The variant's source as written, replaced in its citation by the first spelling's.
            if let raw = variant.citation.source?.raw, let firstRaw = first.citation.source?.raw,
                variant.citation.text.components(separatedBy: raw).count == 2
            {
                found.fix = .make(
                    at: variant.citation.location, original: variant.citation.text,
                    replacement: variant.citation.text.replacingOccurrences(of: raw, with: firstRaw))
            }
            return found
        }
    }
}
