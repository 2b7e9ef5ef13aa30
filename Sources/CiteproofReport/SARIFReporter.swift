import CiteproofCore
import Foundation

/// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDEs).
///
/// Rules come from the rule descriptions; each result carries `ruleId`, `ruleIndex`, level,
/// message, a location relative to `baseDirectory`, and `partialFingerprints` from
/// `FindingFingerprint`, so an alert survives edits above it.
public struct SARIFReporter: Reporter {
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The key under `partialFingerprints`.
    public static let fingerprintKey = "citeproofFindingHash/v1"

    public var baseDirectory: String?
    public var rules: [RuleDescription]
    /// Fingerprints recorded in the baseline in use: their suppressed results say so.
    public var baselineFingerprints: Set<String>
    /// Start and end of the run (ISO 8601), only when the caller asks for timestamps.
    public var startTime: String?
    public var endTime: String?

    public init(
        baseDirectory: String?, rules: [RuleDescription] = RuleRegistry.all.map { $0.description },
        baselineFingerprints: Set<String> = [], startTime: String? = nil, endTime: String? = nil
    ) {
        self.baseDirectory = baseDirectory
        self.rules = rules
        self.baselineFingerprints = baselineFingerprints
        self.startTime = startTime
        self.endTime = endTime
    }

    public func render(_ report: Report) -> String {
        var descriptors = rules.map(SARIFLog.Rule.init)
        var ruleIndex = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var artifacts: [SARIFLog.Artifact] = []
        var results: [SARIFLog.Result] = []
        for checked in report.documents {
            let doc = checked.document
            let path = BaselinePath.relative(doc.path, to: baseDirectory)
            let artifact = SARIFLog.ArtifactLocation(uri: Self.uri(path), index: artifacts.count)
            artifacts.append(SARIFLog.Artifact(location: SARIFLog.ArtifactLocation(uri: artifact.uri), hashes: ["sha-256": doc.sha256]))
            let prints = FindingFingerprint.fingerprints(for: checked.findings, documentPath: path)
            for (finding, print) in zip(checked.findings, prints) {
                if ruleIndex[finding.rule] == nil {  // a rule this reporter was not told about: describe it minimally
                    ruleIndex[finding.rule] = descriptors.count
                    descriptors.append(SARIFLog.Rule(id: finding.rule, level: finding.severity))
                }
                results.append(
                    result(finding, fingerprint: print, artifact: artifact, unit: doc.locationUnit, ruleIndex: ruleIndex[finding.rule]!))
            }
        }
        let notifications = report.failures.map {
            SARIFLog.Notification(level: "error", message: SARIFLog.Message(text: $0.message))
        }
        let run = SARIFLog.Run(
            tool: SARIFLog.Tool(driver: SARIFLog.Driver(
                name: report.toolName, version: report.toolVersion, semanticVersion: report.toolVersion, rules: descriptors)),
            invocations: [SARIFLog.Invocation(
                executionSuccessful: report.failures.isEmpty, toolExecutionNotifications: notifications.isEmpty ? nil : notifications,
                startTimeUtc: startTime, endTimeUtc: endTime)],
            artifacts: artifacts, results: results)
        let log = SARIFLog(schema: Self.schemaURI, version: "2.1.0", runs: [run])
        return (try? JSONStreamWriter.text(log)) ?? "{}\n"
    }

    private func result(
        _ f: Finding, fingerprint: String, artifact: SARIFLog.ArtifactLocation, unit: LocationUnit, ruleIndex: Int
    ) -> SARIFLog.Result {
        let region = f.location.map { location in
            SARIFLog.Region(
                startLine: location.line, startColumn: location.column,
                properties: unit == .paragraph ? ["locationUnit": "paragraph"] : nil)
        }
        let related = f.evidence.enumerated().compactMap { index, evidence -> SARIFLog.Location? in
            guard let location = evidence.location else { return nil }
            return SARIFLog.Location(
                id: index,
                physicalLocation: SARIFLog.PhysicalLocation(
                    artifactLocation: artifact,
                    region: SARIFLog.Region(startLine: location.line, startColumn: location.column, properties: nil)),
                message: SARIFLog.Message(text: "\(evidence.kind): \(evidence.text)"))
        }
        var properties: [String: String] = [:]
        if let footnote = f.footnote { properties["footnote"] = footnote }
        if let suggestion = f.suggestion { properties["suggestion"] = suggestion }
        if let subject = f.subject { properties["subject"] = subject }
        let evidenceText = f.evidence.map { "\($0.kind): \(ReportSupport.evidenceText($0))" }
        var suppressions: [SARIFLog.Suppression]?
        if f.suppressed {
            suppressions = baselineFingerprints.contains(fingerprint)
                ? [SARIFLog.Suppression(kind: "external", justification: "recorded in the citeproof baseline")]
                : [SARIFLog.Suppression(kind: "inSource", justification: "citeproof directive in the draft")]
        }
        return SARIFLog.Result(
            ruleId: f.rule, ruleIndex: ruleIndex, level: f.severity.rawValue,
            message: SARIFLog.Message(text: f.message),
            locations: [SARIFLog.Location(
                id: nil, physicalLocation: SARIFLog.PhysicalLocation(artifactLocation: artifact, region: region), message: nil)],
            relatedLocations: related.isEmpty ? nil : related,
            partialFingerprints: [Self.fingerprintKey: fingerprint],
            suppressions: suppressions,
            properties: properties.isEmpty && evidenceText.isEmpty
                ? nil : SARIFLog.ResultProperties(values: properties, evidence: evidenceText.isEmpty ? nil : evidenceText))
    }

    /// A relative path as a URI reference: percent-encodes what a URI path may not hold.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ";?#[]")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}

/// The subset of the SARIF 2.1.0 object model citeproof writes.
struct SARIFLog: Encodable {
    var schema: String
    var version: String
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, runs
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var artifacts: [Artifact]
        var columnKind = "unicodeCodePoints"
        var results: [Result]
    }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var rules: [Rule]
    }
    struct Message: Encodable {
        var text: String
        var markdown: String?
    }
    struct Rule: Encodable {
        struct Configuration: Encodable { var level: String }
        var id: String
        var name: String?
        var shortDescription: Message?
        var fullDescription: Message?
        var help: Message?
        var defaultConfiguration: Configuration
        var properties: [String: String]?

        init(_ d: RuleDescription) {
            id = d.id
            name = d.name
            shortDescription = Message(text: d.summary)
            fullDescription = Message(text: "\(d.summary) \(d.rationale)")
            let needs = d.requirement == .none ? "" : " Needs \(d.requirement.rawValue)."
            help = Message(
                text: "\(d.rationale)\(needs) Run `citeproof explain \(d.id)` for examples.",
                markdown: "**\(d.name)** — \(d.summary)\n\n\(d.rationale)\(needs)\n\nRun `citeproof explain \(d.id)` for examples.")
            defaultConfiguration = Configuration(level: d.defaultSeverity.rawValue)
            properties = d.requirement == .none ? nil : ["requirement": d.requirement.rawValue]
        }

        init(id: String, level: Severity) {
            self.id = id
            defaultConfiguration = Configuration(level: level.rawValue)
        }
    }
    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]?
        var startTimeUtc: String?
        var endTimeUtc: String?
    }
    struct Notification: Encodable {
        var level: String
        var message: Message
    }
    struct Artifact: Encodable {
        var location: ArtifactLocation
        var hashes: [String: String]
    }
    struct ArtifactLocation: Encodable {
        var uri: String
        var index: Int?
    }
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
        var properties: [String: String]?
    }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }
    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }
    struct Suppression: Encodable {
        var kind: String
        var justification: String
    }
    struct ResultProperties: Encodable {
        var values: [String: String]
        var evidence: [String]?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: DynamicKey.self)
            for (key, value) in values { try c.encode(value, forKey: DynamicKey(key)) }
            if let evidence { try c.encode(evidence, forKey: DynamicKey("evidence")) }
        }
    }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]
        var suppressions: [Suppression]?
        var properties: ResultProperties?
    }
}

/// A coding key made at run time (property bags).
struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
