import CiteproofCore
import Foundation

/// The audit export: versioned, deterministic JSON documented by `Schemas/citeproof-report.schema.json`.
///
/// Written as it is produced: each value writes itself straight into the output's bytes
/// (`JSONWritable`, `JSONStreamWriter`), so the export of a 100 MB draft never sits in memory whole
/// and no tree of it is ever built.
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
            let printed = documents.parallelMap { checked -> [UInt8] in
                let piece = ReportOutput.memory()
                var writer = JSONStreamWriter(output: piece, depth: 2)
                Self.write(checked, into: &writer)
                return piece.bytes
            }
            for bytes in printed { stream.append(printed: bytes) }
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
            JSONReporter.write(checked, into: &json)
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
            JSONReporter.writeClosingFields(summary, into: &json)
            json.endObject()
            output.write("\n")
            try output.flush()
        }
    }

    /// The keys after `documents`, shared with the last line of JSON Lines.
    static func writeClosingFields(_ summary: RunSummary, into json: inout JSONStreamWriter) {
        json.field("failures", array: summary.failures.lazy.map { Failure(path: $0.path, message: $0.message) })
        json.field("schemaVersion", Self.schemaVersion)
        json.field("summary", ReportSummary(summary))
        json.field("tool", Tool(name: summary.toolName, version: summary.toolVersion))
    }

    struct Tool: JSONWritable {
        var name: String
        var version: String

        func writeJSON(into json: inout JSONStreamWriter) {
            json.beginObject()
            json.field("name", name)
            json.field("version", version)
            json.endObject()
        }
    }

    struct Failure: JSONWritable {
        var path: String
        var message: String

        func writeJSON(into json: inout JSONStreamWriter) {
            json.beginObject()
            json.field("message", message)
            json.field("path", path)
            json.endObject()
        }
    }

    /// One document, its keys in sorted order, each value written as it is read from the model.
    static func write(_ checked: CheckedDocument, into json: inout JSONStreamWriter) {
        let d = checked.document
        json.beginObject()
        json.field("findings", array: checked.findings)
        json.field("footnotes", array: d.definitions.lazy.map { JSONFootnote($0, references: d.references(to: $0.label)) })
        json.field("format", d.format.rawValue)
        json.field("inlineCitations", array: d.inlineCitations.lazy.map(JSONCitation.init))
        json.field("locationUnit", d.locationUnit.rawValue)
        json.field("notices", array: d.notices.lazy.map(\.message))
        json.field("path", d.path)
        // null when no date was found
        if let published = d.publicationDate {
            json.field("publicationDate", JSONPublished(published))
        } else {
            json.key("publicationDate")
            json.null()
        }
        json.field("sha256", d.sha256)
        json.field("skippedRules", checked.skippedRules)
        json.field("sources", array: SourceTable(d).rows.lazy.map(JSONSource.init))
        json.field("title", ifPresent: d.title)
        json.field("unresolvedMarkers", array: d.unresolvedMarkers)
        json.endObject()
    }
}

struct JSONPublished: JSONWritable {
    let date: PublicationDate

    init(_ date: PublicationDate) { self.date = date }

    func writeJSON(into json: inout JSONStreamWriter) {
        json.beginObject()
        json.field("location", ifPresent: date.location)
        json.field("origin", date.origin)
        json.field("value", date.value.description)
        json.endObject()
    }
}

/// A note: its definition, the markers referring to it, its citations and remarks.
struct JSONFootnote: JSONWritable {
    let definition: FootnoteDefinition
    let references: [FootnoteReference]

    init(_ definition: FootnoteDefinition, references: [FootnoteReference]) {
        self.definition = definition
        self.references = references
    }

    func writeJSON(into json: inout JSONStreamWriter) {
        let def = definition
        json.beginObject()
        json.field("citations", array: def.citations.lazy.map(JSONCitation.init))
        json.field("internalID", ifPresent: def.internalID)
        json.field("kind", def.kind)
        json.field("label", def.label)
        json.field("location", def.location)
        json.field("references", array: references.lazy.map(\.location))
        json.field("remarks", array: def.remarks.lazy.map(Remark.init))
        json.field("text", def.text)
        json.endObject()
    }

    struct Remark: JSONWritable {
        let remark: NoteRemark

        func writeJSON(into json: inout JSONStreamWriter) {
            json.beginObject()
            json.field("dates", array: remark.dates.lazy.map(JSONDate.init))
            json.field("location", ifPresent: remark.location)
            json.field("text", remark.text)
            json.endObject()
        }
    }
}

/// One cited source: its canonical identity, every spelling, the notes citing it, the dates cited.
struct JSONSource: JSONWritable {
    let row: SourceTable.Row

    init(_ row: SourceTable.Row) { self.row = row }

    func writeJSON(into json: inout JSONStreamWriter) {
        json.beginObject()
        json.field("canonical", row.source)
        json.field("firstDate", ifPresent: row.firstDate?.description)
        json.field("footnotes", array: row.notes)
        json.field("identified", row.isCanonical)
        json.field("kind", ifPresent: row.kind)
        json.field("lastDate", ifPresent: row.lastDate?.description)
        json.field("platform", ifPresent: row.platform)
        json.field("variants", array: row.spellings)
        json.endObject()
    }
}

struct JSONCitation: JSONWritable {
    let citation: Citation

    init(_ citation: Citation) { self.citation = citation }

    /// `quotes`, the quotations checked against this citation's page (`--quotes`), is absent when none was.
    func writeJSON(into json: inout JSONStreamWriter) {
        let c = citation
        json.beginObject()
        json.field("date", ifPresent: c.date.map(JSONDate.init))
        json.field("ibidOf", ifPresent: c.ibidOf)
        json.field("location", ifPresent: c.location)
        json.field("otherDates", array: c.otherDates.lazy.map(JSONDate.init))
        json.field("probe", ifPresent: c.probe)
        json.field("quotes", ifPresent: c.quotes)
        json.field("reference", ifPresent: c.reference.map(JSONReference.init))
        json.field("signal", ifPresent: c.signal)
        json.field("source", ifPresent: c.source.map(Source.init))
        json.field("text", c.text)
        json.field("title", ifPresent: c.title)
        json.field("urls", array: c.urls)
        json.endObject()
    }

    /// The source as written and, when normalization identified it, its identity.
    struct Source: JSONWritable {
        let source: CitedSource

        init(_ source: CitedSource) { self.source = source }

        func writeJSON(into json: inout JSONStreamWriter) {
            let identity = source.identity
            json.beginObject()
            json.field("canonical", ifPresent: identity?.canonical)
            json.field("handle", ifPresent: identity?.handle)
            json.field("id", ifPresent: identity?.id)
            json.field("idTime", ifPresent: identity?.idTime.map(LinkCheck.iso8601))
            json.field("kind", ifPresent: identity?.kind.rawValue)
            json.field("platform", ifPresent: identity?.platform)
            json.field("raw", source.raw)
            json.field("registrableDomain", ifPresent: identity?.registrableDomain)
            json.field("url", ifPresent: identity?.url)
            json.endObject()
        }
    }
}

struct JSONDate: JSONWritable {
    let date: CitedDate

    init(_ date: CitedDate) { self.date = date }

    /// `calendar` and `language` are absent for Gregorian dates in English; present when the date is
    /// written in another calendar (`islamic-umalqura`, `persian`) or language.
    func writeJSON(into json: inout JSONStreamWriter) {
        let d = date
        json.beginObject()
        if !d.alternatives.isEmpty { json.field("alternatives", array: d.alternatives.lazy.map(\.description)) }
        json.field("calendar", ifPresent: d.calendar?.rawValue ?? (d.language != nil ? DateCalendar.gregorian.rawValue : nil))
        json.field("end", ifPresent: d.end?.description)
        json.field("language", ifPresent: d.language)
        json.field("location", ifPresent: d.location)
        json.field("precision", ifPresent: d.precision?.rawValue)
        json.field("role", d.role.rawValue)
        json.field("text", d.text)
        json.field("value", ifPresent: d.value?.description)
        if d.yearInferred { json.field("yearInferred", true) }
        json.endObject()
    }
}
