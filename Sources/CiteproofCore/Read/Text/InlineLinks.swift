/// Link targets written out after their text, as plain-text drafts (and pandoc's plain output with
/// the URLs kept) carry them: `“Title” (https://…). Outlet. May 5, 2015.`. In a note they are taken
/// out of the text and kept as the note's links, at the end of the text they followed — the shape
/// the Markdown and HTML readers hand on for `[Title](https://…)` — so that a reference reads the same
/// in every format (a `(url).` left in the text closes a sentence and splits the reference in two).
enum InlineLinks {
    /// `text` without its ` (http…)` link targets, and those targets with the plain-text offset of the
    /// last byte of the text each followed. A parenthesis that holds anything but one URL is kept.
    static func lift(_ text: MappedText) -> (text: MappedText, links: [(offset: Int, url: String)]) {
        let bytes = Array(text.text.utf8)
        var cuts: [(range: Range<Int>, url: String)] = []
        var i = 1
        while i + 9 < bytes.count {
            // " (http://" or " (https://", after some text of the link's own.
            guard bytes[i] == 0x20, bytes[i + 1] == 0x28, i > 0, bytes[i - 1] != 0x20,
                startsWithScheme(bytes, at: i + 2), let close = closingParenthesis(bytes, from: i + 2)
            else {
                i += 1
                continue
            }
            let after = close + 1
            guard after == bytes.count || " .,;:)]".utf8.contains(bytes[after]) else {
                i += 1
                continue
            }
            cuts.append((i..<after, String(decoding: bytes[(i + 2)..<close], as: UTF8.self)))
            i = after
        }
        guard !cuts.isEmpty else { return (text, []) }
        var result = MappedText()
        var links: [(offset: Int, url: String)] = []
        var kept = 0
        for cut in cuts {
            result.append(keeping: text, kept..<cut.range.lowerBound)
            links.append((result.text.utf8.count - 1, cut.url))
            kept = cut.range.upperBound
        }
        result.append(keeping: text, kept..<bytes.count)
        return (result, links)
    }

    private static func startsWithScheme(_ bytes: [UInt8], at index: Int) -> Bool {
        for scheme in ["http://", "https://"] where bytes.count - index >= scheme.utf8.count {
            if bytes[index..<(index + scheme.utf8.count)].elementsEqual(scheme.utf8) { return true }
        }
        return false
    }

    /// The index of the `)` that closes a URL starting at `start`, parentheses inside it balanced
    /// (`…/wiki/The_Blues_Brothers_(film))`); nil at a blank or the end first.
    private static func closingParenthesis(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var j = start
        while j < bytes.count {
            switch bytes[j] {
            case 0x20, 0x09, 0x0A, 0x0D: return nil
            case 0x28: depth += 1
            case 0x29:
                if depth == 0 { return j }
                depth -= 1
            default: break
            }
            j += 1
        }
        return nil
    }
}

extension MappedText {
    /// Appends the UTF-8 range `range` of `other` with its source mapping and its line breaks.
    mutating func append(keeping other: MappedText, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let base = text.utf8.count
        let piece = other.slice(range)
        for b in piece.lineBreaks { recordLineBreak(at: base + b) }
        append(mapped: piece)
    }
}

extension MappedText {
    /// The text with each no-break space (U+00A0, U+202F: what word processors and pandoc put in
    /// `pp. 20`, `p. 12`, `Vol. 3`) written as a plain space, each keeping its place in the source: a
    /// note's fields are then read the same whichever format wrote it. Offsets after a replaced space
    /// move (it is one byte, not two or three), so a note's links are given in the new offsets too.
    func replacingNoBreakSpaces(links: [(offset: Int, url: String)] = []) -> (text: MappedText, links: [(offset: Int, url: String)]) {
        let bytes = Array(text.utf8)
        // U+00A0 is C2 A0; U+202F is E2 80 AF.
        var spaces: [Range<Int>] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                spaces.append(i..<(i + 2))
                i += 2
            } else if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xAF {
                spaces.append(i..<(i + 3))
                i += 3
            } else {
                i += 1
            }
        }
        guard !spaces.isEmpty else { return (self, links) }
        var result = MappedText()
        var kept = 0
        for space in spaces {
            result.append(keeping: self, kept..<space.lowerBound)
            result.append(" ", sourceOffset: sourceOffset(forPlain: space.lowerBound))
            kept = space.upperBound
        }
        result.append(keeping: self, kept..<bytes.count)
        let moved = links.map { link in
            (spaces.reduce(link.offset) { offset, space in offset > space.lowerBound ? offset - (space.count - 1) : offset }, link.url)
        }
        return (result, moved)
    }
}
