/// A document with the findings of a check run.
public struct CheckedDocument: Sendable {
    public var document: Document
    public var findings: [Finding]
    /// Rules that could not run on this document, with the reason (e.g. no publication date).
    public var skippedRules: [String: String]

    public init(document: Document, findings: [Finding], skippedRules: [String: String] = [:]) {
        self.document = document
        self.findings = findings
        self.skippedRules = skippedRules
    }
}

/// Everything one run of `citeproof check` produced.
public struct Report: Sendable {
    public var toolName: String
    public var toolVersion: String
    public var documents: [CheckedDocument]
    /// Inputs that could not be read, with the reason.
    public var failures: [InputFailure]
    /// The rules the run applied (enabled, and with what they need).
    public var rules: [RuleDescription]

    public init(
        toolName: String = "citeproof", toolVersion: String, documents: [CheckedDocument], failures: [InputFailure] = [],
        rules: [RuleDescription] = CheckOptions().activeRules
    ) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.documents = documents
        self.failures = failures
        self.rules = rules
    }

    /// The most serious finding that counts (suppressed findings never do).
    public var worstUnsuppressedSeverity: Severity? {
        documents.lazy.flatMap(\.findings).filter { !$0.suppressed }.map(\.severity).max()
    }
}

/// An input that could not be read.
public struct InputFailure: Error, Sendable, Hashable {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}
