import Foundation

/// One way a handle breaks its platform's rule.
public struct HandleProblem: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable {
        case empty, tooShort, tooLong, outsideCurrentLength, invalidCharacter
        case invalidFirstCharacter, invalidLastCharacter, invalidSequence, reservedName, patternMismatch
    }

    public var kind: Kind
    /// `.note` for names that exist but break today's rule (a 20-character X account from 2008), else `.warning`.
    public var severity: Severity
    /// A sentence naming the platform's rule.
    public var message: String
}

/// Checks a handle against its platform's rule from the platform table.
public enum HandleCheck {
    /// Problems with `handle` (without `@`) on `platform` for a source of `kind`; empty when valid
    /// or when the platform documents no rule.
    public static func validate(handle: String, platform: Platform, kind: SourceKind = .account) -> [HandleProblem] {
        guard let rule = platform.handleRule(for: kind) else { return [] }
        let name = "\(platform.name) \(kind == .channel ? "name" : "handle") “\(handle)”"
        let ruleText = "\(platform.name) allows \(rule.summary)"
        func problem(_ kind: HandleProblem.Kind, _ what: String, _ severity: Severity = .warning) -> HandleProblem {
            HandleProblem(kind: kind, severity: severity, message: "\(name) \(what); \(ruleText).")
        }
        guard !handle.isEmpty else { return [problem(.empty, "is empty")] }
        if let pattern = rule.pattern {
            let matches = (try? NSRegularExpression(pattern: pattern)).map { expression in
                expression.firstMatch(in: handle, range: NSRange(handle.startIndex..., in: handle))
                    .map { $0.range == NSRange(handle.startIndex..., in: handle) } ?? false
            }
            return matches == false ? [problem(.patternMismatch, "does not match the configured pattern")] : []
        }
        var problems: [HandleProblem] = []
        let length = handle.count
        if !rule.existingLengths.contains(length) || (!rule.lengths.contains(length) && rule.legacyNote == nil) {
            problems.append(
                length < rule.lengths.lowerBound
                    ? problem(.tooShort, "has \(length) character\(length == 1 ? "" : "s")")
                    : problem(.tooLong, "has \(length) characters"))
        } else if !rule.lengths.contains(length) {
            let why = rule.legacyNote.map { " (\($0))" } ?? ""
            problems.append(problem(.outsideCurrentLength, "has \(length) characters\(why)", .note))
        }
        let bad = handle.filter { !rule.permits($0, in: rule.allowed) }
        if !bad.isEmpty {
            let shown = String(Set(bad).sorted()).map { "“\($0)”" }.joined(separator: ", ")
            problems.append(problem(.invalidCharacter, "contains \(shown)"))
        }
        if let first = handle.first, let allowedFirst = rule.allowedFirst, rule.permits(first, in: rule.allowed),
            !rule.permits(first, in: allowedFirst)
        {
            problems.append(problem(.invalidFirstCharacter, "starts with “\(first)”"))
        }
        if let last = handle.last, rule.forbiddenLast.contains(last) {
            problems.append(problem(.invalidLastCharacter, "ends with “\(last)”"))
        }
        for sequence in rule.forbiddenSequences where handle.contains(sequence) {
            problems.append(problem(.invalidSequence, "contains “\(sequence)”"))
        }
        if platform.reservedNames.contains(handle.lowercased()) {
            problems.append(problem(.reservedName, "is a reserved path of the site, not a user name"))
        }
        return problems
    }
}
