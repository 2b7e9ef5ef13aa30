/// A platform's documented rule for user names (handles), as data.
public struct HandleRule: Hashable, Sendable {
    /// Lengths the platform accepts today.
    public var lengths: ClosedRange<Int>
    /// Lengths that exist outside today's rule (older or collectible names): a note, not a warning.
    public var existingLengths: ClosedRange<Int>
    /// ASCII characters allowed, as ranges: `A-Za-z0-9_`.
    public var allowed: String
    /// ASCII characters the name may start with; nil when any allowed character may.
    public var allowedFirst: String?
    /// Characters the name may not end with.
    public var forbiddenLast: String
    /// Substrings the name may not contain (`..`).
    public var forbiddenSequences: [String]
    /// Whether letters outside ASCII are allowed too (YouTube handles).
    public var allowsNonASCIILetters: Bool
    /// The rule in words, quoted in findings: "1–15 letters, digits or underscores".
    public var summary: String
    /// Why `existingLengths` is wider, quoted in the note.
    public var legacyNote: String?
    /// A regular expression the whole name must match, in place of the rules above (a configured platform's
    /// `handlePattern`).
    public var pattern: String?

    public init(
        lengths: ClosedRange<Int>, existingLengths: ClosedRange<Int>? = nil, allowed: String,
        allowedFirst: String? = nil, forbiddenLast: String = "", forbiddenSequences: [String] = [],
        allowsNonASCIILetters: Bool = false, summary: String, legacyNote: String? = nil
    ) {
        self.lengths = lengths
        self.existingLengths = existingLengths ?? lengths
        self.allowed = allowed
        self.allowedFirst = allowedFirst
        self.forbiddenLast = forbiddenLast
        self.forbiddenSequences = forbiddenSequences
        self.allowsNonASCIILetters = allowsNonASCIILetters
        self.summary = summary
        self.legacyNote = legacyNote
    }

    /// A rule that is only a regular expression (from the configuration).
    public init(pattern: String) {
        self.init(lengths: 1...Int.max, allowed: "", summary: "names matching \(pattern)")
        self.pattern = pattern
    }

    func permits(_ character: Character, in ranges: String) -> Bool {
        if allowsNonASCIILetters, !character.isASCII { return character.isLetter || character.isNumber }
        return ASCIIRanges.contains(ranges, character)
    }
}

/// Character sets written as ranges (`A-Za-z0-9_`), the way platforms document them.
enum ASCIIRanges {
    static func contains(_ ranges: String, _ character: Character) -> Bool {
        let chars = Array(ranges)
        var i = 0
        while i < chars.count {
            if i + 2 < chars.count, chars[i + 1] == "-" {
                if chars[i] <= character && character <= chars[i + 2] { return true }
                i += 3
            } else {
                if chars[i] == character { return true }
                i += 1
            }
        }
        return false
    }
}
