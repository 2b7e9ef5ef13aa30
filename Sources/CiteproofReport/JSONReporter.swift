import CiteproofCore
import Foundation

/// The audit export: versioned, deterministic JSON documented by `Schemas/citeproof-report.schema.json`.
///
/// Written as it is produced: one footnote, finding or source at a time (`JSONStreamWriter`), so
/// the export of a 100 MB draft never sits in memory whole.
public struct JSONReporter: StreamingReporter {
    public static let schemaVersion = 2

    public init() {}

    public func render(_ report: Report) -> String { renderByWriting(report) }

    public func write(_ report: Report, to output: ReportOutput) throws {
        let stream = Stream(output: output)
        // Documents are printed on all cores, a batch at a time, and written in order: the export of
        // 10,000 drafts neither waits on one core nor sits in memory whole.
        let batch = max(8, 4 * ProcessInfo.processInfo.activeProcessorCount)
        var start = 0
        while start < report.documents.count {
            let documents = Array(report.documents[start..<min(start + batch, report.documents.count)])
            let printed = documents.parallelMap { checked -> Result<[UInt8], Error> in
                let piece = ReportOutput.memory()
                var writer = JSONStreamWriter(output: piece, depth: 2)
                return Result { try Self.write(checked, into: &writer) }.map { piece.bytes }
            }
            for result in printed { stream.append(printed: try result.get()) }
            start += batch
        }
        try stream.finish(RunSummary(report))
    }

    public func stream(to output: ReportOutput) -> any ReportStream { Stream(output: output) }

    /// The export written as the run goes: the `documents` array first, then the keys after it
    /// (sorted keys put `failures`, `schemaVersion`, `summary` and `tool` after `documents`).
    final class Stream: ReportStream {
        private let output: ReportOutput
        private var json: JSONStreamWriter

        init(output: ReportOutput) {
            self.output = output
            json = JSONStreamWriter(output: output)
            json.beginObject()
            json.key("documents")
            json.beginArray()
        }

        func write(_ checked: CheckedDocument) throws {
            json.nextElement()
            try JSONReporter.write(checked, into: &json)
            output.flushIfFull()
        }

        /// A document already printed at depth 2.
        func append(printed: [UInt8]) {
            json.nextElement()
            output.append(contentsOf: printed)
            output.flushIfFull()
        }

        func finish(_ summary: RunSummary) throws {
            json.endArray()
            try JSONReporter.writeClosingFields(summary, into: &json)
            json.endObject()
            output.write("\n")
            try output.flush()
        }
    }

    /// The keys after `documents`, shared with the last line of JSON Lines.
    static func writeClosingFields(_ summary: RunSummary, into json: inout JSONStreamWriter) throws {
        try json.field("failures", summary.failures.map { Failure(path: $0.path, message: $0.message) })
        try json.field("schemaVersion", Self.schemaVersion)
        try json.field("summary", ReportSummary(summary))
        try json.field("tool", Tool(name: summary.toolName, version: summary.toolVersion))
    }

    struct Tool: Encodable { var name: String; var version: String }
    struct Failure: Encodable { var path: String; var message: String }

    /// One document, its keys in sorted order; the long arrays element by element.
    static func write(_ checked: CheckedDocument, into json: inout JSONStreamWriter) throws {
        let d = checked.document
        json.beginObject()
        try json.field("findings", checked.findings)
        json.key("footnotes")
        try json.array(d.definitions.lazy.map { JSONFootnote($0, references: d.references(to: $0.label)) })
        try json.field("format", d.format.rawValue)
        json.key("inlineCitations")
        try json.array(d.inlineCitations.lazy.map(JSONCitation.init))
        try json.field("locationUnit", d.locationUnit.rawValue)
        try json.field("notices", d.notices.map(\.message))
        try json.field("path", d.path)
        // null when no date was found
        try json.field("publicationDate", d.publicationDate.map { JSONPublished(value: $0.value.description, origin: $0.origin, location: $0.location) })
        try json.field("sha256", d.sha256)
        try json.field("skippedRules", checked.skippedRules)
        json.key("sources")
        try json.array(SourceTable(d).rows.lazy.map(JSONSource.init))
        if let title = d.title { try json.field("title", title) }
        try json.field("unresolvedMarkers", d.unresolvedMarkers)
        json.endObject()
    }
}

struct JSONPublished: Encodable {
    var value: String
    var origin: String
    var location: SourceLocation?
}

struct JSONFootnote: Encodable {
    struct Remark: Encodable {
        var text: String
        var location: SourceLocation?
        var dates: [JSONDate]
    }

    var label: String
    var kind: String
    var internalID: String?
    var location: SourceLocation
    var text: String
    var references: [SourceLocation]
    var citations: [JSONCitation]
    var remarks: [Remark]

    init(_ def: FootnoteDefinition, references: [FootnoteReference]) {
        label = def.label
        kind = def.kind
        internalID = def.internalID
        location = def.location
        text = def.text
        self.references = references.map(\.location)
        citations = def.citations.map(JSONCitation.init)
        remarks = def.remarks.map { Remark(text: $0.text, location: $0.location, dates: $0.dates.map(JSONDate.init)) }
    }
}

/// One cited source: its canonical identity, every spelling, the notes citing it, the dates cited.
struct JSONSource: Encodable {
    var canonical: String
    var identified: Bool
    var kind: String?
    var platform: String?
    var variants: [String]
    var footnotes: [String]
    var firstDate: String?
    var lastDate: String?

    init(_ row: SourceTable.Row) {
        canonical = row.source
        identified = row.isCanonical
        kind = row.kind
        platform = row.platform
        variants = row.spellings
        footnotes = row.notes
        firstDate = row.firstDate?.description
        lastDate = row.lastDate?.description
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
        var registrableDomain: String?
        var idTime: String?
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
    var probe: LinkCheck?
    var reference: JSONReference?
    /// The quotations checked against this citation's page (`--quotes`); absent when none was.
    var quotes: [QuoteCheck]?

    init(_ c: Citation) {
        text = c.text
        location = c.location
        signal = c.signal
        source = c.source.map { s in
            Source(
                raw: s.raw, kind: s.identity?.kind.rawValue, platform: s.identity?.platform, handle: s.identity?.handle,
                id: s.identity?.id, canonical: s.identity?.canonical, url: s.identity?.url,
                registrableDomain: s.identity?.registrableDomain, idTime: s.identity?.idTime.map(LinkCheck.iso8601))
        }
        title = c.title
        urls = c.urls
        date = c.date.map(JSONDate.init)
        otherDates = c.otherDates.map(JSONDate.init)
        ibidOf = c.ibidOf
        probe = c.probe
        reference = c.reference.map(JSONReference.init)
        quotes = c.quotes
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
    /// Absent for Gregorian dates in English; present when the date is written in another
    /// calendar (`islamic-umalqura`, `persian`) or language.
    var calendar: String?
    var language: String?

    init(_ d: CitedDate) {
        text = d.text
        location = d.location
        value = d.value?.description
        end = d.end?.description
        precision = d.precision?.rawValue
        role = d.role.rawValue
        alternatives = d.alternatives.isEmpty ? nil : d.alternatives.map(\.description)
        yearInferred = d.yearInferred ? true : nil
        calendar = d.calendar?.rawValue ?? (d.language != nil ? DateCalendar.gregorian.rawValue : nil)
        language = d.language
    }
}
