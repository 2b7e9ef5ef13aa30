/// A cited URL that carries click-tracking parameters (`?utm_source=…`, `?s=20&t=…`, `?si=…`).
public struct TrackingParametersRule: Rule {
    public static let description = RuleDescription(
        id: "tracking-parameters", name: "Tracking parameters in a URL",
        summary: "A cited URL carries tracking parameters; the suggestion is the cleaned URL.",
        rationale: """
            Share links carry parameters that identify who shared them and where (ClearURLs' rule sets \
            list them). They add nothing to the citation and can expose the editor's accounts.
            """,
        defaultSeverity: .note,
        triggeringExamples: [
            RuleExample("Statement.[^1]\n\n[^1]: https://twitter.com/KM94310/status/1378318327069253633?s=20&t=abc, April 3, 2021.\n")
        ],
        nonTriggeringExamples: [
            RuleExample("Statement.[^1]\n\n[^1]: https://www.youtube.com/watch?v=dQw4w9WgXcQ, April 3, 2021.\n")
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        document.allCitations.flatMap { footnote, citation -> [Finding] in
            var urls = citation.urls
            if let raw = citation.source?.raw, citation.source?.identity?.url != nil, !urls.contains(raw) { urls.append(raw) }
            return urls.compactMap { url -> Finding? in
                guard let normalized = URLNormalizer.normalize(SourceSpelling.tidy(url), catalog: context.catalog), normalized.hadTrackingParameters
                else { return nil }
                let names = normalized.removedParameters.map { "“\($0.prefix { $0 != "=" })”" }.joined(separator: ", ")
                var found = finding(
                    "URL carries tracking parameter\(normalized.removedParameters.count == 1 ? "" : "s") \(names).",
                    context: context, footnote: footnote, location: citation.location,
                    evidence: [Evidence(kind: "url", text: url, footnote: footnote, location: citation.location)],
                    suggestion: normalized.url, subject: normalized.url)
                // The URL as written, replaced in the citation's text (only where it is written once).
                if citation.text.components(separatedBy: url).count == 2 {
                    found.fix = .make(
                        at: citation.location, original: citation.text,
                        replacement: citation.text.replacingOccurrences(of: url, with: normalized.url))
                }
                return found
            }
        }
    }
}
