import CiteproofCore
@testable import CiteproofReport
import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

/// Escaping and structure of the HTML, JUnit, Markdown and GitHub outputs.
@Suite struct MarkupReporterTests {
    @Test func htmlEscapesEveryValueFromTheDraft() throws {
        let html = HTMLReporter(baseDirectory: ReportFixture.baseDirectory).render(try ReportFixture.report())
        // The fixture's title and the plain-text note hold <script>; only the page's own script remains.
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("Harbour &quot;works&quot; &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; more"))
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("@import"), "nothing is loaded from elsewhere")
    }

    @Test func htmlListsNotesInOrderWithTheirFindings() throws {
        let html = HTMLReporter(baseDirectory: nil).render(try ReportFixture.report())
        let labels = ["[1]", "[2]", "[2]", "[3]", "[4]", "[7]"].map { "<span class=\"label\">\($0)</span>" }
        var cursor = html.startIndex
        for label in labels {
            let found = try #require(html.range(of: label, range: cursor..<html.endIndex), "\(label) out of order")
            cursor = found.upperBound
        }
        #expect(html.contains("class=\"finding sev-warning suppressed\""))
    }

    @Test func junitIsWellFormedXMLWithAFailurePerFailingRule() throws {
        let xml = JUnitReporter(baseDirectory: nil, failureThreshold: .warning).render(try ReportFixture.report())
        let document = try XMLDocument(xmlString: xml)
        let suites = try document.nodes(forXPath: "/testsuites/testsuite")
        #expect(suites.count == 2)
        let failures = try document.nodes(forXPath: "//testcase[failure]").compactMap { ($0 as? XMLElement)?.attribute(forName: "classname")?.stringValue }
        // .md: missing-definition, duplicate-definition, missing-source, numbering-gap, unused-definition (the
        // suppressed unused [4] alone would not fail); .txt: missing-definition, unused-definition.
        #expect(failures.count == 7, "\(failures)")
        let errorsOnly = try XMLDocument(xmlString: JUnitReporter(baseDirectory: nil, failureThreshold: .error).render(try ReportFixture.report()))
        #expect(try errorsOnly.nodes(forXPath: "//testcase[failure]").count == 3)
    }

    @Test func markdownCellsEscapePipesAndMarkup() throws {
        let md = MarkdownReporter(baseDirectory: nil)
        #expect(md.cell("a | b <i>c</i>\nd") == "a \\| b &lt;i&gt;c&lt;/i&gt; d")
        let text = md.render(try ReportFixture.report())
        // Every table row has exactly its header's columns: no unescaped `|` leaked from a message.
        var header: Int?
        var rows = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("| ") else {
                header = nil
                continue
            }
            let columns = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            if let header {
                #expect(columns == header, "\(line)")
                rows += 1
            } else {
                header = columns
            }
        }
        #expect(rows > 10)
    }

    @Test func githubEscapesDataAndProperties() {
        let finding = Finding(
            rule: "missing-source", severity: .warning, message: "100% sure,\r\nnot: really", location: SourceLocation(line: 3, column: 2))
        let document = Document(path: "/repo/a,b:c.md", format: .markdown, sha256: "", source: SourceText(""))
        let report = Report(toolVersion: "1", documents: [CheckedDocument(document: document, findings: [finding])])
        let out = GitHubReporter(baseDirectory: "/repo").render(report)
        #expect(out.hasPrefix("::warning file=a%2Cb%3Ac.md,line=3,col=2,title=Note without a source (missing-source)::100%25 sure,%0D%0Anot: really\n"))
    }

    @Test func githubPutsTheMostSevereFirstAndEndsWithASummary() throws {
        let lines = GitHubReporter(baseDirectory: nil).render(try ReportFixture.report()).split(separator: "\n")
        let kinds = lines.dropLast().map { $0.prefix(while: { $0 != " " }) }
        #expect(kinds == ["::error", "::error", "::error", "::warning", "::warning", "::warning", "::warning"])
        #expect(lines.last == "citeproof: 3 errors, 4 warnings, 0 notes in 2 documents (2 suppressed)")
    }
}

/// Evidence that quotes a note ("[5] Telegram.me/…") is not prefixed with its label a second time.
@Suite struct EvidenceLabelTests {
    static let formats: [(String, any Reporter)] = [
        ("text", TextReporter()),
        ("html", HTMLReporter(baseDirectory: nil)),
        ("sarif", SARIFReporter(baseDirectory: nil)),
    ]

    @Test(arguments: formats.map(\.0))
    func evidenceNamesItsNoteOnce(_ format: String) throws {
        let reporter = Self.formats.first { $0.0 == format }!.1
        let rendered = reporter.render(try ReportFixture.report(drafts: ReportFixture.everyRuleDrafts))
        let doubled = try Regex(#"\[(\d+)\] \[\1\]"#)
        #expect(rendered.firstMatch(of: doubled) == nil, "\(format) repeats a note label in its evidence")
        #expect(rendered.contains("[5] https://x.com/council_ann/status/1050118621198921728"), "the quoted note keeps its label")
    }

    @Test func labelIsAddedWhenTheTextLacksIt() {
        #expect(ReportSupport.evidenceText(Evidence(kind: "url", text: "https://a.example", footnote: "1")) == "[1] https://a.example")
        #expect(ReportSupport.evidenceText(Evidence(kind: "note", text: "[10] x", footnote: "1")) == "[1] [10] x")
        #expect(ReportSupport.evidenceText(Evidence(kind: "note", text: "[1] x", footnote: "1")) == "[1] x")
        #expect(ReportSupport.evidenceText(Evidence(kind: "note", text: "x")) == "x")
    }
}
