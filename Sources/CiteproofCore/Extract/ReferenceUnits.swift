/// Groups a note's sentences into the references they belong to.
///
/// A rendered bibliographic reference is written in period-separated fields —
/// Wikipedia's CS1 (`Frankel, Theodore (2004). The Geometry of Physics. Cambridge
/// University Press. p. 652. ISBN 0-521-53927-7.`), APA, many house styles — so a
/// sentence splitter cuts it into fragments that each look like a citation of their
/// own ("Cambridge University Press. p. 652." reads as a short form; the URL and the
/// date end up in different pieces). A reference unit is one such reference: it opens
/// with an author-and-date head (`Doe, Jane (2004).`) or a quoted title
/// (`"Title".`), and goes on over the short field sentences that follow it and the
/// sentences that can only continue one (`Retrieved …`, `Archived …`, `ISBN …`,
/// `doi:…`, `p. 12.`). A long sentence, a signal (`See …`) or the head of another
/// reference ends the unit; a note without such a head is left as its sentences.
enum ReferenceUnits {
    /// Words a sentence can open with only inside a reference.
    static let continuationOpeners = [
        "Retrieved ", "Archived ", "Accessed ", "Access date", "ISBN", "ISSN", "OCLC", "doi:", "DOI:", "DOI ", "PMID",
        "PMC ", "Bibcode", "arXiv", "hdl:", "S2CID", "JSTOR", "CiteSeerX", "p. ", "pp. ", "(PDF)", "Vol. ", "abgerufen",
        "Abgerufen", "Missing or empty",
    ]

    /// The most words a field sentence (an outlet, a publisher, a date) has.
    static let fieldWords = 14

    static func units(of note: String, sentences: [Range<String.Index>]) -> [Range<String.Index>] {
        var units: [Range<String.Index>] = []
        var unitIsReference = false
        // After an author head (`Doe, Jane (2004).`) the next sentence is the title, whatever it looks like.
        var expectsTitle = false
        for sentence in sentences {
            let text = note[sentence].drop(while: \.isWhitespace)
            let isAuthorDateHead = matches(text, PatternScan.authorDateHead, authorDateHead)
            let isListItem = matches(text, PatternScan.listItem, listItem)
            let startsAnother = isAuthorDateHead || isListItem || SourcePatterns.signalEnd(in: text) != nil
                || matches(text, PatternScan.mlaTitle, mlaTitle)
            if let last = units.last, unitIsReference, !startsAnother,
                expectsTitle || (!matches(text, PatternScan.quotedTitleHead, quotedTitleHead) && continues(text))
            {
                units[units.count - 1] = last.lowerBound..<sentence.upperBound
                expectsTitle = false
                continue
            }
            units.append(sentence)
            // A list item's reference opens after its bullet.
            if isListItem {
                let content = text.dropFirst().drop(while: \.isWhitespace)
                let isHead = matches(content, PatternScan.authorDateHead, authorDateHead) || matches(content, PatternScan.authorHead, authorHead)
                unitIsReference = isHead || matches(content, PatternScan.quotedTitleHead, quotedTitleHead)
                expectsTitle = isHead
            } else {
                let isHead = isAuthorDateHead || matches(text, PatternScan.authorHead, authorHead)
                unitIsReference = isHead || matches(text, PatternScan.quotedTitleHead, quotedTitleHead)
                expectsTitle = isHead
            }
        }
        return units
    }

    /// Whether `pattern` matches `text`, decided by `scan` where it can (`PatternScan`).
    @inline(__always)
    static func matches(_ text: Substring, _ scan: (PatternScan.Bytes) -> Bool?, _ pattern: Regex<AnyRegexOutput>) -> Bool {
        PatternScan.withBytes(text, scan) ?? (text.firstMatch(of: pattern) != nil)
    }

    /// `Doe, Jane (2004).`, `Doe, J.; Roe, R. (March 3, 2011).` or a title quoted CS1's way, the period
    /// outside the quotes (`"Title".`; MLA's `"Title."` ends a field of its own).
    static func opensReference(_ text: Substring) -> Bool {
        matches(text, PatternScan.quotedTitleHead, quotedTitleHead) || matches(text, PatternScan.authorDateHead, authorDateHead)
            || matches(text, PatternScan.authorHead, authorHead)
    }

    /// A sentence that goes on with the reference: a continuation word, or a short field (an outlet,
    /// a publisher, a date) — few words, and few lower-case words that are not short function words,
    /// where a remark is prose.
    static func continues(_ text: Substring) -> Bool {
        if continuationOpeners.contains(where: { text.hasPrefix($0) }) { return true }
        if SourcePatterns.signalEnd(in: text) != nil || SourcePatterns.ibidEnd(in: text) != nil { return false }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count <= fieldWords else { return false }
        let prose = words.filter { word in
            guard let first = word.first, first.isLowercase else { return false }
            return word.count > 3 && !functionWords.contains(word.lowercased())
        }
        return prose.count <= 3
    }

    /// Lower-case words a title or an outlet's name is made of too.
    static let functionWords: Set<String> = ["from", "with", "into", "over", "under", "about", "after", "before", "between", "through", "their", "und", "pour", "dans", "para", "con", "della", "delle"]

    nonisolated(unsafe) static let quotedTitleHead = try! Regex(#"^["“][^"”]{1,400}["”](?:\s*\([^()]{1,20}\))*\s*\."#)

    /// An author without a date, CS1's way: `Salmond, Anne.`, `Doe, J.; Roe, R.`.
    nonisolated(unsafe) static let authorHead = try! Regex(#"^\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}.'’ -]{0,30}(?:; \p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}.'’ -]{0,30})*\.$"#)

    /// A title quoted MLA's way, the period inside the quotes (`"Floods."`): its fields are sentences of
    /// their own (`Herald, 12 Jan. 2014. Web. 6 Mar. 2014.`), left to the reference parser.
    nonisolated(unsafe) static let mlaTitle = try! Regex(#"^["“][^"”]*[.!?]["”]\s*$"#)

    /// A list item inside a note that bundles several references (`- Doe, J. (2009).`).
    nonisolated(unsafe) static let listItem = try! Regex(#"^[-•*]\s+\S"#)

    /// Names, then a parenthesised date holding a year, closing the sentence.
    nonisolated(unsafe) static let authorDateHead = try! Regex(#"^[\p{Lu}][^()]{0,120}\((?:[^()]{0,40}\b\d{4}[a-z]?\b[^()]{0,10})\)\s*\.?\s*$"#)
}
