/// The pieces `ReferenceParser` recognizes: patterns and small string helpers.
extension ReferenceParser {
    nonisolated(unsafe) static let ibid = try! Regex(#"^(?i:ibid|id|op\.? cit)\.?(?=[\s,.;:]|$)[,.]?"#)
    nonisolated(unsafe) static let doi = try! Regex(#"10\.\d{4,9}/[^\s<>"”]+"#)
    nonisolated(unsafe) static let isbn = try! Regex(#"(?i)ISBN(?:-1[03])?:?\s*([0-9Xx][0-9Xx\- ]{8,16}[0-9Xx])"#)
    nonisolated(unsafe) static let accessedClause = try! Regex(
        #"(?i)[\[(]?\s*(?:last\s+)?(?:accessed|retrieved|viewed|visited|consulted|abgerufen am|consulté le)(?:\s+on)?\s*:?\s*[^\])]{0,40}?(?:\d{4}|\d{1,2}/\d{1,2}/\d{2,4})(?:\))?[\])]?(?:\s*,?\s*from)?"#)
    /// `Authors (date). ` at the start: APA 7, Wikipedia CS1.
    nonisolated(unsafe) static let apaHead = try! Regex(
        #"^([^()“"‘]{1,300}?)\.?\s*\(((?:\d{4}|n\.d\.|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})[^()]{0,30})\)[.,]?\s+"#)
    nonisolated(unsafe) static let apaYearMonthDay = try! Regex(#"^(\d{4}),\s+([A-Z][a-z]+(?: \d{1,2})?)"#)
    nonisolated(unsafe) static let volumeIssue = try! Regex(
        #"(?i)(?:\b\d{1,4},\s*no\.\s*\d+|[A-Za-z],\s*no\.\s*\d+|\b\d{1,4}\s*\((?!1[4-9]\d\d\)|20\d\d\))\d{1,4}(?:[-–]\d{1,4})?\)|,\s\d{1,4}(?:\s?\(\d{1,4}\))?,\s*\d{1,5}\s*[-–]\s*\d{1,5}\b|\bvol\.\s*\d+|\b\d{1,4}\.\d{1,4}\s+\(\d{4}\)|\b\d{1,4}\s+[A-Z][A-Za-z.& ]{2,40}\s+\d{1,5}(?:,\s*\d+)?\s+\(\d{4}\)|[A-Za-z]\s\d{1,4},\s*\d{1,5}\s*[-–]\s*\d{1,5}\b|n°\s*\d|[A-Za-z]\s\d{1,4}\s?:\s?\d{1,5}\s*[-–]\s*\d{1,5}\b)"#)
    /// `Telegram, Sabereen_news/10234`, `Telegram: @channel/123`.
    nonisolated(unsafe) static let platformPost = try! Regex(
        #"^(Telegram|Twitter|X|Facebook|Instagram|TikTok|VK|VKontakte|YouTube|Threads|Bluesky)\s*[,:]\s*@?([A-Za-z0-9_.]{2,64})/(\d{1,20})$"#)

    // Necessary conditions checked on bytes before the patterns run (a `Regex` tries every start
    // position, and its case-insensitive comparisons look up each character's lowercase mapping):
    // each holds for every text the pattern matches, so the results are the same.

    /// `ibid` starts with i or o (in either case).
    static func mayBeIbid(_ text: String) -> Bool {
        guard let b = text.utf8.first else { return false }
        return b | 0x20 == UInt8(ascii: "i") || b | 0x20 == UInt8(ascii: "o")
    }

    /// `apaHead` at the start needs a text whose first `(` comes after at least one character, with no `)`,
    /// `"`, `“` or `‘` before it, and opens on a digit, `n` (`n.d.`) or a capital (a month). Read on bytes, so a
    /// reference with no APA head (most notes) costs no `Regex` search, which tries every start position.
    static func mayStartWithAPAHead(_ text: String) -> Bool {
        let utf8 = text.utf8
        var i = utf8.startIndex
        var seen = false
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == UInt8(ascii: "(") {
                let next = utf8.index(after: i)
                guard seen, next != utf8.endIndex else { return false }
                let c = utf8[next]
                return (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "n") || (c >= 0x41 && c <= 0x5A)
            }
            if b == UInt8(ascii: ")") || b == UInt8(ascii: "\"") { return false }
            if b == 0xE2 {
                // “ (E2 80 9C) and ‘ (E2 80 98).
                let j = utf8.index(after: i)
                if j != utf8.endIndex, utf8[j] == 0x80 {
                    let k = utf8.index(after: j)
                    if k != utf8.endIndex, utf8[k] == 0x9C || utf8[k] == 0x98 { return false }
                }
            }
            seen = true
            i = utf8.index(after: i)
        }
        return false
    }

    /// `accessedClause` holds one of its keywords.
    static func mayHoldAccessedClause(_ text: String) -> Bool {
        text.containsASCIICaseInsensitive("accessed") || text.containsASCIICaseInsensitive("retrieved")
            || text.containsASCIICaseInsensitive("viewed") || text.containsASCIICaseInsensitive("visited")
            || text.containsASCIICaseInsensitive("consult") || text.containsASCIICaseInsensitive("abgerufen")
    }

    /// Every branch of `volumeIssue` holds `no.`, `vol.`, a parenthesis, `n°`, or a page range after `volume, ` or `volume: `.
    static func mayHoldVolumeIssue(_ text: String) -> Bool {
        text.containsASCII(UInt8(ascii: "(")) || text.containsASCIICaseInsensitive("no.")
            || text.containsASCIICaseInsensitive("vol.") || text.containsBytes("n°")
            || (text.containsASCII(UInt8(ascii: "-")) || text.containsBytes("–"))
            && (hasDigitCommaDigit(text) || text.containsASCII(UInt8(ascii: ":")))
    }

    /// A digit, a comma, optional spaces and a digit (`459, 837`): the volume and pages branch needs it.
    static func hasDigitCommaDigit(_ text: String) -> Bool {
        var sawDigit = false
        var sawComma = false
        for b in text.utf8 {
            let digit = b >= 0x30 && b <= 0x39
            if digit {
                if sawComma { return true }
                sawDigit = true
            } else if b == UInt8(ascii: ","), sawDigit {
                sawComma = true
                sawDigit = false
            } else if b == 0x20, sawComma {
                continue
            } else {
                sawDigit = false
                sawComma = false
            }
        }
        return false
    }

    /// URLs as written (`https://…`, `www.…`), trailing punctuation trimmed.
    static func urls(in text: String) -> [String] {
        SourceTokenScanner.tokens(in: text).map { String($0.raw) }.filter {
            let l = $0.lowercased()
            return l.hasPrefix("http") || l.hasPrefix("www.") || ($0.contains("/") && $0.contains("."))
        }
    }

    /// The first title in quotes: “…”, "…", or MHRA's ‘…’ (an apostrophe between letters is not a close).
    static func quotedTitle(in s: String) -> (title: String, range: Range<String.Index>)? {
        let chars = Array(s.indices)
        for (k, i) in chars.enumerated() {
            let c = s[i]
            let close: Character
            switch c {
            case "“": close = "”"
            case "\"": close = "\""
            case "‘":
                if k > 0, s[chars[k - 1]].isLetter { continue }
                close = "’"
            default: continue
            }
            var j = k + 1
            while j < chars.count {
                let d = s[chars[j]]
                if d == close {
                    let nextIsLetter = j + 1 < chars.count && s[chars[j + 1]].isLetter
                    if close != "’" || !nextIsLetter { break }
                }
                j += 1
            }
            guard j < chars.count, j > k + 1 else { return nil }
            var title = String(s[s.index(after: i)..<chars[j]])
            while let l = title.last, l == "," || l == "." || l == " " { title.removeLast() }
            return (title, i..<s.index(after: chars[j]))
        }
        return nil
    }

    /// The text up to the first `. ` that ends a sentence (not an initial, `ed.`, `vol.` or `no.`), and the rest.
    static func firstSentence(_ s: String) -> (String, String) {
        let chars = Array(s)
        var depth = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "(" || c == "[" { depth += 1 } else if c == ")" || c == "]" { depth = max(0, depth - 1) }
            if depth == 0, c == "." || c == "?" || c == "!", i + 1 == chars.count || chars[i + 1] == " " {
                // An initial (`J.`), an abbreviation (`ed.`, `Vol.`) or `et al.` does not end a sentence.
                var w = i - 1
                while w >= 0, chars[w].isLetter { w -= 1 }
                let word = String(chars[(w + 1)..<i])
                let isInitial = word.count == 1 && word.first!.isUppercase
                let abbreviations: Set<String> = ["ed", "eds", "vol", "no", "pp", "p", "trans", "Jr", "Sr", "St", "Dr", "Mr", "Mrs", "Ms", "Inc", "Co", "Ltd", "U", "S", "v", "Univ", "Dept"]
                if c != "." || (!isInitial && !abbreviations.contains(word)) {
                    let head = String(chars[0..<i]).trimmingCharacters(in: " ")
                    let tail = i + 1 < chars.count ? String(chars[(i + 1)...]).trimmingCharacters(in: " ") : ""
                    return (head, tail)
                }
            }
            i += 1
        }
        return (s.trimmingCharacters(in: " ."), "")
    }

    /// The first segment of `s`, up to a comma, period, parenthesis or volume number.
    static func leadingSegment(_ s: String) -> String? {
        var t = Substring(s.trimmingCharacters(in: " ,.;:"))
        if t.lowercased().hasPrefix("in ") { t = t.dropFirst(3) }
        var out = ""
        var prev: Character = " "
        for c in t {
            if c == "," || c == "(" || c == "[" || c == ";" || c == "<" { break }
            if c == ".", out.count > 1, !(out.last!.isUppercase && (prev == " " || prev == ".")) {
                let lastWord = out.split(separator: " ").last.map(String.init) ?? ""
                if lastWord.count > 2 || lastWord.first?.isLowercase == true { break }
            }
            if c.isASCIIDigit, prev == " " {
                // A volume after the name: `Comparative Political Studies 40`.
                break
            }
            out.append(c)
            prev = c
        }
        let r = out.trimmingCharacters(in: " .:")
        return r.isEmpty ? nil : r
    }

    /// A genre written where a container would stand (`Ph.D. dissertation`, `Technical report`, `MA thesis`):
    /// it says what the work is, not where it appeared.
    static func isGenreLabel(_ s: String) -> Bool {
        let l = s.lowercased()
        return ["ph.d", "phd", "ph. d", "ma thesis", "m.a. thesis", "master", "msc thesis", "doctoral", "dissertation",
            "thesis", "technical report", "tech. rep", "report", "preprint", "working paper", "patent", "usa patent",
            "u.s. patent", "us patent", "available", "to appear", "unpublished", "manuscript"].contains { l.hasPrefix($0) }
    }

    /// A trailing description in brackets or parentheses after a title (`[PhD thesis, University of X]`,
    /// `(2nd ed.)`, `(Technical Report CS-TR-3981)`, `(A. Skinner, Ed.)`), dropped; a parenthesised year stays.
    static func withoutDescriptor(_ title: String) -> String {
        var t = title.trimmingCharacters(in: " .")
        while let last = t.last, last == "]" || last == ")" {
            let open: Character = last == "]" ? "[" : "("
            guard let start = t.lastIndex(of: open), start > t.startIndex else { break }
            let inner = t[t.index(after: start)..<t.index(before: t.endIndex)]
            if last == ")", !inner.contains(where: \.isLetter) { break }
            t = String(t[..<start]).trimmingCharacters(in: " .")
        }
        return t
    }

    /// `Hancke, Bob, et al., editors. Title.` → `Hancke, Bob, et al. Title.` (MLA's editor role after the names).
    static func withoutEditorRole(_ s: String) -> String {
        guard s.containsBytes(", ed") || s.containsBytes("(ed") || s.containsBytes("(Ed") else { return s }
        for role in [", editors. ", ", editor. ", ", eds. ", ", ed. ", " (eds.). ", " (ed.). ", " (Eds.). ", " (Ed.). "] {
            if let r = s.firstRange(of: role), s.distance(from: s.startIndex, to: r.lowerBound) <= 160 {
                return String(s[..<r.lowerBound]) + ". " + String(s[r.upperBound...])
            }
        }
        return s
    }

    /// `Shipman, D. W. Phrase Structure Rules for Parsifal` → (`Shipman, D. W.`, `Phrase Structure …`): after an
    /// inverted family name, given names and initials; an initial followed by a capitalized word that is not
    /// one ends the name.
    static func invertedNameSplit(_ s: String) -> (names: String, rest: String)? {
        guard let comma = s.firstIndex(of: ","), s.distance(from: s.startIndex, to: comma) <= 40,
            !s[..<comma].contains("."), !s[..<comma].contains(" ") || s[..<comma].split(separator: " ").count <= 2
        else { return nil }
        let words = s[s.index(after: comma)...].split(separator: " ")
        func isInitial(_ w: Substring) -> Bool {
            w.hasSuffix(".") && w.count <= 5 && w.first!.isUppercase && w.dropLast().split(separator: ".").allSatisfy { $0.count == 1 }
        }
        var k = 0
        var sawInitial = false
        while k < words.count, k < 4 {
            let w = words[k]
            if isInitial(w) {
                sawInitial = true
                if k + 1 < words.count, words[k + 1].first?.isUppercase == true, !isInitial(words[k + 1]) {
                    let names = String(s[..<comma]) + ", " + words[0...k].joined(separator: " ")
                    let rest = words[(k + 1)...].joined(separator: " ")
                    return (names, rest)
                }
            } else if sawInitial || w.hasSuffix(",") || w.first?.isUppercase != true {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// The title part of a Bluebook note's text before its parenthesis, and what follows the title: `, in BOOK 172`
    /// (a chapter), `, 222 JOURNAL 333, 36` (volume, journal, first page, pinpoint), `, 223 A.2d 259` (a reporter),
    /// or a pinpoint after a book's title (`BOOK 147`, only when the parenthesis names no publisher).
    static func bluebookCitation(_ head: String, isCase: Bool, hasPublisher: Bool) -> (head: String, container: String?, isChapter: Bool) {
        guard head.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || head.containsBytes(", in ") else { return (head, nil, false) }
        func withoutTrailingNumbers(_ s: Substring) -> String {
            var t = Substring(s.trimmingCharacters(in: " ,"))
            while true {
                let digits = t.reversed().prefix { $0.isASCIIDigit }.count
                guard digits > 0, digits <= 5, digits < t.count else { break }
                let rest = t.dropLast(digits)
                guard rest.last == " " || rest.last == "," else { break }
                t = Substring(rest.trimmingCharacters(in: " ,"))
            }
            return String(t)
        }
        if let r = head.range(of: ", in ") {
            let container = withoutTrailingNumbers(head[r.upperBound...])
            return (String(head[..<r.lowerBound]), container.nonEmpty, true)
        }
        let segments = topLevelSegments(head, separator: ",")
        for k in segments.indices.dropFirst() where k >= 2 || isCase {
            let seg = segments[k]
            guard let first = seg.first, first.isASCIIDigit else { continue }
            let title = segments[..<k].joined(separator: ", ")
            // `222 EARTH AND PLANETARY SCIENCE LETTERS 333`: the words between the volume and the page.
            let words = seg.split(separator: " ")
            var container: String?
            if !isCase, words.count >= 3, words.first!.allSatisfy(\.isASCIIDigit), words.last!.allSatisfy(\.isASCIIDigit) {
                container = words.dropFirst().dropLast().joined(separator: " ")
            }
            return (title, container, false)
        }
        if !hasPublisher, !isCase { return (withoutTrailingNumbers(Substring(head)), nil, false) }
        return (head, nil, false)
    }

    /// APA's inverted personal names: `Campbell, J. L.`, `Ruiz, R.` (a family name and initials).
    static func looksLikeInvertedNames(_ s: String) -> Bool {
        let parts = s.trimmingCharacters(in: " ,.").components(separatedByString: ", ")
        return parts.count >= 2 && parts.dropFirst().contains { isGivenNames($0.trimmingCharacters(in: " &")) }
    }

    static func looksLikeDateOrNumber(_ s: String) -> Bool {
        guard let first = s.first else { return true }
        if first.isNumber { return true }
        let l = s.lowercased()
        // A month is a whole word (`Mar.`, `March`), not the start of a name (`Marlow & Finch`, `Junction Books`).
        let firstWord = String(l.prefix { $0.isLetter })
        if monthWords.contains(firstWord) { return true }
        let starts = ["accessed", "retrieved", "vol", "no.", "pp", "p.", "n.d", "ed.", "edited", "trans", "spring", "summer", "fall", "winter"]
        return starts.contains { l.hasPrefix($0) }
    }

    static let monthWords: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
        "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]

    static func isPublisherName(_ s: String) -> Bool {
        let l = s.lowercased()
        return ["press", "publish", "verlag", "books", "university", "institute", "éditions", "editions", "media", "house",
            "inc", "ltd", "llc", "gmbh", "& co", "sons", "group", "foundation", "centre", "center", "council", "office",
            "ministry", "department", "organization", "organisation", "agency", "bank", "commission"].contains {
                l.containsBytes($0)
            }
    }

    /// `(City: Publisher, 2016)` → `Publisher`; `(Penguin Press, 2016)` → `Penguin Press`.
    static func parenthesisedPublisher(in s: String) -> String? {
        guard s.containsASCII(UInt8(ascii: "(")), let m = s.firstMatch(of: publisherParen) else { return nil }
        let inner = String(m.output[1].substring!).trimmingCharacters(in: " ,")
        let name = inner.split(separator: ":", maxSplits: 1).last.map { String($0).trimmingCharacters(in: " ") } ?? inner
        guard !name.isEmpty, name.first?.isUppercase == true, !looksLikeDateOrNumber(name) else { return nil }
        return name
    }
    nonisolated(unsafe) static let publisherParen = try! Regex(
        #"\(([^()]{2,120}?),\s*(?:\d{4}|n\.d\.|(?:[A-Z][a-z]+\.? )?\d{1,2},? \d{4}|[A-Z][a-z]+ \d{4})\)"#)

    /// A pinpoint: `p. 19`, `pp. 3–5`, `at 138`, `: 204`, or the number closing a note (`, 88.`).
    static func locator(in s: String) -> String? {
        switch LocatorScanner.scan(s) {
        case .found(let locator): return locator
        case .none: return nil
        case .undecided: return locatorByPattern(s)
        }
    }

    /// The pattern itself, on the tail it can match: anchored at the end, a search tries it from every
    /// position, so only the last 64 characters are searched, behind a character no alternative starts
    /// with so that `^` cannot match inside the string.
    static func locatorByPattern(_ s: String) -> String? {
        let tail = s.utf8.reversed().drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == UInt8(ascii: ".") }
        guard let last = tail.first, (0x30...0x39).contains(last) || last == UInt8(ascii: ")") || last >= 0x80 else { return nil }
        let window = s.count > 64 ? "\u{1}" + String(s.suffix(64)) : s
        if let m = window.firstMatch(of: locatorPattern) { return String(m.output[1].substring!) }
        return nil
    }

    /// `locatorPattern` read backwards on bytes, for ASCII tails (and the en dash of a range): what the
    /// leftmost match of the pattern captures. Anything else it has to look at — a non-ASCII letter,
    /// digit or space, the start of a long string — leaves the answer to the pattern (`.undecided`).
    enum LocatorScanner {
        enum Outcome: Equatable { case found(String), none, undecided }

        static func scan(_ s: String) -> Outcome {
            let utf8 = s.utf8
            let whole = utf8.count <= 256
            let b = whole ? Array(utf8) : Array(utf8.suffix(256))
            var low = b.count
            var undecided = false
            func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (0x09...0x0D).contains(c) }
            func isDigit(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) }
            func isWord(_ c: UInt8) -> Bool { isDigit(c) || (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) || c == 0x5F }
            /// Whether b[k] is a byte of an en dash (E2 80 93), which the scanner reads itself.
            func inEnDash(_ k: Int) -> Bool {
                for start in max(0, k - 2)...k where start + 2 < b.count {
                    if b[start] == 0xE2, b[start + 1] == 0x80, b[start + 2] == 0x93, k - start <= 2 { return true }
                }
                return false
            }
            /// b[k], noting that it was looked at; a non-ASCII byte there (but an en dash's) decides nothing.
            func at(_ k: Int) -> UInt8 {
                low = min(low, k)
                if b[k] >= 0x80, !inEnDash(k) { undecided = true }
                return b[k]
            }
            func skipSpaces(_ k: Int) -> Int {
                var k = k
                while k > 0, isSpace(at(k - 1)) { k -= 1 }
                return k
            }
            func digitsBefore(_ k: Int) -> Int {
                var k = k
                while k > 0, isDigit(at(k - 1)) { k -= 1 }
                return k
            }
            /// `\b` before the letter at `k`, as Swift's Regex draws it (Unicode word boundaries: a
            /// period, colon or apostrophe between two letters does not end a word, `Press.pp`).
            func boundary(_ k: Int) -> Bool {
                if k == 0 { if !whole { undecided = true }; return true }
                let c = at(k - 1)
                if isWord(c) { return false }
                if c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "'"), k >= 2 {
                    let d = at(k - 2)
                    if (0x41...0x5A).contains(d) || (0x61...0x7A).contains(d) { return false }
                }
                return true
            }
            /// One of the pattern's prefixes ends at `k`: `pp. `, `p. `, `at `, `, `, `: `, or the start.
            func prefixEnds(at k: Int) -> Bool {
                let q = skipSpaces(k)
                if q == 0 {
                    if !whole { undecided = true }
                    return true
                }
                let c = at(q - 1)
                if c == UInt8(ascii: ",") { return true }
                if c == UInt8(ascii: ":") { return true }
                if c == UInt8(ascii: "."), q >= 2, at(q - 2) == UInt8(ascii: "p") {
                    let p = q - 2
                    if p > 0, at(p - 1) == UInt8(ascii: "p"), boundary(p - 1) { return true }
                    if boundary(p) { return true }
                }
                if q < k, c == UInt8(ascii: "t"), q >= 2, at(q - 2) == UInt8(ascii: "a"), boundary(q - 2) { return true }
                return false
            }
            func result(_ outcome: Outcome) -> Outcome {
                // A non-ASCII byte looked at, or just before what was looked at (a letter or digit
                // the pattern would see), leaves it to the pattern.
                if low > 0, b[low - 1] >= 0x80, !inEnDash(low - 1) { undecided = true }
                if undecided { return .undecided }
                return outcome
            }

            var i = skipSpaces(b.count)
            if i > 0, at(i - 1) == UInt8(ascii: ".") { i -= 1 }
            guard i > 0 else { return result(.none) }
            if at(i - 1) == UInt8(ascii: ")") {
                // ` (p. 7)` after the locator.
                let j = digitsBefore(i - 1)
                guard j < i - 1 else { return result(.none) }
                let k = skipSpaces(j)
                guard k >= 3, at(k - 1) == UInt8(ascii: "."), at(k - 2) == UInt8(ascii: "p"), at(k - 3) == UInt8(ascii: "(") else {
                    return result(.none)
                }
                i = skipSpaces(k - 3)
            }
            let end = i
            let start2 = digitsBefore(end)
            let count2 = end - start2
            guard count2 >= 1, count2 <= 5 else { return result(.none) }
            // A range, `12–15`, starts further left than its last number: the leftmost match.
            let k = skipSpaces(start2)
            var dash = 0
            if k >= 3, b[k - 1] == 0x93, b[k - 2] == 0x80, b[k - 3] == 0xE2 {
                low = min(low, k - 3)
                dash = 3
            } else if k > 0, at(k - 1) == UInt8(ascii: "-") {
                dash = 1
            }
            if dash > 0 {
                let m = skipSpaces(k - dash)
                let start1 = digitsBefore(m)
                if m - start1 >= 1, m - start1 <= 5, prefixEnds(at: start1) {
                    return result(.found(String(decoding: b[start1..<end], as: UTF8.self)))
                }
            }
            if prefixEnds(at: start2) { return result(.found(String(decoding: b[start2..<end], as: UTF8.self))) }
            return result(.none)
        }
    }
    nonisolated(unsafe) static let locatorPattern = try! Regex(
        #"(?:\bpp?\.\s*|\bat\s+|,\s*|:\s*|^\s*)(\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?:\s*\(p\.\s*\d+\))?\.?\s*$"#)

    nonisolated(unsafe) static let nameAndPage = try! Regex(#"^([^,“"‘]{1,80}?),\s*(?:pp?\.\s*)?(\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\.?$"#)
    nonisolated(unsafe) static let shortFormPattern = try! Regex(
        #"^(?<names>[^,“"‘]{1,80}?)(?:,\s*(?<title>[^,]{2,100}?))?(?:,?\s*supra(?: note \d+)?)?(?:,?\s*(?:pp?\.\s*|at\s+)?(?<loc>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\.?$"#)

    /// `Doe, 91.`, `Ma and Guo, p. 240.`, `ISAACSON, supra note 23 at 138.`, `Doe, Long Siege, 91.`,
    /// `Doe, 2015.`: names (or a short title) and a locator, nothing that dates or places a work.
    static func shortForm(_ s: String) -> (authors: [String], title: String?, locator: String?)? {
        if let m = s.firstMatch(of: nameAndPage) {
            let names = String(m.output[1].substring!).trimmingCharacters(in: " ,.")
            if looksLikeNames(names) { return (authorList(names), nil, String(m.output[2].substring!)) }
        }
        guard let m = s.firstMatch(of: shortFormPattern) else { return nil }
        let names = String(m.output["names"]!.substring!).trimmingCharacters(in: " ,.")
        var title = m.output["title"]?.substring.map { String($0).trimmingCharacters(in: " ,.") }
        let loc = m.output["loc"]?.substring.map(String.init)
        let supra = s.lowercased().containsBytes("supra")
        guard loc != nil || supra || s.lowercased().containsBytes("op. cit") else { return nil }
        // `Title, Publisher, 1932.` closes with a year, not a page.
        if !supra, let l = loc, l.count == 4, let n = Int(l), (1500...2100).contains(n) { return nil }
        if let title, title.first?.isNumber == true { return nil }
        if let t = title?.lowercased(), t.hasPrefix("p.") || t.hasPrefix("pp.") || t.hasPrefix("supra") || t.hasPrefix("at ") {
            title = nil
        }
        if looksLikeNames(names) { return (authorList(names), title, loc) }
        if supra, !names.isEmpty { return ([], names, loc) }
        return nil
    }

    /// Whether a segment reads as one or more personal or corporate author names.
    static func looksLikeNames(_ s: String) -> Bool {
        let t = s.trimmingCharacters(in: " ,.")
        guard !t.isEmpty, t.count <= 160, !t.contains(where: \.isASCIIDigit), !t.hasSuffix(":") else { return false }
        if t.hasPrefix("@") { return true }
        let words = t.split(whereSeparator: { $0 == " " || $0 == "," })
        let connectors: Set<String> = ["and", "&", "et", "al.", "al", "others", "de", "van", "von", "der", "la", "le", "du",
            "da", "di", "del", "den", "ed.", "eds.", "jr.", "sr."]
        let stop: Set<String> = ["the", "a", "an", "of", "in", "on", "for", "to", "with", "is", "was", "what", "how", "why"]
        var capitalized = 0
        for w in words {
            let lw = w.lowercased()
            if stop.contains(lw) && w != words.first { return false }
            if connectors.contains(lw) { continue }
            if w.first?.isUppercase == true || !(w.first?.isLetter ?? false) || w.first.map({ !$0.isASCII }) == true {
                capitalized += 1
            } else {
                return false
            }
        }
        if words.first.map({ stop.contains($0.lowercased()) }) == true { return false }
        return capitalized >= 1 && words.count <= 24
    }

    /// Splits an author segment: `A and B`, `A, B, and C`, `Campbell, J. L., & Pedersen, O. K.`,
    /// `Campbell, John L., and Ove K. Pedersen` (MLA), `A et al.`.
    static func authorList(_ s: String) -> [String] {
        var t = s.trimmingCharacters(in: " ,.;")
        for tail in [" et al", ", et al", " and others", ", and others"] where t.lowercased().hasSuffix(tail) {
            t = String(t.dropLast(tail.count))
        }
        t = t.replacingAll(", & ", with: " & ").replacingAll(", and ", with: " & ").replacingAll(" and ", with: " & ")
        var names: [String] = []
        for part in t.components(separatedByString: " & ") {
            let p = part.trimmingCharacters(in: " ,.")
            guard !p.isEmpty else { continue }
            let commas = p.components(separatedByString: ", ")
            if commas.count == 1 {
                names.append(p)
            } else if commas.count == 2, isGivenNames(commas[1]) || names.isEmpty && commas[1].split(separator: " ").count <= 3 {
                // `Family, Given` (inverted, APA or MLA first author).
                names.append(p)
            } else {
                // `Family, I., Family, I.` or `A, B, C`.
                var k = 0
                while k < commas.count {
                    if k + 1 < commas.count, isGivenNames(commas[k + 1]) {
                        names.append(commas[k] + ", " + commas[k + 1])
                        k += 2
                    } else {
                        names.append(commas[k])
                        k += 1
                    }
                }
            }
        }
        return names.map { $0.trimmingCharacters(in: " ,") }.filter { !$0.isEmpty }
    }

    /// `J. L.`, `John L.`, `O.K.`: initials or given names after an inverted family name.
    static func isGivenNames(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard !words.isEmpty, words.count <= 3 else { return false }
        return words.allSatisfy { w in
            (w.count <= 4 && w.hasSuffix(".") && w.first!.isUppercase) || (w.first!.isUppercase && w.count <= 2)
        } || (words.count <= 2 && words.last!.hasSuffix(".") && words.first!.first!.isUppercase)
    }

    /// Segments of `s` split at `separator` outside parentheses and quotes.
    static func topLevelSegments(_ s: String, separator: Character) -> [String] {
        var result: [String] = []
        var current = ""
        var depth = 0
        for c in s {
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth = max(0, depth - 1) }
            if c == separator, depth == 0 {
                result.append(current.trimmingCharacters(in: " "))
                current = ""
            } else {
                current.append(c)
            }
        }
        result.append(current.trimmingCharacters(in: " ."))
        return result.filter { !$0.isEmpty }
    }

    /// The first parenthesis holding a publisher or a year: `(Penguin Press, 2016)`, `(2016)`.
    static func topLevelParen(_ s: String) -> Range<String.Index>? {
        guard s.containsASCII(UInt8(ascii: "(")),
            let m = s.firstMatch(of: publisherParen) ?? s.firstMatch(of: yearParen)
        else { return nil }
        return m.range
    }
    nonisolated(unsafe) static let yearParen = try! Regex(#"\((?:[^()]*\s)?\d{4}\)"#)
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, containsBytes(target) else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }

    func components(separatedByString separator: String) -> [String] {
        var out: [String] = []
        var rest = Substring(self)
        while let r = rest.firstRange(of: separator) {
            out.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}
