/// Two notes with the identical citation, where "Ibid." was probably meant.
public struct DuplicateCitationRule: Rule {
    public static let description = RuleDescription(
        id: "duplicate-citation", name: "Duplicate citation",
        summary: "A note repeats the citation of the note before it word for word.",
        rationale: """
            Consecutive notes citing the same source with the same date are usually written "Ibid."; \
            an identical repeat can also be a copy-paste slip where a different source was meant.
            """,
        defaultSeverity: .note,
        triggeringExamples: [
            RuleExample("A.[^4] B.[^5]\n\n[^4]: Telegram.me/centerkaf, April 3, 2021.\n\n[^5]: Telegram.me/centerkaf, April 3, 2021.\n")
        ],
        nonTriggeringExamples: [
            RuleExample("A.[^4] B.[^5]\n\n[^4]: Telegram.me/centerkaf, April 3, 2021.\n\n[^5]: Ibid.\n"),
            RuleExample("A.[^2] B.[^3]\n\n[^2]: Ahlulhaq.com, April 2, 2021.\n\n[^3]: Ahlulhaq.com, April 3, 2021.\n"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (previous, note) in zip(document.definitions, document.definitions.dropFirst()) {
            guard note.citations.count == 1, previous.citations.count == 1,
                let earlier = previous.citations.first, let citation = note.citations.first,
                citation.ibidOf == nil, Self.key(citation) == Self.key(earlier)
            else { continue }
            var repeated = finding(
                    "Note \(note.label) repeats note \(previous.label)'s citation “\(citation.text.foldingWhitespace())”.",
                    context: context, footnote: note.label, location: citation.location ?? note.location,
                    evidence: [Evidence(kind: "note", text: earlier.text, footnote: previous.label, location: earlier.location)],
                    suggestion: "Ibid.", subject: citation.text.foldingWhitespace())
            repeated.fix = .make(at: citation.location, original: citation.text, replacement: "Ibid.")
            findings.append(repeated)
        }
        return findings
    }

    /// The citation's text with whitespace and final punctuation folded.
    static func key(_ citation: Citation) -> String {
        var text = citation.text.foldingWhitespace()
        while let last = text.last, ".;,".contains(last) { text.removeLast() }
        return text.lowercased()
    }
}
