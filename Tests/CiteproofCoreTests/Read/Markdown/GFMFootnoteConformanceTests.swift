import Foundation
import Testing
@testable import CiteproofCore

/// cmark-gfm's own footnote examples (Fixtures/conformance/gfm-footnotes*.txt): the references and
/// definitions the Markdown reader finds are exactly those the expected HTML shows, plus the
/// unreferenced definitions (which GFM drops and citeproof reports).
@Suite
struct GFMFootnoteConformanceTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var markdown: String
        var html: String
        var testDescription: String { "\(file):\(line)" }
    }

    static let examples: [Example] = {
        var result: [Example] = []
        for file in ["gfm-footnotes.txt", "gfm-footnotes-regression.txt"] {
            let url = TestData.conformance.appendingPathComponent(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                fatalError("\(url.path) is missing: the conformance data is part of the repository")
            }
            let fence = String(repeating: "`", count: 32)
            var lines = text.components(separatedBy: "\n")[...]
            var lineNo = 0
            while let line = lines.popFirst() {
                lineNo += 1
                guard line.hasPrefix(fence + " example") else { continue }
                let start = lineNo
                var md: [String] = []
                var html: [String] = []
                var inHTML = false
                while let l = lines.popFirst() {
                    lineNo += 1
                    if l == fence { break }
                    if l == "." && !inHTML { inHTML = true; continue }
                    if inHTML { html.append(l) } else { md.append(l.replacingOccurrences(of: "→", with: "\t")) }
                }
                result.append(Example(file: file, line: start, markdown: md.joined(separator: "\n") + "\n", html: html.joined(separator: "\n")))
            }
        }
        return result
    }()

    @Test func allExamplesWereFound() {
        #expect(Self.examples.count == 10)
    }

    @Test(arguments: examples)
    func readerMatchesExpectedHTML(_ example: Example) throws {
        let doc = try TestData.read(text: example.markdown, format: .markdown)
        // Expected: each footnote reference's target, in HTML order, and each definition's id.
        let refTargets = example.html.matches(of: #/<sup class="footnote-ref"><a href="#fn-([^"]+)"/#).map { decode(String($0.1)) }
        let defIDs = example.html.matches(of: #/<li id="fn-([^"]+)">/#).map { decode(String($0.1)) }

        let defined = Set(doc.definitions.map(\.label))
        let resolved = doc.references.filter { defined.contains($0.label) }
        #expect(resolved.map(\.label).sorted() == refTargets.sorted(), "references")
        // Body references keep their order (references inside definitions come after them in HTML).
        let bodyExpected = Array(refTargets.prefix(resolved.count))
        #expect(Array(resolved.map(\.label).prefix(bodyExpected.count)) == bodyExpected)

        let referenced = Set(doc.references.map(\.label))
        let reportedReferenced = doc.definitions.map(\.label).filter { referenced.contains($0) }
        #expect(Set(reportedReferenced) == Set(defIDs), "definitions")
        #expect(reportedReferenced.count == defIDs.count, "no definition reported twice")
        // Unreferenced definitions are reported too, and flagged.
        let unused = Citeproof.check(doc).findings.filter { $0.rule == "unused-definition" }.compactMap(\.footnote)
        #expect(Set(unused) == defined.subtracting(referenced))
    }

    private func decode(_ s: String) -> String {
        s.removingPercentEncoding ?? s
    }
}
