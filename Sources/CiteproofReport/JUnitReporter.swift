import CiteproofCore

/// JUnit XML for CI test views (GitLab, Jenkins): one `testsuite` per document, one `testcase`
/// per rule that ran; a rule's findings at or above `failureThreshold` make its failure, lower
/// ones go to `system-out`. Inputs that could not be read are errors in their own suite.
public struct JUnitReporter: Reporter {
    public var baseDirectory: String?
    /// The rules that ran (enabled ones); findings of other rules get a testcase of their own.
    public var rules: [RuleDescription]
    /// The least severity that fails a testcase (the run's `--fail-on`); nil: nothing fails.
    public var failureThreshold: Severity?

    public init(
        baseDirectory: String?, rules: [RuleDescription] = RuleRegistry.all.map { $0.description },
        failureThreshold: Severity? = .error
    ) {
        self.baseDirectory = baseDirectory
        self.rules = rules
        self.failureThreshold = failureThreshold
    }

    public func render(_ report: Report) -> String {
        var suites: [String] = []
        var totalTests = 0
        var totalFailures = 0
        var totalSkipped = 0
        for checked in report.documents {
            let suite = documentSuite(checked)
            suites.append(suite.xml)
            totalTests += suite.tests
            totalFailures += suite.failures
            totalSkipped += suite.skipped
        }
        if !report.failures.isEmpty {
            var cases = ""
            for failure in report.failures {
                let name = failure.path.isEmpty ? "input" : BaselinePath.relative(failure.path, to: baseDirectory)
                cases += "    <testcase classname=\"citeproof.input\" name=\"\(x(name))\">\n"
                cases += "      <error type=\"unreadable\" message=\"\(x(failure.message))\">\(x(failure.message))</error>\n"
                cases += "    </testcase>\n"
            }
            suites.append(
                "  <testsuite name=\"unreadable inputs\" tests=\"\(report.failures.count)\" failures=\"0\" errors=\"\(report.failures.count)\" skipped=\"0\">\n\(cases)  </testsuite>\n")
            totalTests += report.failures.count
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="\(x(report.toolName)) \(x(report.toolVersion))" tests="\(totalTests)" failures="\(totalFailures)" errors="\(report.failures.count)" skipped="\(totalSkipped)">

            """ + suites.joined() + "</testsuites>\n"
    }

    private func documentSuite(_ checked: CheckedDocument) -> (xml: String, tests: Int, failures: Int, skipped: Int) {
        let doc = checked.document
        let path = BaselinePath.relative(doc.path, to: baseDirectory)
        var ids = rules.map(\.id)
        for finding in checked.findings where !ids.contains(finding.rule) { ids.append(finding.rule) }
        let names = Dictionary(rules.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var cases = ""
        var failures = 0
        var skipped = 0
        for id in ids {
            let findings = checked.findings.filter { $0.rule == id && !$0.suppressed }
            let suppressed = checked.findings.filter { $0.rule == id && $0.suppressed }.count
            let failing = findings.filter { f in failureThreshold.map { f.severity >= $0 } ?? false }
            let passing = findings.filter { f in !failing.contains(f) }
            let name = names[id].map { "\(id): \($0)" } ?? id
            cases += "    <testcase classname=\"citeproof.\(x(id))\" name=\"\(x(name))\" file=\"\(x(path))\">\n"
            if let reason = checked.skippedRules[id] {
                skipped += 1
                cases += "      <skipped message=\"\(x(reason))\"/>\n"
            } else if !failing.isEmpty {
                failures += 1
                let worst = failing.map(\.severity).max()!.rawValue
                let summary = "\(plural(failing.count, "finding")) at or above \(failureThreshold!.rawValue)"
                cases += "      <failure type=\"\(worst)\" message=\"\(x(summary))\">"
                cases += x(failing.map { line($0, path: path, unit: doc.locationUnit) }.joined(separator: "\n"))
                cases += "</failure>\n"
            }
            var out = passing.map { line($0, path: path, unit: doc.locationUnit) }
            if suppressed > 0 { out.append("\(plural(suppressed, "finding")) suppressed") }
            if !out.isEmpty { cases += "      <system-out>\(x(out.joined(separator: "\n")))</system-out>\n" }
            cases += "    </testcase>\n"
        }
        let xml = """
              <testsuite name="\(x(path))" tests="\(ids.count)" failures="\(failures)" errors="0" skipped="\(skipped)">
                <properties>
                  <property name="format" value="\(doc.format.rawValue)"/>
                  <property name="sha256" value="\(doc.sha256)"/>
                </properties>

            """ + cases + "  </testsuite>\n"
        return (xml, ids.count, failures, skipped)
    }

    private func line(_ f: Finding, path: String, unit: LocationUnit) -> String {
        let position = f.location.map { ":\($0)" } ?? ""
        let paragraph = unit == .paragraph && f.location != nil ? " (paragraph)" : ""
        return "\(path)\(position)\(paragraph): \(f.severity.rawValue): \(f.message)"
    }

    private func x(_ s: String) -> String { ReportSupport.escapeMarkup(s) }
}
