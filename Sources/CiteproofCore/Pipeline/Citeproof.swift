/// The stages one at a time: read → extract → normalize → check. Pure: bytes in, values out.
/// `CheckRun` runs them all, in order, over many inputs.
public enum Citeproof {
    public static let version = "0.1.0"

    /// Largest input read by default (bytes).
    public static let defaultMaxInputBytes = 512 * 1024 * 1024

    /// The read stage alone: `bytes` as blocks of a draft of `format` (detected when nil).
    public static func readDraft(bytes: [UInt8], path: String, format: DocumentFormat? = nil) throws -> ReadDraft {
        let format = format ?? FormatDetector.detect(path: path, bytes: bytes)
        var input = ReaderInput(path: path, bytes: bytes, text: "", sha256: SHA256.hex(bytes), notices: [])
        if format.readsDecodedText {
            let decoded = try InputDecoder.decode(bytes, path: path)
            input.bytes = []
            input.text = decoded.text
            input.notices = decoded.notices
        }
        return try format.reader.read(input)
    }

    /// Read and extract: the document as the rules see it, before normalization. `published`
    /// overrides the draft's own publication date (and so resolves its yearless dates).
    public static func read(
        bytes: [UInt8], path: String, format: DocumentFormat? = nil, published: PublicationDate? = nil,
        keepingBody: Bool = false
    ) throws -> Document {
        DocumentExtractor.extract(
            try readDraft(bytes: bytes, path: path, format: format), publishedOverride: published, keepingBody: keepingBody)
    }

    /// The normalize stage alone: canonical source identities (the probe needs them before checking).
    public static func normalize(_ document: Document, options: CheckOptions = CheckOptions()) -> Document {
        var document = document
        NormalizeStage.run(&document, aliases: options.sourceAliases, catalog: options.catalog)
        return document
    }

    /// The check stage over a read document: normalizes it if that has not been done, runs every
    /// enabled rule, and applies the draft's own suppression directives.
    public static func check(_ document: Document, options: CheckOptions = CheckOptions()) -> CheckedDocument {
        var document = document
        if let published = options.publication, document.publicationDate != published {
            // A document read without the override: its dates were resolved against another date.
            document.publicationDate = published
        }
        NormalizeStage.run(&document, aliases: options.sourceAliases, catalog: options.catalog)
        return checkNormalized(document, options: options)
    }

    /// The check and suppress stages over a normalized document.
    static func checkNormalized(_ document: Document, options: CheckOptions) -> CheckedDocument {
        var findings: [Finding] = []
        var skipped: [String: String] = [:]
        for rule in RuleRegistry.all {
            let d = rule.description
            guard let severity = options.severity(for: d) else { continue }
            if d.requirement == .probeResults, !options.probed { continue }
            if d.requirement == .quotedPages, !(options.probed && options.quotes) { continue }
            if d.requirement == .publicationDate, document.publicationDate == nil {
                skipped[d.id] = "needs \(d.requirement.rawValue); none found (use --published YYYY-MM-DD)"
                continue
            }
            findings += rule.init().check(document, context: CheckContext(severity: severity, catalog: options.catalog))
        }
        findings.sort(by: Finding.reportOrder)
        return Suppression.apply(to: CheckedDocument(document: document, findings: findings, skippedRules: skipped))
    }
}

/// Settings of one check run.
public struct CheckOptions: Sendable {
    /// The publication date to use instead of the draft's own (`--published`, or `publishedDate`
    /// in the configuration), with its origin.
    public var publication: PublicationDate?
    /// Per-rule severity; `nil` in the map turns the rule off.
    public var severityOverrides: [String: Severity?]
    /// Whether the probe stage runs (rules that need its verdicts are skipped otherwise).
    public var probed: Bool
    /// Whether the quote stage runs (`--quotes`): the probe keeps the pages quoting sentences cite,
    /// and their quotations are checked against them. Needs `probed`.
    public var quotes: Bool = false
    /// Named outlet → canonical id, from the configuration's `sourceAliases`.
    public var sourceAliases: [String: String]
    /// The platform table for the run: the built-in rows, extended by the configuration's `platforms:`
    /// and `trackingParameters:` (`PlatformCatalog.builtIn.extended(with:trackingParameters:)`).
    public var catalog: PlatformCatalog
    /// Read every input as this format instead of detecting it.
    public var format: DocumentFormat?
    /// Findings recorded here are marked suppressed (`--baseline`), with `baselineName` as the reason.
    public var baseline: Baseline?
    public var baselineName: String
    /// Paths are made relative to it for baseline fingerprints (the working directory).
    public var baseDirectory: String?
    /// Keep each draft's body paragraphs on its document (`Document.body`), for the annotated HTML
    /// report; off by default, as it takes memory no other report needs.
    public var keepsBody = false

    public init(
        publishedOverride: CalendarDate? = nil, severityOverrides: [String: Severity?] = [:], probed: Bool = false,
        sourceAliases: [String: String] = [:], catalog: PlatformCatalog = .builtIn, format: DocumentFormat? = nil,
        baseline: Baseline? = nil, baselineName: String = "the baseline", baseDirectory: String? = nil
    ) {
        self.publication = publishedOverride.map { PublicationDate(value: $0, origin: "option") }
        self.severityOverrides = severityOverrides
        self.probed = probed
        self.sourceAliases = sourceAliases
        self.catalog = catalog
        self.format = format
        self.baseline = baseline
        self.baselineName = baselineName
        self.baseDirectory = baseDirectory
    }

    /// The publication date override as a day (`--published`).
    public var publishedOverride: CalendarDate? {
        get { publication?.value }
        set { publication = newValue.map { PublicationDate(value: $0, origin: "option") } }
    }

    /// The severity a rule reports at, or nil when it is turned off.
    public func severity(for rule: RuleDescription) -> Severity? {
        if let override = severityOverrides[rule.id] { return override }
        return rule.defaultSeverity
    }

    /// The rules this run applies: enabled, and not needing probe results when there is no probe.
    public var activeRules: [RuleDescription] {
        RuleRegistry.all.map { $0.description }.filter {
            severity(for: $0) != nil && ($0.requirement != .probeResults || probed)
                && ($0.requirement != .quotedPages || (probed && quotes))
        }
    }
}
