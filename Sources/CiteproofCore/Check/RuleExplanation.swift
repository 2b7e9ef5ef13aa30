extension RuleDescription {
    /// What `citeproof explain ID` prints (and the MCP server's `explain_rule` returns): the rule, its
    /// summary, rationale, requirement and examples.
    public var explanation: String {
        var text = "\(id) — \(name) (default severity: \(defaultSeverity.rawValue))\n\n"
        text += summary + "\n\n"
        text += "Why: " + rationale + "\n\n"
        if requirement != .none { text += "Needs: \(requirement.rawValue).\n\n" }
        for (title, examples) in [("Triggers on", triggeringExamples), ("Stays quiet on", nonTriggeringExamples)] {
            for e in examples {
                text += "\(title) (\(e.format.rawValue))\(e.comment.map { " — \($0)" } ?? ""):\n"
                text += e.draft.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        return text
    }
}
