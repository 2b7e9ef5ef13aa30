import CiteproofCore
import Foundation

/// W3C PROV-JSON (https://www.w3.org/submissions/prov-json/): the provenance of a check run.
///
/// Entities: each draft, each of its notes, each cited source (and archived copy), and the report.
/// The run is an activity that `used` the drafts, `wasAssociatedWith` citeproof (a
/// `prov:SoftwareAgent`) and generated the report. Drafts and notes `wasDerivedFrom` their sources;
/// a draft `hadMember` its notes. Times appear only when passed in.
public struct PROVReporter: Reporter {
    public static let namespace = "urn:citeproof:"

    public var baseDirectory: String?
    public var startTime: String?
    public var endTime: String?

    public init(baseDirectory: String?, startTime: String? = nil, endTime: String? = nil) {
        self.baseDirectory = baseDirectory
        self.startTime = startTime
        self.endTime = endTime
    }

    public func render(_ report: Report) -> String {
        var graph = ProvGraph()
        let agent = "cp:software/\(Self.local(report.toolName))-\(Self.local(report.toolVersion))"
        graph.agent[agent] = [
            "prov:type": ProvGraph.qname("prov:SoftwareAgent"), "prov:label": .string("\(report.toolName) \(report.toolVersion)"),
            "cp:name": .string(report.toolName), "cp:version": .string(report.toolVersion),
        ]
        let runKey = SHA256.hex(Array((report.toolVersion + report.documents.map(\.document.sha256).joined(separator: ",")).utf8))
        let run = "cp:run/\(runKey.prefix(16))"
        var runAttributes: [String: JSONValue] = ["prov:type": ProvGraph.qname("cp:CheckRun"), "prov:label": .string("citeproof check")]
        if let startTime { runAttributes["prov:startTime"] = .string(startTime) }
        if let endTime { runAttributes["prov:endTime"] = .string(endTime) }
        graph.activity[run] = runAttributes
        graph.relate("wasAssociatedWith", ["prov:activity": run, "prov:agent": agent])

        for checked in report.documents {
            addDocument(checked, run: run, to: &graph)
        }

        let summary = ReportSummary(report)
        let reportEntity = "cp:report/\(runKey.prefix(16))"
        graph.entity[reportEntity] = [
            "prov:type": ProvGraph.qname("cp:Report"), "prov:label": .string("citeproof report"),
            "cp:errors": .int(summary.errors), "cp:warnings": .int(summary.warnings), "cp:notes": .int(summary.notes),
            "cp:suppressed": .int(summary.suppressed), "cp:unreadableInputs": .int(summary.failures),
        ]
        var generation: [String: String] = ["prov:entity": reportEntity, "prov:activity": run]
        if let endTime { generation["prov:time"] = endTime }
        graph.relate("wasGeneratedBy", generation)
        graph.relate("wasAttributedTo", ["prov:entity": reportEntity, "prov:agent": agent])
        return graph.json.text
    }

    private func addDocument(_ checked: CheckedDocument, run: String, to graph: inout ProvGraph) {
        let doc = checked.document
        let path = BaselinePath.relative(doc.path, to: baseDirectory)
        let draft = "draft:\(Self.local(path))"
        var attributes: [String: JSONValue] = [
            "prov:type": .array([ProvGraph.qname("cp:Draft"), ProvGraph.qname("prov:Collection")]),
            "prov:label": .string(path), "cp:path": .string(path), "cp:sha256": .string(doc.sha256),
            "cp:format": .string(doc.format.rawValue),
        ]
        if let title = doc.title { attributes["cp:title"] = .string(title) }
        if let published = doc.publicationDate {
            attributes["cp:publicationDate"] = ProvGraph.date(published.value)
            attributes["cp:publicationDateOrigin"] = .string(published.origin)
        }
        graph.entity[draft] = attributes
        graph.relate("used", ["prov:activity": run, "prov:entity": draft])

        var draftSources = Set<String>()
        for (index, def) in doc.definitions.enumerated() {
            let note = "note:\(Self.local(path))/\(index + 1)"
            graph.entity[note] = [
                "prov:type": ProvGraph.qname("cp:Note"), "prov:label": .string("[\(def.label)]"),
                "cp:label": .string(def.label), "cp:text": .string(def.text), "cp:kind": .string(def.kind),
                "cp:location": .string(def.location.description),
            ]
            graph.relate("hadMember", ["prov:collection": draft, "prov:entity": note])
            var noteSources = Set<String>()
            for citation in def.citations {
                for source in addSources(of: citation, to: &graph) where noteSources.insert(source).inserted {
                    graph.relate("wasDerivedFrom", ["prov:generatedEntity": note, "prov:usedEntity": source])
                }
            }
            draftSources.formUnion(noteSources)
        }
        for citation in doc.inlineCitations {
            draftSources.formUnion(addSources(of: citation, to: &graph))
        }
        for source in draftSources.sorted() {
            graph.relate("wasDerivedFrom", ["prov:generatedEntity": draft, "prov:usedEntity": source])
        }
    }

    /// Adds the citation's source (and archived copies) as entities; returns the source ids.
    private func addSources(of citation: Citation, to graph: inout ProvGraph) -> [String] {
        guard let source = citation.source else { return [] }
        let raw = source.raw.trimmingCharacters(in: .whitespaces)
        let key = source.identity?.canonical ?? raw.lowercased()
        let id = "source:\(Self.local(key))"
        if graph.entity[id] == nil {
            var attributes: [String: JSONValue] = [
                "prov:type": ProvGraph.qname("cp:Source"), "prov:label": .string(source.identity?.canonical ?? raw),
                "cp:asWritten": .string(raw),
            ]
            if let identity = source.identity {
                attributes["cp:kind"] = .string(identity.kind.rawValue)
                attributes["cp:canonical"] = .string(identity.canonical)
                if let platform = identity.platform { attributes["cp:platform"] = .string(platform) }
                if let url = identity.url { attributes["cp:url"] = .string(url) }
            }
            graph.entity[id] = attributes
        }
        for url in citation.urls where ArchiveHosts.isArchive(url) {
            let archive = "archive:\(Self.local(url))"
            if graph.entity[archive] == nil {
                graph.entity[archive] = ["prov:type": ProvGraph.qname("cp:ArchivedCopy"), "prov:label": .string(url), "cp:url": .string(url)]
                graph.relate("alternateOf", ["prov:alternate1": archive, "prov:alternate2": id])
            }
        }
        return [id]
    }

    /// A qualified name's local part: percent-encodes all but letters, digits and `-._~/`.
    static func local(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// A PROV-JSON document under construction: records by kind, relations with blank-node ids.
struct ProvGraph {
    var entity: [String: [String: JSONValue]] = [:]
    var activity: [String: [String: JSONValue]] = [:]
    var agent: [String: [String: JSONValue]] = [:]
    var relations: [String: [String: [String: JSONValue]]] = [:]
    private var counter = 0

    static func qname(_ name: String) -> JSONValue {
        .object(["$": .string(name), "type": .string("prov:QUALIFIED_NAME")])
    }

    static func date(_ date: CalendarDate) -> JSONValue {
        .object(["$": .string(date.description), "type": .string("xsd:date")])
    }

    /// Adds a relation of `kind` (`used`, `wasDerivedFrom` …) with an id `_:kindN`.
    mutating func relate(_ kind: String, _ arguments: [String: String]) {
        counter += 1
        relations[kind, default: [:]]["_:\(kind)\(counter)"] = arguments.mapValues { JSONValue.string($0) }
    }

    var json: JSONValue {
        var top: [String: JSONValue] = [
            "prefix": .object([
                "cp": .string(PROVReporter.namespace), "draft": .string(PROVReporter.namespace + "draft:"),
                "note": .string(PROVReporter.namespace + "note:"), "source": .string(PROVReporter.namespace + "source:"),
                "archive": .string(PROVReporter.namespace + "archive:"),
            ]),
            "entity": .object(entity.mapValues { .object($0) }),
            "activity": .object(activity.mapValues { .object($0) }),
            "agent": .object(agent.mapValues { .object($0) }),
        ]
        for (kind, records) in relations { top[kind] = .object(records.mapValues { .object($0) }) }
        return .object(top)
    }
}
