/// A Markdown footnote marker left as literal text in a converted draft.
public struct UnresolvedMarkerRule: Rule {
    public static let description = RuleDescription(
        id: "unresolved-marker",
        name: "Unresolved footnote marker",
        summary: "The body shows a literal `[^label]`: a Markdown footnote that was never defined, left as text by the converter.",
        rationale: """
            pandoc and other converters keep an undefined `[^9]` as the characters `[^9]` in HTML, Word and \
            OpenDocument output, so the published page shows the marker and the claim has no note. \
            Markers inside code are examples and are not reported.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(
                "<p>One stallholder called the fees “a tax on the town’s own traditions.”[^9]</p>\n", format: .html),
            RuleExample(
                """
                <p>The festival returned.<a href="#fn1" class="footnote-ref" id="fnref1"><sup>1</sup></a> \
                Fees rose.[^2]</p>
                <section class="footnotes"><ol><li id="fn1"><p>Riverton Ledger, May 19, 2024.\
                <a href="#fnref1" class="footnote-back">↩︎</a></p></li></ol></section>
                """, format: .html),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "<p>Type <code>see note [^1]</code> as a placeholder.</p>\n", format: .html,
                comment: "a marker inside code is an example"),
            RuleExample("The council met.[^1]\n\n[^1]: Riverton Ledger, March 3, 2024.\n"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        document.unresolvedMarkers.map { marker in
            finding(
                "\(marker.text) is literal text: a footnote marker with no note", context: context,
                location: marker.location, suggestion: "define the note, or delete the marker",
                subject: "unresolved:\(marker.text):\(marker.location)")
        }
    }
}
