/// Matches URL paths against `PathPattern` templates.
enum PathTemplate {
    /// Captures by name when `path` (decoded segments, no leading empty segment) fits `template`.
    static func match(_ template: String, segments: [Substring]) -> [String: String]? {
        guard fitsSegmentCount(template, segments.count) else { return nil }
        var parts = template.split(separator: "/", omittingEmptySubsequences: true)
        let allowsMore = parts.last == "**"
        if allowsMore { parts.removeLast() }
        guard segments.count == parts.count || (allowsMore && segments.count > parts.count) else { return nil }
        var captures: [String: String] = [:]
        for (part, segment) in zip(parts, segments) {
            guard matchSegment(Array(tokens(part)), segment[...], into: &captures) else { return nil }
        }
        return captures
    }

    /// The count check of `match` on the template's bytes, before it is split: most templates a
    /// URL is tried against have another number of segments.
    static func fitsSegmentCount(_ template: String, _ count: Int) -> Bool {
        var parts = 0
        var inPart = false
        var lastPartIsRest = false
        var lastPartLength = 0
        for byte in template.utf8 {
            if byte == UInt8(ascii: "/") {
                inPart = false
            } else {
                if !inPart {
                    parts += 1
                    inPart = true
                    lastPartLength = 0
                    lastPartIsRest = true
                }
                lastPartLength += 1
                if byte != UInt8(ascii: "*") { lastPartIsRest = false }
            }
        }
        if lastPartIsRest, lastPartLength == 2 { return count >= parts - 1 }
        return count == parts
    }

    enum Token: Equatable {
        case literal(String)
        case capture(name: String, digitsOnly: Bool)
        case rest
    }

    static func tokens(_ part: Substring) -> [Token] {
        var result: [Token] = []
        var literal = ""
        var index = part.startIndex
        while index < part.endIndex {
            let c = part[index]
            if c == "{", let close = part[index...].firstIndex(of: "}") {
                if !literal.isEmpty { result.append(.literal(literal)); literal = "" }
                let spec = part[part.index(after: index)..<close].split(separator: ":")
                result.append(.capture(name: String(spec[0]), digitsOnly: spec.count > 1 && spec[1] == "digits"))
                index = part.index(after: close)
            } else if c == "*" {
                if !literal.isEmpty { result.append(.literal(literal)); literal = "" }
                result.append(.rest)
                index = part.index(after: index)
            } else {
                literal.append(c)
                index = part.index(after: index)
            }
        }
        if !literal.isEmpty { result.append(.literal(literal)) }
        return result
    }

    /// A capture takes the shortest non-empty run that lets the next literal match (or all that is left).
    static func matchSegment(_ tokens: [Token], _ text: Substring, into captures: inout [String: String]) -> Bool {
        guard let first = tokens.first else { return text.isEmpty }
        let rest = Array(tokens.dropFirst())
        switch first {
        case .literal(let literal):
            guard text.lowercased().hasPrefix(literal.lowercased()) else { return false }
            return matchSegment(rest, text.dropFirst(literal.count), into: &captures)
        case .rest:
            return rest.isEmpty
        case .capture(let name, let digitsOnly):
            guard !text.isEmpty else { return false }
            var end = text.index(after: text.startIndex)
            while true {
                let value = text[..<end]
                if digitsOnly, !value.allSatisfy({ $0.isASCII && $0.isNumber }) { return false }
                var attempt = captures
                attempt[name] = String(value)
                if matchSegment(rest, text[end...], into: &attempt) {
                    captures = attempt
                    return true
                }
                if end == text.endIndex { return false }
                end = text.index(after: end)
            }
        }
    }
}
