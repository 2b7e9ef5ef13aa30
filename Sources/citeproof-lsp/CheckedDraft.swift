import CiteproofCore
import Foundation

/// A JSON object as JSONSerialization reads and writes it.
typealias JSONObject = [String: Any]

/// A check's result as the protocol shows it: diagnostics, code actions and hovers, at the positions
/// of the text that was checked.
struct CheckedDraft {
    let snapshot: DraftSnapshot
    let checked: CheckedDocument
    let mapper: PositionMapper

    init(snapshot: DraftSnapshot, checked: CheckedDocument, encoding: PositionEncoding) {
        self.snapshot = snapshot
        self.checked = checked
        self.mapper = PositionMapper(bytes: snapshot.bytes, encoding: encoding)
    }

    /// The findings shown (suppressed ones are not).
    var findings: [Finding] { checked.findings.filter { !$0.suppressed } }

    // MARK: Diagnostics

    /// The byte range a finding covers: its fix's original text, else its subject when the text there
    /// reads it, else the word at its location; nil when it has no place in the text.
    func byteRange(of finding: Finding) -> Range<Int>? {
        guard let location = finding.location, let start = mapper.offset(of: location) else { return nil }
        guard location.column != nil else { return start..<mapper.lineEnd(location.line - 1) }
        if let fix = finding.fix, fix.location == location, mapper.reads(fix.original, at: start) {
            return start..<start + fix.original.utf8.count
        }
        if let subject = finding.subject, mapper.reads(subject, at: start) {
            return start..<start + subject.utf8.count
        }
        return start..<mapper.wordEnd(from: start)
    }

    func range(_ bytes: Range<Int>) -> JSONObject {
        let start = mapper.position(of: bytes.lowerBound), end = mapper.position(of: bytes.upperBound)
        return ["start": ["line": start.line, "character": start.character], "end": ["line": end.line, "character": end.character]]
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .note: return 3
        }
    }

    func diagnostic(_ finding: Finding, index: Int) -> JSONObject {
        let bytes = byteRange(of: finding) ?? 0..<0
        var diagnostic: JSONObject = [
            "range": range(bytes), "severity": Self.severity(finding.severity), "code": finding.rule,
            "codeDescription": ["href": Self.explainURI(finding.rule)], "source": "citeproof",
            "message": finding.message + (finding.suggestion.map { " (suggestion: \($0))" } ?? ""),
            "data": ["finding": index],
        ]
        let related = finding.evidence.compactMap { evidence -> JSONObject? in
            guard let location = evidence.location, let start = mapper.offset(of: location) else { return nil }
            return ["location": ["uri": snapshot.uri, "range": range(start..<mapper.wordEnd(from: start))], "message": evidence.text]
        }
        if !related.isEmpty { diagnostic["relatedInformation"] = related }
        return diagnostic
    }

    /// Where `citeproof explain RULE` is: the URI a client opens from a diagnostic's code.
    static func explainURI(_ rule: String) -> String { "citeproof:explain/\(rule)" }

    var diagnostics: [JSONObject] {
        checked.findings.enumerated().filter { !$0.element.suppressed }.map { diagnostic($0.element, index: $0.offset) }
    }

    // MARK: Code actions

    /// The quick fixes for findings whose range meets `requested`, each after checking that the text
    /// still reads what the rule saw.
    func codeActions(in requested: Range<Int>) -> [JSONObject] {
        checked.findings.enumerated().compactMap { index, finding -> JSONObject? in
            guard !finding.suppressed, let fix = finding.fix, let start = mapper.offset(of: fix.location),
                mapper.reads(fix.original, at: start)
            else { return nil }
            let bytes = start..<start + fix.original.utf8.count
            guard bytes.lowerBound <= requested.upperBound, requested.lowerBound <= bytes.upperBound else { return nil }
            let edit: JSONObject = ["range": range(bytes), "newText": fix.replacement]
            return [
                "title": Self.title(finding, fix), "kind": "quickfix", "isPreferred": true,
                "diagnostics": [diagnostic(finding, index: index)],
                "edit": ["changes": [snapshot.uri: [edit]]],
            ]
        }
    }

    static func title(_ finding: Finding, _ fix: FindingFix) -> String {
        switch finding.rule {
        case "duplicate-citation": return "Replace the repeated citation with “Ibid.”"
        case "tracking-parameters": return "Remove the tracking parameters"
        case "source-variant": return "Write the source as “\(finding.suggestion ?? fix.replacement)”"
        default:
            if finding.rule.contains("date") { return "Replace the date with “\(fix.replacement)”" }
            return "Replace with “\(fix.replacement)”"
        }
    }

    // MARK: Hover

    /// What a hover at `offset` shows: on a note marker or a note's label, the note, its parsed source
    /// and date; on a finding, its rule explained.
    func hover(at offset: Int) -> JSONObject? {
        let document = checked.document
        var parts: [String] = []
        var covered: Range<Int>?
        for reference in document.references {
            guard let start = mapper.offset(of: reference.location) else { continue }
            let end = markerEnd(from: start)
            if start <= offset, offset < end {
                covered = start..<end
                if let definition = document.definition(labelled: reference.label) {
                    parts.append(describe(definition))
                } else {
                    parts.append("**Note [\(reference.label)]** has no definition.")
                }
                break
            }
        }
        if covered == nil {
            for definition in document.definitions {
                guard let start = mapper.offset(of: definition.location), definition.location.line - 1 < mapper.lineStarts.count else { continue }
                let lineStart = mapper.lineStarts[definition.location.line - 1]
                let end = mapper.lineEnd(definition.location.line - 1)
                if lineStart <= offset, offset < max(end, start) {
                    covered = lineStart..<max(end, start)
                    parts.append(describe(definition))
                    break
                }
            }
        }
        for finding in findings {
            guard let bytes = byteRange(of: finding), bytes.contains(offset) || bytes.lowerBound == offset,
                let rule = RuleRegistry.rule(id: finding.rule)?.description
            else { continue }
            covered = covered ?? bytes
            parts.append("**\(rule.id)** — \(rule.name): \(rule.summary) Run `citeproof explain \(rule.id)` for the rationale and examples.")
        }
        guard !parts.isEmpty, let covered else { return nil }
        return ["contents": ["kind": "markdown", "value": parts.joined(separator: "\n\n---\n\n")], "range": range(covered)]
    }

    /// The end of a marker `[8]`, `[^8]` or `<sup>` text starting at `start`.
    private func markerEnd(from start: Int) -> Int {
        let bytes = mapper.bytes
        guard start < bytes.count, bytes[start] == UInt8(ascii: "[") else { return mapper.wordEnd(from: start) }
        var i = start
        while i < bytes.count, i - start < 64, bytes[i] != UInt8(ascii: "]"), bytes[i] != 10 { i += 1 }
        return i < bytes.count && bytes[i] == UInt8(ascii: "]") ? i + 1 : mapper.wordEnd(from: start)
    }

    private func describe(_ definition: FootnoteDefinition) -> String {
        var lines = ["**Note [\(definition.label)]** \(definition.text.foldingWhitespaceForHover())"]
        for citation in definition.citations {
            if let source = citation.source {
                if let identity = source.identity {
                    var text = "- Source: \(source.raw) → `\(identity.canonical)` (\(identity.kind.rawValue)"
                    if let platform = identity.platform { text += ", \(platform)" }
                    lines.append(text + ")")
                } else {
                    lines.append("- Source: \(source.raw) (not recognised)")
                }
            }
            if let date = citation.date {
                let value = date.value.map { $0.longDescription } ?? "no day"
                lines.append("- Date: “\(date.text)” → \(value)\(date.yearInferred ? " (year inferred)" : "")")
            }
            for url in citation.urls { lines.append("- URL: \(url)") }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func foldingWhitespaceForHover() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
