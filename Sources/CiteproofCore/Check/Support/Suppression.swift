import Foundation

/// Inline directives in a draft that suppress findings. Suppressed findings stay in the report
/// (`Finding.suppressed`); reporters show or count them, exit codes ignore them.
///
/// - `<!-- citeproof-disable-next-line RULE-ID [RULE-ID…] -->` (any format whose source keeps
///   the comment: Markdown, HTML, text): the findings on the next non-blank line.
/// - In plain-text drafts, a line `citeproof: ignore RULE-ID [RULE-ID…]` inside a note: the
///   findings about that note (its label, or located within its lines).
public enum Suppression {
    /// What one directive hides.
    struct Directive: Equatable {
        var rules: Set<String>
        /// Findings located on these lines.
        var lines: ClosedRange<Int>
        /// Findings about this note, wherever they stand.
        var footnote: String?
        /// The directive as written, and where.
        var text: String = ""

        func covers(_ finding: Finding) -> Bool {
            guard rules.contains(finding.rule) else { return false }
            if let footnote, finding.footnote == footnote { return true }
            guard let line = finding.location?.line else { return false }
            return lines.contains(line)
        }
    }

    /// The document with every finding a directive covers marked suppressed.
    public static func apply(to checked: CheckedDocument) -> CheckedDocument {
        let found = directives(in: checked.document)
        guard !found.isEmpty else { return checked }
        var result = checked
        for index in result.findings.indices {
            guard result.findings[index].suppression == nil,
                let directive = found.first(where: { $0.covers(result.findings[index]) })
            else { continue }
            result.findings[index].suppression = FindingSuppression(kind: .directive, reason: directive.text)
        }
        return result
    }

    static func directives(in document: Document) -> [Directive] {
        let source = document.source
        let lineCount = source.lineCount
        var result: [Directive] = []
        // Only a line that says `citeproof` can hold a directive: find those in the bytes first
        // (making a string of every line was 5 % of checking a large draft).
        for number in linesMentioningCiteproof(source) {
            guard let text = source.lineText(number) else { continue }
            if let rules = ruleIDs(in: text, pattern: disableNextLine) {
                var target = number + 1
                while target <= lineCount, source.lineText(target)?.trimmingCharacters(in: .whitespaces).isEmpty == true {
                    target += 1
                }
                if target <= lineCount {
                    result.append(Directive(rules: rules, lines: target...target, text: "line \(number): \(text.trimmingCharacters(in: .whitespaces))"))
                }
            }
            if document.format == .text, let rules = ruleIDs(in: text, pattern: ignoreInNote),
                let note = noteSpan(containing: number, in: document, lineCount: lineCount)
            {
                result.append(
                    Directive(
                        rules: rules, lines: note.lines, footnote: note.label,
                        text: "line \(number): \(text.trimmingCharacters(in: .whitespaces))"))
            }
        }
        return result
    }

    /// The lines, in order and each once, on which the bytes `citeproof` occur.
    static func linesMentioningCiteproof(_ source: SourceText) -> [Int] {
        var lines: [Int] = []
        for offset in source.bytes.offsets(of: "citeproof") {
            let line = source.line(ofUTF8Offset: offset)
            if lines.last != line { lines.append(line) }
        }
        return lines
    }

    private static let disableNextLine = #"<!--\s*citeproof-disable-next-line\s+([A-Za-z0-9][A-Za-z0-9,\s-]*?)\s*-->"#
    private static let ignoreInNote = #"^\s*citeproof:\s*ignore\s+([A-Za-z0-9][A-Za-z0-9,\s-]*?)\s*$"#

    /// The rule ids a directive line names, or nil when the line holds no directive.
    private static func ruleIDs(in line: String, pattern: String) -> Set<String>? {
        guard line.contains("citeproof"),
            let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let range = Range(match.range(at: 1), in: line)
        else { return nil }
        let ids = line[range].split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
        return ids.isEmpty ? nil : Set(ids)
    }

    /// The note whose lines hold `line`: from its marker to the line before the next note's marker.
    private static func noteSpan(containing line: Int, in document: Document, lineCount: Int)
        -> (label: String, lines: ClosedRange<Int>)?
    {
        let starts = document.definitions.map { ($0.label, $0.location.line) }.sorted { $0.1 < $1.1 }
        for (index, start) in starts.enumerated() where start.1 <= line {
            let end = index + 1 < starts.count ? starts[index + 1].1 - 1 : max(lineCount, start.1)
            if line <= end { return (start.0, start.1...max(end, start.1)) }
        }
        return nil
    }
}
