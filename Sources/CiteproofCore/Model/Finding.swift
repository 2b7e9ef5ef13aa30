/// How serious a finding is (SARIF's levels).
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case note
    case warning
    case error

    var rank: Int {
        switch self {
        case .note: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One piece of evidence behind a finding: a sibling note, a decoded
/// timestamp, the sentence that carries a marker.
public struct Evidence: Hashable, Sendable, Codable {
    public var kind: String
    public var text: String
    public var footnote: String?
    public var location: SourceLocation?

    public init(kind: String, text: String, footnote: String? = nil, location: SourceLocation? = nil) {
        self.kind = kind
        self.text = text
        self.footnote = footnote
        self.location = location
    }
}

/// One problem found in a document by one rule.
public struct Finding: Hashable, Sendable, Codable {
    public var rule: String
    public var severity: Severity
    public var message: String
    /// The label of the footnote concerned, if any.
    public var footnote: String?
    public var location: SourceLocation?
    public var evidence: [Evidence]
    public var suggestion: String?
    /// Text that identifies the finding independently of its line (used for
    /// fingerprints): e.g. the citation text or the canonical source.
    public var subject: String?
    /// Set when an inline directive or a baseline hides the finding.
    public var suppressed: Bool

    public init(
        rule: String, severity: Severity, message: String, footnote: String? = nil,
        location: SourceLocation? = nil, evidence: [Evidence] = [], suggestion: String? = nil,
        subject: String? = nil, suppressed: Bool = false
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.footnote = footnote
        self.location = location
        self.evidence = evidence
        self.suggestion = suggestion
        self.subject = subject
        self.suppressed = suppressed
    }

    /// The one order in which findings are reported: by location, then rule.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        let la = a.location ?? SourceLocation(line: Int.max, column: nil)
        let lb = b.location ?? SourceLocation(line: Int.max, column: nil)
        if la != lb { return la < lb }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}
