import CiteproofCore
import Foundation

/// The audit export: versioned, deterministic JSON documented by `Schemas/citeproof-report.schema.json`.
public struct JSONReporter: Reporter {
    public static let schemaVersion = 1

    public init() {}

    public func render(_ report: Report) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(JSONReport(report)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The JSON shape, kept apart from the model so the schema changes only on purpose.
struct JSONReport: Encodable {
    struct Tool: Encodable { var name: String; var version: String }
    struct Failure: Encodable { var path: String; var message: String }

    var schemaVersion = JSONReporter.schemaVersion
    var tool: Tool
    var documents: [JSONDocument]
    var failures: [Failure]
    var summary: ReportSummary

    init(_ report: Report) {
        tool = Tool(name: report.toolName, version: report.toolVersion)
        documents = report.documents.map(JSONDocument.init)
        failures = report.failures.map { Failure(path: $0.path, message: $0.message) }
        summary = ReportSummary(report)
    }
}

struct JSONDocument: Encodable {
    struct Published: Encodable {
        var value: String
        var origin: String
        var location: SourceLocation?
    }
    struct Footnote: Encodable {
        var label: String
        var kind: String
        var internalID: String?
        var location: SourceLocation
        var text: String
        var references: [SourceLocation]
        var citations: [JSONCitation]
        var remarks: [Remark]
    }
    struct Remark: Encodable {
        var text: String
        var location: SourceLocation?
        var dates: [JSONDate]
    }

    var path: String
    var sha256: String
    var format: String
    var locationUnit: String
    var title: String?
    var publicationDate: Published?
    var notices: [String]
    var footnotes: [Footnote]
    var inlineCitations: [JSONCitation]
    var unresolvedMarkers: [UnresolvedMarker]
    var findings: [Finding]
    var skippedRules: [String: String]
    var sources: [Source]

    /// One cited source: its canonical identity, every spelling, the notes citing it, the dates cited.
    struct Source: Encodable {
        var canonical: String
        var identified: Bool
        var kind: String?
        var platform: String?
        var variants: [String]
        var footnotes: [String]
        var firstDate: String?
        var lastDate: String?
    }

    init(_ checked: CheckedDocument) {
        let d = checked.document
        path = d.path
        sha256 = d.sha256
        format = d.format.rawValue
        locationUnit = d.locationUnit.rawValue
        title = d.title
        publicationDate = d.publicationDate.map { Published(value: $0.value.description, origin: $0.origin, location: $0.location) }
        notices = d.notices.map(\.message)
        let referencesByLabel = Dictionary(grouping: d.references, by: \.label)
        footnotes = d.definitions.map { def in
            Footnote(
                label: def.label, kind: def.kind, internalID: def.internalID, location: def.location, text: def.text,
                references: (referencesByLabel[def.label] ?? []).map(\.location),
                citations: def.citations.map(JSONCitation.init),
                remarks: def.remarks.map { Remark(text: $0.text, location: $0.location, dates: $0.dates.map(JSONDate.init)) })
        }
        inlineCitations = d.inlineCitations.map(JSONCitation.init)
        unresolvedMarkers = d.unresolvedMarkers
        findings = checked.findings
        skippedRules = checked.skippedRules
        sources = SourceTable(d).rows.map { row in
            Source(
                canonical: row.source, identified: row.isCanonical, kind: row.kind, platform: row.platform,
                variants: row.spellings, footnotes: row.notes, firstDate: row.firstDate?.description,
                lastDate: row.lastDate?.description)
        }
    }

    enum CodingKeys: String, CodingKey {
        case path, sha256, format, locationUnit, title, publicationDate, notices, footnotes, inlineCitations,
            unresolvedMarkers, findings, skippedRules, sources
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(format, forKey: .format)
        try c.encode(locationUnit, forKey: .locationUnit)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encode(publicationDate, forKey: .publicationDate)  // null when none was found
        try c.encode(notices, forKey: .notices)
        try c.encode(footnotes, forKey: .footnotes)
        try c.encode(inlineCitations, forKey: .inlineCitations)
        try c.encode(unresolvedMarkers, forKey: .unresolvedMarkers)
        try c.encode(findings, forKey: .findings)
        try c.encode(skippedRules, forKey: .skippedRules)
        try c.encode(sources, forKey: .sources)
    }
}

struct JSONCitation: Encodable {
    struct Source: Encodable {
        var raw: String
        var kind: String?
        var platform: String?
        var handle: String?
        var id: String?
        var canonical: String?
        var url: String?
    }

    var text: String
    var location: SourceLocation?
    var signal: String?
    var source: Source?
    var title: String?
    var urls: [String]
    var date: JSONDate?
    var otherDates: [JSONDate]
    var ibidOf: String?
    var probe: JSONProbe?

    init(_ c: Citation) {
        text = c.text
        location = c.location
        signal = c.signal
        source = c.source.map { s in
            Source(
                raw: s.raw, kind: s.identity?.kind.rawValue, platform: s.identity?.platform, handle: s.identity?.handle,
                id: s.identity?.id, canonical: s.identity?.canonical, url: s.identity?.url)
        }
        title = c.title
        urls = c.urls
        date = c.date.map(JSONDate.init)
        otherDates = c.otherDates.map(JSONDate.init)
        ibidOf = c.ibidOf
        probe = c.probe.map(JSONProbe.init)
    }
}

struct JSONProbe: Encodable {
    var url: String
    var outcome: String
    var httpStatus: Int?
    var finalURL: String?
    var redirects: [String]
    var suggestedURL: String?
    var elapsedMs: Int
    var checkedAt: String
    var archiveURL: String?
    var pageDate: String?
    var detail: String

    init(_ p: LinkCheck) {
        url = p.url
        outcome = p.outcome.rawValue
        httpStatus = p.httpStatus
        finalURL = p.finalURL
        redirects = p.redirects
        suggestedURL = p.suggestedURL
        elapsedMs = p.elapsedMs
        checkedAt = p.checkedAt
        archiveURL = p.archiveURL
        pageDate = p.pageDate?.description
        detail = p.detail
    }
}

struct JSONDate: Encodable {
    var text: String
    var location: SourceLocation?
    var value: String?
    var end: String?
    var precision: String?
    var role: String
    var alternatives: [String]?
    var yearInferred: Bool?

    init(_ d: CitedDate) {
        text = d.text
        location = d.location
        value = d.value?.description
        end = d.end?.description
        precision = d.precision?.rawValue
        role = d.role.rawValue
        alternatives = d.alternatives.isEmpty ? nil : d.alternatives.map(\.description)
        yearInferred = d.yearInferred ? true : nil
    }
}
