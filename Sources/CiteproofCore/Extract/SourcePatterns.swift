/// Recognizers for the parts of a citation: URLs, bare domains, handles, signals, quoted titles.
enum SourcePatterns {
    nonisolated(unsafe) static let url = try! Regex(#"(?i)(?:https?|hxxps?|h\[tt\]ps?)(?::|\[:\])//[^\s<>"”“\]\)]+|www\.[^\s<>"”“\]\)]+"#)
    /// `Al-Rafidain.news`, `Twitter.com/KM94310`, `Telegram.me/ Qais_alkhazali` (stray space after the slash).
    nonisolated(unsafe) static let domain = try! Regex(
        #"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.(?<tld>[A-Za-z]{2,24})(?![\w-])(?:/ ?[^\s,;<>"”“]*)?"#)
    nonisolated(unsafe) static let handle = try! Regex(#"@[A-Za-z0-9_][A-Za-z0-9_.]{0,29}(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?"#)
    nonisolated(unsafe) static let signal = try! Regex(
        #"^(?:See also,?|See,? e\.g\.,?|See generally|See|Cf\.|Compare|But see|But cf\.|Accord|Contra|E\.g\.,?|Also|Quoted in|Cited in|As quoted in|Source:|Sources:|Via|Courtesy of)\s+"#)
    nonisolated(unsafe) static let ibid = try! Regex(#"^(?i:ibid|id)\.?(?=[\s,.;:]|$)[,.]?"#)

    /// Where a signal opening `text` ends (`See also ` with its spaces), or nil without one: the
    /// `signal` pattern's match, decided by a byte scan where it can (`PatternScan`).
    static func signalEnd(in text: Substring) -> Substring.Index? {
        switch PatternScan.withBytes(text, PatternScan.signal) {
        case .some(let length): return length.map { text.utf8.index(text.startIndex, offsetBy: $0) }
        case .none: return text.firstMatch(of: signal)?.range.upperBound
        }
    }

    /// Where an `Ibid.`/`Id.` opening `text` ends (with a comma or period after it), or nil: the
    /// `ibid` pattern's match, decided by a byte scan where it can.
    static func ibidEnd(in text: Substring) -> Substring.Index? {
        switch PatternScan.withBytes(text, PatternScan.ibid) {
        case .some(let length): return length.map { text.utf8.index(text.startIndex, offsetBy: $0) }
        case .none: return text.firstMatch(of: ibid)?.range.upperBound
        }
    }

    /// Top-level domains accepted for bare `name.tld` sources, beyond every two-letter country code.
    static let genericTLDs: Set<String> = [
        "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "news", "name", "pro", "app", "dev", "blog",
        "online", "site", "media", "press", "tv", "fm", "io", "ly", "me", "co", "dog", "live", "world", "today",
        "global", "center", "network", "agency", "social", "asia", "africa", "arab", "website", "space", "tech",
        "xyz", "top", "club", "page", "link", "report", "wiki", "radio", "video", "ngo", "one", "group", "institute",
        "foundation", "international", "law", "legal", "review", "times", "post", "photo", "press",
    ]

    /// Lowercased words that end in a period and so look like `x.yz` but are not domains.
    static let notDomains: Set<String> = ["e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "et.al", "n.d"]

    /// Whether a match starts a token: Swift Regex has no lookbehind, so the character
    /// before the match is checked here (`allowed` are characters that may precede it).
    static func startsToken(_ text: String, at index: String.Index, disallowed: String) -> Bool {
        guard index > text.startIndex else { return true }
        let before = text[text.index(before: index)]
        return !(before.isLetter || before.isNumber || before == "_" || disallowed.contains(before))
    }

    static func isPlausibleTLD(_ tld: Substring) -> Bool {
        let t = tld.lowercased()
        if t.count == 2 { return tld.allSatisfy(\.isLowercase) || tld.allSatisfy(\.isUppercase) }
        return genericTLDs.contains(t)
    }

    /// Strips punctuation that ends a sentence rather than a URL.
    static func trimTrailing(_ s: Substring) -> Substring {
        var t = s
        while let last = t.last, ".,;:!?'\"”’)]>".contains(last) {
            if last == ")" && t.contains("(") { break }
            t = t.dropLast()
        }
        return t
    }
}
