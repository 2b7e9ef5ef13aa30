/// Every rule citeproof knows, in the order `citeproof rules` lists them.
///
/// Add a rule by writing its file under `Check/Rules/` and naming its type here.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        MissingDefinitionRule.self,
        UnusedDefinitionRule.self,
        DuplicateDefinitionRule.self,
        NumberingGapRule.self,
        MissingSourceRule.self,
        UnresolvedMarkerRule.self,
        // Sources
        InvalidHandleRule.self,
        SourceVariantRule.self,
        TrackingParametersRule.self,
        DuplicateCitationRule.self,
        // Dates
        DateAfterPublicationRule.self,
        DateYearOutlierRule.self,
        BodyDateMismatchRule.self,
        IdDateMismatchRule.self,
        DateBeforePlatformRule.self,
        InvalidDateRule.self,
        AmbiguousDateRule.self,
        MissingDateRule.self,
        // References
        ShortFormMismatchRule.self,
        AccessedBeforeIssuedRule.self,
        AccessedYearOutlierRule.self,
        ImplausibleYearRule.self,
        // Links (with --probe)
        URLDeadRule.self,
        URLUnreachableRule.self,
        URLRedirectedRule.self,
        URLUnverifiableRule.self,
        URLSoft404Rule.self,
        PageDateMismatchRule.self,
        // Quotations (with --quotes)
        QuoteNotFoundRule.self,
        QuoteAlteredRule.self,
        QuoteOutsideArticleRule.self,
        QuoteTranslationRule.self,
    ]

    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }

    /// The README's `## Rules` table: one row per rule, in registry order
    /// (`citeproof rules --format markdown`, `scripts/update-readme-rules`).
    public static func markdownTable() -> String {
        var lines = ["| id | default | finds |", "| --- | --- | --- |"]
        for d in all.map({ $0.description }) {
            let finds = d.summary.replacingEvery("|", with: "\\|")
            lines.append("| `\(d.id)` | \(d.defaultSeverity.rawValue) | \(finds) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
