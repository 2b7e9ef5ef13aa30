/// A date of a note with what it is the date of, and why the classifier thinks so.
public struct ClassifiedDate: Hashable, Sendable {
    public var mention: DateMention
    public var role: DateRole
    /// A short explanation ("after the source, in the citation's date slot").
    public var reason: String

    public init(mention: DateMention, role: DateRole, reason: String) {
        self.mention = mention
        self.role = role
        self.reason = reason
    }
}

/// Guesses what a date in a footnote is the date of, from where it stands.
///
/// - `Twitter.com/X, April 3, 2021.` — a date in the citation slot (after a comma, a closing
///   quote or an opening parenthesis, and ending the clause): the source's date.
/// - `posted on April 3, 2021`, `published April 3` — the source's date.
/// - `accessed April 5, 2021`, `retrieved on …`, `archived …` — an access date.
/// - `in response to the January 3, 2020 assassination`, `since April 2021`, `On May 1, he said`
///   — an event the note talks about.
/// - a date inside quotation marks (a quoted title or statement) — context.
///
/// Body text is always context: call `role(of:in:)` only on note text.
public struct DateRoleClassifier: Sendable {
    public init() {}

    static let accessWords: Set<String> = ["accessed", "retrieved", "visited", "viewed", "archived", "checked", "consulted"]
    static let publicationWords: Set<String> = [
        "posted", "published", "uploaded", "tweeted", "dated", "released", "aired", "broadcast", "sent", "updated",
        "issued", "filed", "streamed", "shared", "written",
    ]
    static let eventWords: Set<String> = [
        "on", "since", "after", "before", "until", "till", "during", "following", "by", "from", "in", "of", "the",
        "a", "an", "to", "between", "and", "or", "than", "at", "as", "early", "late", "mid", "around", "circa",
        "through", "about", "that", "its", "his", "her", "their",
    ]

    /// Every date in a note's text, classified.
    public func classify(note text: String, scanner: DateScanner) -> [ClassifiedDate] {
        scanner.mentions(in: text).map { mention in
            let (role, reason) = role(of: mention, in: text)
            return ClassifiedDate(mention: mention, role: role, reason: reason)
        }
    }

    /// The role of one date found in `text` (a note, or one citation or remark of it).
    public func role(of mention: DateMention, in text: String) -> (role: DateRole, reason: String) {
        let bytes = Array(text.utf8)
        let start = min(mention.utf8Range.lowerBound, bytes.count)
        let end = min(mention.utf8Range.upperBound, bytes.count)
        let before = String(decoding: bytes[..<start], as: UTF8.self)
        let after = String(decoding: bytes[end...], as: UTF8.self)

        if Self.isInsideQuotation(before) { return (.context, "inside quotation marks") }
        let words = Self.lastWords(before, count: 3)
        if let word = words.last(where: { Self.accessWords.contains($0) }), words.last == word || words.last == "on" {
            return (.accessed, "after “\(word)”")
        }
        if let last = words.last {
            let previous = words.dropLast().last
            if Self.publicationWords.contains(last) || (last == "on" && previous.map(Self.publicationWords.contains) == true) {
                return (.citation, "after “\(previous.map { "\($0) " } ?? "")\(last)”")
            }
        }
        let trailing = after.drop { $0 == " " || $0 == "\u{A0}" }
        let nextIsLowercaseWord = trailing.first.map { $0.isLetter && $0.isLowercase } ?? false
        if nextIsLowercaseWord { return (.event, "describes what follows (“\(mention.text) \(trailing.prefix { $0.isLetter })”)") }
        if let last = words.last, Self.eventWords.contains(last), !Self.followsPunctuation(before) {
            return (.event, "after “\(last)”")
        }
        let endsClause = trailing.first.map { ".;,)]".contains($0) } ?? true
        if Self.followsCitationPunctuation(before), endsClause {
            return (.citation, "in the citation's date slot, after the source")
        }
        if before.allSatisfy({ $0.isWhitespace || $0 == "(" }) { return (.citation, "the note is the date alone") }
        return (.event, "inside a remark")
    }

    /// An opening curly quote without its closing one, or an odd number of straight double quotes.
    static func isInsideQuotation(_ before: String) -> Bool {
        var depth = 0
        var straight = 0
        for character in before {
            switch character {
            case "\u{201C}": depth += 1
            case "\u{201D}": depth = max(0, depth - 1)
            case "\"": straight += 1
            default: break
            }
        }
        return depth > 0 || straight % 2 == 1
    }

    /// The last words before a position, lower-cased, stopping at a comma or sentence end.
    static func lastWords(_ before: String, count: Int) -> [String] {
        var words: [String] = []
        var current = ""
        for character in before.reversed() {
            if character.isLetter {
                current.insert(character, at: current.startIndex)
                continue
            }
            if !current.isEmpty {
                words.insert(current.lowercased(), at: 0)
                current = ""
                if words.count == count { break }
            }
            if ",.;:()[]".contains(character) || character == "\u{201D}" || character == "\"" { break }
        }
        if !current.isEmpty, words.count < count { words.insert(current.lowercased(), at: 0) }
        return words
    }

    /// The date follows `,`, `(`, `,"` or `,”` (spaces skipped).
    static func followsCitationPunctuation(_ before: String) -> Bool {
        let trimmed = before.reversed().drop { $0 == " " || $0 == "\u{A0}" || $0 == "\t" || $0 == "\n" }
        guard let last = trimmed.first else { return false }
        if last == "," || last == "(" || last == ";" { return true }
        if last == "\"" || last == "\u{201D}" {
            return trimmed.dropFirst().first == ","
        }
        return false
    }

    static func followsPunctuation(_ before: String) -> Bool {
        let trimmed = before.reversed().drop { $0 == " " || $0 == "\u{A0}" }
        return trimmed.first.map { ",;(".contains($0) } ?? false
    }
}
