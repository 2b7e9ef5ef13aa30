/// An `@mention` found in text, twitter-text style.
public struct Mention: Hashable, Sendable, Codable {
    public var screenName: String
    /// `/slug` for an `@user/slug` list mention, else empty.
    public var listSlug: String
    /// Offsets in Unicode scalars, `@` included, end exclusive.
    public var range: Range<Int>
}

/// Finds `@mentions` the way twitter-text does (its `extractMentionsOrListsWithIndices`,
/// `extractReplyScreenname` and `isValidUsername`/`isValidList`), so that notes are read as X reads tweets.
public enum MentionExtractor {
    /// Mentions and list mentions, in order.
    public static func mentionsOrLists(in text: String) -> [Mention] {
        let scalars = Array(text.unicodeScalars)
        var result: [Mention] = []
        for index in scalars.indices where isAt(scalars[index]) && mayPrecede(scalars, at: index) {
            if let mention = mention(in: scalars, at: index) { result.append(mention) }
        }
        return result
    }

    /// Mentions of users (list mentions left out, as twitter-text does).
    public static func mentions(in text: String) -> [Mention] {
        mentionsOrLists(in: text).filter { $0.listSlug.isEmpty }
    }

    /// The user a text replies to: a mention at its very start, after optional whitespace.
    public static func replyScreenName(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }), isAt(scalars[start]),
            let mention = mention(in: scalars, at: start, allowingList: false)
        else { return nil }
        return mention.screenName
    }

    /// Whether the whole of `text` is one `@username` (with its `@`).
    public static func isValidUsername(_ text: String) -> Bool {
        let found = mentionsOrLists(in: text)
        return found.count == 1 && found[0].listSlug.isEmpty && found[0].range == 0..<text.unicodeScalars.count
    }

    /// Whether the whole of `text` is one `@username/list`.
    public static func isValidList(_ text: String) -> Bool {
        let found = mentionsOrLists(in: text)
        return found.count == 1 && !found[0].listSlug.isEmpty && found[0].range == 0..<text.unicodeScalars.count
    }

    // MARK: - twitter-text's patterns

    private static func isAt(_ scalar: Unicode.Scalar) -> Bool { scalar == "@" || scalar == "＠" }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// Before an `@`: the start, a character outside `[a-zA-Z0-9_!#$%&*@＠]`, or a retweet marker
    /// `RT`/`RT:` (any case) that itself starts the text or follows a character outside `[a-zA-Z0-9_+~.-]`.
    private static func mayPrecede(_ s: [Unicode.Scalar], at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = s[index - 1]
        if !(isNameCharacter(previous) || "!#$%&*".unicodeScalars.contains(previous) || isAt(previous)) { return true }
        var markerEnd = index
        if previous == ":" { markerEnd -= 1 }
        guard markerEnd >= 2, String(String.UnicodeScalarView(s[(markerEnd - 2)..<markerEnd])).lowercased() == "rt"
        else { return false }
        let beforeMarker = markerEnd - 3
        return beforeMarker < 0 || !(isNameCharacter(s[beforeMarker]) || "+~.-".unicodeScalars.contains(s[beforeMarker]))
    }

    /// The mention whose `@` is at `index`, if a valid one follows (1–20 name characters, an optional
    /// `/list` slug, and no `@`, accented Latin letter or `://` right after).
    private static func mention(in s: [Unicode.Scalar], at index: Int, allowingList: Bool = true) -> Mention? {
        var end = index + 1
        while end < s.count, end - index - 1 < 20, isNameCharacter(s[end]) { end += 1 }
        guard end > index + 1 else { return nil }
        let name = String(String.UnicodeScalarView(s[(index + 1)..<end]))
        var slug = ""
        if allowingList, end + 1 < s.count, s[end] == "/", isASCIILetter(s[end + 1]) {
            var slugEnd = end + 2
            while slugEnd < s.count, slugEnd - end - 2 < 24, isNameCharacter(s[slugEnd]) || s[slugEnd] == "-" {
                slugEnd += 1
            }
            slug = String(String.UnicodeScalarView(s[end..<slugEnd]))
            end = slugEnd
        }
        if end < s.count {
            let next = s[end]
            if isAt(next) || isLatinAccent(next) { return nil }
            if end + 2 < s.count, next == ":", s[end + 1] == "/", s[end + 2] == "/" { return nil }
        }
        return Mention(screenName: name, listSlug: slug, range: index..<end)
    }

    /// twitter-text's `latinAccentChars`.
    private static func isLatinAccent(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0x100...0x24F, 0x253, 0x254, 0x256, 0x257, 0x259, 0x25B,
            0x263, 0x268, 0x26F, 0x272, 0x289, 0x28B, 0x2BB, 0x300...0x36F, 0x1E00...0x1EFF:
            return true
        default: return false
        }
    }
}
