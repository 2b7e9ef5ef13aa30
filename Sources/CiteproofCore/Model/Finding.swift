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

/// Why a finding is hidden: an inline directive in the draft, or a baseline file that records it.
public struct FindingSuppression: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case directive, baseline
    }

    public var kind: Kind
    /// The directive as written with its line (`line 12: citeproof-disable-next-line date-year-outlier`),
    /// or the baseline file.
    public var reason: String

    public init(kind: Kind, reason: String) {
        self.kind = kind
        self.reason = reason
    }
}

/// A machine-usable correction: replace `original`, written at `location` in the draft's source text,
/// by `replacement`. An editor (the language server's code actions) applies it only after checking that
/// the text at `location` still reads `original`. Not part of the JSON report (the `suggestion` is).
public struct FindingFix: Hashable, Sendable {
    public var location: SourceLocation
    public var original: String
    public var replacement: String

    public init(location: SourceLocation, original: String, replacement: String) {
        self.location = location
        self.original = original
        self.replacement = replacement
    }

    /// A fix when both texts are known, differ, and the place has a column.
    static func make(at location: SourceLocation?, original: String?, replacement: String?) -> FindingFix? {
        guard let location, location.column != nil, let original, let replacement, !original.isEmpty, original != replacement
        else { return nil }
        return FindingFix(location: location, original: original, replacement: replacement)
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
    /// Set when an inline directive or a baseline hides the finding, with why.
    public var suppression: FindingSuppression?
    /// The suggestion as an edit of the source text, when the rule knows one (not encoded in reports).
    public var fix: FindingFix?

    /// Hidden by a directive or a baseline: reported, but never counted towards the exit code.
    public var suppressed: Bool { suppression != nil }

    public init(
        rule: String, severity: Severity, message: String, footnote: String? = nil,
        location: SourceLocation? = nil, evidence: [Evidence] = [], suggestion: String? = nil,
        subject: String? = nil, suppression: FindingSuppression? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.footnote = footnote
        self.location = location
        self.evidence = evidence
        self.suggestion = suggestion
        self.subject = subject
        self.suppression = suppression
    }

    enum CodingKeys: String, CodingKey {
        case rule, severity, message, footnote, location, evidence, suggestion, subject, suppressed, suppression
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rule = try c.decode(String.self, forKey: .rule)
        severity = try c.decode(Severity.self, forKey: .severity)
        message = try c.decode(String.self, forKey: .message)
        footnote = try c.decodeIfPresent(String.self, forKey: .footnote)
        location = try c.decodeIfPresent(SourceLocation.self, forKey: .location)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        suggestion = try c.decodeIfPresent(String.self, forKey: .suggestion)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        suppression = try c.decodeIfPresent(FindingSuppression.self, forKey: .suppression)
    }

    /// `suppressed` stays in the export (a boolean every consumer reads); `suppression` says why.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
        try c.encodeIfPresent(footnote, forKey: .footnote)
        try c.encodeIfPresent(location, forKey: .location)
        try c.encode(evidence, forKey: .evidence)
        try c.encodeIfPresent(suggestion, forKey: .suggestion)
        try c.encodeIfPresent(subject, forKey: .subject)
        try c.encode(suppressed, forKey: .suppressed)
        try c.encodeIfPresent(suppression, forKey: .suppression)
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
