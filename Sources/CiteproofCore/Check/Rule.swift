/// One example a rule's documentation shows and its tests run: a whole small draft.
public struct RuleExample: Sendable {
    public var draft: String
    public var format: DocumentFormat
    /// Overrides the draft's publication date (`YYYY-MM-DD`).
    public var published: String?
    public var comment: String?
    /// Probe verdicts the example is checked with (for rules that need `--probe`).
    public var linkChecks: [LinkCheck]

    public init(
        _ draft: String, format: DocumentFormat = .markdown, published: String? = nil, comment: String? = nil,
        linkChecks: [LinkCheck] = []
    ) {
        self.draft = draft
        self.format = format
        self.published = published
        self.comment = comment
        self.linkChecks = linkChecks
    }
}

/// What a rule is: the one source of truth for `citeproof rules`, `explain`, SARIF and the docs.
public struct RuleDescription: Sendable {
    /// Stable kebab-case id (`missing-definition`).
    public var id: String
    public var name: String
    public var summary: String
    public var rationale: String
    public var defaultSeverity: Severity
    /// Drafts on which the rule must report at least one finding.
    public var triggeringExamples: [RuleExample]
    /// Drafts on which the rule must report nothing.
    public var nonTriggeringExamples: [RuleExample]
    /// What the rule needs to run (e.g. "a publication date"); shown when it is skipped.
    public var requirement: RuleRequirement

    public init(
        id: String, name: String, summary: String, rationale: String, defaultSeverity: Severity,
        triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample],
        requirement: RuleRequirement = .none
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.requirement = requirement
    }
}

/// A precondition without which a rule is skipped (and the report says so).
public enum RuleRequirement: String, Sendable {
    case none
    case publicationDate = "a publication date"
    case probeResults = "probe results (--probe)"
    case quotedPages = "quotations checked against the cited pages (--quotes)"
}

/// What every rule sees besides the document.
public struct CheckContext: Sendable {
    /// The severity the rule reports at (its default, or the configured one).
    public var severity: Severity
    /// The run's platform table (`CheckOptions.catalog`).
    public var catalog: PlatformCatalog

    public init(severity: Severity, catalog: PlatformCatalog = .builtIn) {
        self.severity = severity
        self.catalog = catalog
    }
}

/// A check over a read document. One rule = one file = one type.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ document: Document, context: CheckContext) -> [Finding]
}

extension Rule {
    /// Builds a finding of this rule at the context's severity.
    public func finding(
        _ message: String, context: CheckContext, footnote: String? = nil, location: SourceLocation? = nil,
        evidence: [Evidence] = [], suggestion: String? = nil, subject: String? = nil
    ) -> Finding {
        Finding(
            rule: Self.description.id, severity: context.severity, message: message, footnote: footnote,
            location: location, evidence: evidence, suggestion: suggestion, subject: subject)
    }
}
