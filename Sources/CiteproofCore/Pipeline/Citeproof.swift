/// The pipeline: read → extract → normalize → check. Pure: bytes in, values out.
public enum Citeproof {
    public static let version = "0.1.0"

    /// Largest input read by default (bytes).
    public static let defaultMaxInputBytes = 512 * 1024 * 1024

    /// Reads `bytes` as a draft of `format` (detected when nil).
    public static func read(bytes: [UInt8], path: String, format: DocumentFormat? = nil) throws -> Document {
        let format = format ?? FormatDetector.detect(path: path, bytes: bytes)
        let sha = SHA256.hex(bytes)
        switch format {
        case .text, .markdown:
            let decoded = try InputDecoder.decode(bytes, path: path)
            let input = ReaderInput(path: path, bytes: [], text: decoded.text, sha256: sha, notices: decoded.notices)
            return format == .text ? TextReader.read(input) : MarkdownReader.read(input)
        case .html:
            return try HTMLReader.read(ReaderInput(path: path, bytes: bytes, text: "", sha256: sha, notices: []))
        case .docx:
            return try DOCXReader.read(ReaderInput(path: path, bytes: bytes, text: "", sha256: sha, notices: []))
        case .odt:
            return try ODTReader.read(ReaderInput(path: path, bytes: bytes, text: "", sha256: sha, notices: []))
        }
    }

    /// The normalize stage alone: canonical source identities (the probe needs them before checking).
    public static func normalize(_ document: Document, options: CheckOptions = CheckOptions()) -> Document {
        var document = document
        NormalizeStage.run(&document, aliases: options.sourceAliases, catalog: options.catalog)
        return document
    }

    /// Runs the normalize and check stages over a read document.
    public static func check(_ document: Document, options: CheckOptions = CheckOptions()) -> CheckedDocument {
        var document = document
        if let published = options.publishedOverride {
            document.publicationDate = PublicationDate(value: published, origin: "option")
        }
        NormalizeStage.run(&document, aliases: options.sourceAliases, catalog: options.catalog)
        var findings: [Finding] = []
        var skipped: [String: String] = [:]
        for rule in RuleRegistry.all {
            let d = rule.description
            guard let severity = options.severity(for: d) else { continue }
            if d.requirement == .publicationDate, document.publicationDate == nil {
                skipped[d.id] = "needs \(d.requirement.rawValue); none found (use --published YYYY-MM-DD)"
                continue
            }
            if d.requirement == .probeResults, !options.probed {
                continue
            }
            findings += rule.init().check(document, context: CheckContext(severity: severity, catalog: options.catalog))
        }
        findings.sort(by: Finding.reportOrder)
        return CheckedDocument(document: document, findings: findings, skippedRules: skipped)
    }
}

/// Settings of one check run.
public struct CheckOptions: Sendable {
    public var publishedOverride: CalendarDate?
    /// Per-rule severity; `nil` in the map turns the rule off.
    public var severityOverrides: [String: Severity?]
    public var probed: Bool
    /// Named outlet → canonical id, from the configuration's `sourceAliases`.
    public var sourceAliases: [String: String]
    /// The platform table for the run: the built-in rows, extended by the configuration's `platforms:`
    /// and `trackingParameters:` (`PlatformCatalog.builtIn.extended(with:trackingParameters:)`).
    public var catalog: PlatformCatalog

    public init(
        publishedOverride: CalendarDate? = nil, severityOverrides: [String: Severity?] = [:], probed: Bool = false,
        sourceAliases: [String: String] = [:], catalog: PlatformCatalog = .builtIn
    ) {
        self.publishedOverride = publishedOverride
        self.severityOverrides = severityOverrides
        self.probed = probed
        self.sourceAliases = sourceAliases
        self.catalog = catalog
    }

    func severity(for rule: RuleDescription) -> Severity? {
        if let override = severityOverrides[rule.id] { return override }
        return rule.defaultSeverity
    }
}
