/// Finds the source tokens of a citation — URLs, bare domains (`Telegram.me/ Qais_alkhazali`),
/// `@handles` — in one pass over UTF-8 bytes (Swift Regex was most of the run time on large drafts).
enum SourceTokenScanner {
    struct Token {
        var utf8Range: Range<Int>
        var kind: Kind
    }

    enum Kind { case url, domain, handle }

    static func tokens(in text: String) -> [(range: Range<String.Index>, raw: Substring)] {
        let bytes = Array(text.utf8)
        var result: [(Range<String.Index>, Substring)] = []
        let utf8 = text.utf8
        var i = 0
        while i < bytes.count {
            guard startsToken(bytes, i) else {
                i += 1
                continue
            }
            if let end = url(bytes, i) ?? domain(bytes, i) ?? handle(bytes, i) {
                let trimmedEnd = trimTrailing(bytes, i, end)
                if trimmedEnd > i {
                    let lower = utf8.index(utf8.startIndex, offsetBy: i)
                    let upper = utf8.index(lower, offsetBy: trimmedEnd - i)
                    // Only ASCII starts a token, and the scan stops at ASCII, so the
                    // indices fall on character boundaries.
                    if let l = lower.samePosition(in: text), let u = upper.samePosition(in: text) {
                        result.append((l..<u, text[l..<u]))
                    }
                }
                i = max(end, i + 1)
                continue
            }
            i += 1
        }
        return result
    }

    // MARK: - Byte classes

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// A token starts after a space, punctuation or the start — not inside a word, a path or an address.
    static func startsToken(_ b: [UInt8], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = b[i - 1]
        if isAlnum(p) || p >= 0x80 { return false }
        return !(p == UInt8(ascii: "_") || p == UInt8(ascii: "@") || p == UInt8(ascii: "/") || p == UInt8(ascii: ".")
            || p == UInt8(ascii: "-"))
    }

    /// Characters that end a URL or path: space, quotes, angle brackets, closing brackets.
    static func endsURL(_ c: UInt8) -> Bool {
        isSpace(c) || c == UInt8(ascii: "<") || c == UInt8(ascii: ">") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "]")
            || c == UInt8(ascii: ")")
    }

    static func hasPrefix(_ b: [UInt8], _ i: Int, _ p: [UInt8]) -> Bool {
        guard i + p.count <= b.count else { return false }
        for k in 0..<p.count {
            var c = b[i + k]
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            if c != p[k] { return false }
        }
        return true
    }

    /// `http://`, `https://`, defanged `hxxp(s)://`, `h[tt]p(s)://`, `http[:]//`, or `www.`.
    /// The schemes `url` accepts, lower case, in the order they are tried.
    static let schemes: [[UInt8]] = [
        "https://", "http://", "ftp://", "ftps://", "hxxps://", "hxxp://", "h[tt]ps://", "h[tt]p://", "https[:]//", "http[:]//",
        "hxxps[:]//", "hxxp[:]//",
    ].map { Array($0.utf8) }
    static let www = Array("www.".utf8)

    static func url(_ b: [UInt8], _ i: Int) -> Int? {
        // Every scheme opens with `h` or `f`, and `www.` with `w` (either case): most words are none.
        let first = b[i] | 0x20
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "f") || first == UInt8(ascii: "w") else { return nil }
        var j: Int?
        for scheme in schemes where hasPrefix(b, i, scheme) {
            j = i + scheme.count
            break
        }
        if j == nil, hasPrefix(b, i, www), i + 4 < b.count, isAlnum(b[i + 4]) { j = i + 4 }
        guard var k = j else { return nil }
        var parens = 0
        while k < b.count {
            let c = b[k]
            if c == UInt8(ascii: "(") { parens += 1 }
            if c == UInt8(ascii: ")") {
                if parens == 0 { break }
                parens -= 1
            } else if endsURL(c) || c == 0xE2 && k + 2 < b.count && b[k + 1] == 0x80 && (b[k + 2] == 0x9C || b[k + 2] == 0x9D) {
                break  // space, bracket, or a curly quote “ ”
            }
            k += 1
        }
        return k > i ? k : nil
    }

    /// `name.tld` (labels of letters, digits, hyphens) with an optional `/path`, allowing one stray
    /// space right after the slash as notes often have it.
    static func domain(_ b: [UInt8], _ i: Int) -> Int? {
        guard i < b.count, isAlnum(b[i]) else { return nil }
        var k = i
        var labels = 0
        var lastLabelStart = i
        while true {
            let start = k
            while k < b.count, isAlnum(b[k]) || b[k] == UInt8(ascii: "-") { k += 1 }
            guard k > start, b[start] != UInt8(ascii: "-"), b[k - 1] != UInt8(ascii: "-") else { return nil }
            labels += 1
            lastLabelStart = start
            guard k + 1 < b.count, b[k] == UInt8(ascii: "."), isAlnum(b[k + 1]) else { break }
            k += 1
        }
        guard labels >= 2 else { return nil }
        // The top-level domain: letters only, 2–24 of them, and a known or country one.
        let tld = b[lastLabelStart..<k]
        guard tld.count >= 2, tld.count <= 24, tld.allSatisfy(isLetter) else { return nil }
        if k < b.count, b[k] == UInt8(ascii: "_") || b[k] >= 0x80 { return nil }
        let tldString = String(decoding: tld, as: UTF8.self)
        guard SourcePatterns.isPlausibleTLD(Substring(tldString)) else { return nil }
        let host = String(decoding: b[i..<k], as: UTF8.self).lowercased()
        if SourcePatterns.notDomains.contains(host) { return nil }
        // An optional path; one space may follow the slash ("Telegram.me/ Qais_alkhazali").
        if k < b.count, b[k] == UInt8(ascii: "/") {
            k += 1
            if k + 1 < b.count, b[k] == 0x20, isAlnum(b[k + 1]) || b[k + 1] == UInt8(ascii: "@") { k += 1 }
            while k < b.count {
                let c = b[k]
                if endsURL(c) || c == UInt8(ascii: ",") || c == UInt8(ascii: ";") { break }
                if c == 0xE2, k + 2 < b.count, b[k + 1] == 0x80, b[k + 2] == 0x9C || b[k + 2] == 0x9D { break }
                k += 1
            }
        }
        return k
    }

    /// `@handle`, or Mastodon's `@user@instance.tld`.
    static func handle(_ b: [UInt8], _ i: Int) -> Int? {
        guard i + 1 < b.count, b[i] == UInt8(ascii: "@") else { return nil }
        var k = i + 1
        guard isAlnum(b[k]) || b[k] == UInt8(ascii: "_") else { return nil }
        while k < b.count, k - i <= 64, isAlnum(b[k]) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: ".") { k += 1 }
        if k + 1 < b.count, b[k] == UInt8(ascii: "@"), let end = domain(b, k + 1), !b[(k + 1)..<end].contains(UInt8(ascii: "/")) {
            k = end
        }
        return k
    }

    /// Drops punctuation that ends the sentence rather than the token.
    static func trimTrailing(_ b: [UInt8], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start {
            let c = b[e - 1]
            if c == UInt8(ascii: ")"), b[start..<e].contains(UInt8(ascii: "(")) { break }
            if ".,;:!?'\")]>".utf8.contains(c) {
                e -= 1
                continue
            }
            // Curly quotes ” ’ (E2 80 9D / 99).
            if e - start >= 3, b[e - 3] == 0xE2, b[e - 2] == 0x80, b[e - 1] == 0x9D || b[e - 1] == 0x99 {
                e -= 3
                continue
            }
            break
        }
        return e
    }
}
