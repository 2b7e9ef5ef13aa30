/// Splits a note's text into citations and explanatory remarks.
///
/// The note's sentences are first grouped into reference units (`ReferenceUnits`): a
/// bibliographic reference written in period-separated fields stays one citation. A unit (or a `;`-separated part of one) is a citation when it names a
/// source: a URL, a bare domain, a handle, a signal ("See", "Cf.", "Ibid."),
/// or a short name followed by a quoted title or a date
/// (`MEMRI TV Clip No. 7700, "…," January 5, 2020`). Other sentences are remarks.
public struct CitationExtractor: Sendable {
    public var scanner: DateScanner
    let referenceParser = ReferenceParser()

    public init(scanner: DateScanner = DateScanner()) {
        self.scanner = scanner
    }

    public struct Result: Sendable {
        public var citations: [Citation]
        public var remarks: [NoteRemark]
    }

    /// Extracts from `note`; `links` are link targets with their plain-text UTF-8 offsets
    /// (a Markdown or HTML link whose visible text is "this post"); `locate` maps a plain
    /// offset to a source location.
    public func extract(
        _ note: String, links: [(offset: Int, url: String)] = [],
        locate: (Int) -> SourceLocation? = { _ in nil }
    ) -> Result {
        var citations: [Citation] = []
        var remarks: [NoteRemark] = []
        for sentence in ReferenceUnits.units(of: note, sentences: SentenceSplitter.sentences(in: note)) {
            for part in parts(of: note, sentence: sentence) {
                let start = note.utf8.distance(from: note.utf8.startIndex, to: part.lowerBound)
                let end = note.utf8.distance(from: note.utf8.startIndex, to: part.upperBound)
                let text = String(note[part])
                let partLinks = links.filter { $0.offset >= start && $0.offset < end }.map(\.url)
                if var citation = citation(from: text, baseOffset: start, links: partLinks, locate: locate, force: false) {
                    citation.reference = referenceParser.parse(text)
                    citations.append(citation)
                } else if let citation = referencedCitation(text, baseOffset: start, links: partLinks, locate: locate) {
                    citations.append(citation)
                } else {
                    // "Retrieved 1 March 2021." left as a piece of its own (Wikipedia's rendered
                    // references end so) is still an access date.
                    let dates = scanner.mentions(in: text).map { m in
                        let before = text.utf8.prefix(m.utf8Range.lowerBound).suffix(24)
                        let role: DateRole = Self.isAccessDate(String(decoding: before, as: UTF8.self).lowercased())
                            || Self.isArchiveDate(in: text, at: m.utf8Range.lowerBound) ? .accessed : .event
                        return cited(m, role: role, baseOffset: start, locate: locate)
                    }
                    remarks.append(NoteRemark(text: text, location: locate(start), dates: dates))
                }
            }
        }
        return Result(citations: citations, remarks: remarks)
    }

    /// Whether the words before a date (lower-cased, the last two dozen bytes) make it an access date.
    /// "Archived from the original (http://…/2011/07/27/…) on 3 June 2013": the capture's date, with the
    /// original's URL written out between (plain text keeps link targets so), beyond the two dozen
    /// bytes `isAccessDate` reads.
    static func isArchiveDate(in text: String, at offset: Int) -> Bool {
        let before = text.utf8.prefix(offset)
        guard before.count > 24, before.suffix(4).elementsEqual(" on ".utf8) else { return false }
        let window = String(decoding: before.suffix(400), as: UTF8.self).lowercased()
        guard let range = window.range(of: "archived from the original", options: .backwards) else { return false }
        // Only the original's link may stand between: no sentence ends there.
        return !window[range.upperBound...].contains(". ")
    }

    static func isAccessDate<S: StringProtocol>(_ before: S) -> Bool {
        // "Archived from the original on 3 June 2013" (Wikipedia's CS1) dates the capture, not the work.
        ["accessed", "retrieved", "viewed", "visited", "archived", "last checked", "the original on"].contains {
            before.containsBytes($0)
        } || (before.containsBytes("original (") && before.hasSuffix(" on "))  // "the original (PDF) on"
            || before.hasSuffix("web. ")  // MLA 7: the access date follows the medium, "Web. 6 Mar. 2014."
    }

    /// A sentence no source token or named outlet marked, read as a bibliographic reference: a book
    /// (`Jane Doe, The Long Siege (Penguin Press, 2016), 88.`), a short form (`Doe, 91.`), a platform
    /// post written as `Telegram, Sabereen_news/10234`. Nil when it names nothing identifiable.
    private func referencedCitation(
        _ text: String, baseOffset: Int, links: [String], locate: (Int) -> SourceLocation?
    ) -> Citation? {
        let reference = referenceParser.parse(text)
        guard reference.kind != nil || reference.form != .full, reference.isIdentifiable,
            let name = Self.sourceName(reference)
        else { return nil }
        var citation = Citation(text: text, location: locate(baseOffset), source: CitedSource(raw: name), urls: links)
        citation.title = reference.title
        if let issued = reference.issued, reference.form == .full,
            let m = scanner.mentions(in: text).first(where: { $0.text == issued.text })
        {
            citation.date = cited(m, role: .citation, baseOffset: baseOffset, locate: locate)
        }
        if let accessed = reference.accessed, let m = scanner.mentions(in: text).first(where: { $0.text == accessed.text }) {
            citation.otherDates.append(cited(m, role: .accessed, baseOffset: baseOffset, locate: locate))
        }
        citation.reference = reference
        return citation
    }

    /// Words that name a kind of document rather than its title.
    static let genericDocumentTypes: Set<String> = [
        "press briefing", "press release", "press conference", "statement", "news release", "briefing", "speech",
        "remarks", "interview", "communiqué", "communique", "announcement", "report", "letter", "memo", "memorandum",
    ]

    /// What a reference's source is called: a platform post as its canonical path
    /// (`t.me/Sabereen_news/10234`), else the outlet, the first author with the title, the publisher.
    static func sourceName(_ r: Reference) -> String? {
        if let post = r.postID, let platformName = r.container,
            let platform = PlatformCatalog.builtIn.platforms.first(where: { $0.name.lowercased() == platformName.lowercased() || $0.id == platformName.lowercased() })
        {
            return platform.canonicalHost + "/" + post
        }
        // "Kessel Regional Authority, press briefing": the document's type is no title; the source is the body.
        if let author = r.authors.first, let title = r.title, !genericDocumentTypes.contains(title.lowercased()) {
            return author + ", " + title
        }
        return r.container ?? r.publisher ?? r.authors.first ?? r.title
    }

    /// Builds a citation from a credit whose text is known to be one ("source: X, April 2, 2021").
    public func credit(_ text: String, signal: String?, baseOffset: Int, locate: (Int) -> SourceLocation?) -> Citation? {
        guard var c = citation(from: text, baseOffset: baseOffset, links: [], locate: locate, force: true) else { return nil }
        if c.signal == nil { c.signal = signal }
        return c
    }

    /// A sentence split further at `;` when more than one part names a source.
    private func parts(of note: String, sentence: Range<String.Index>) -> [Range<String.Index>] {
        guard note[sentence].utf8.contains(UInt8(ascii: ";")) else { return [sentence] }
        let quotes = SentenceSplitter.quotationSpans(in: String(note[sentence]))
        let s = note[sentence]
        var cuts: [String.Index] = []
        var i = s.startIndex
        var offsetInSentence = 0
        while i < s.endIndex {
            if s[i] == ";" {
                let local = String(note[sentence]).index(String(note[sentence]).startIndex, offsetBy: offsetInSentence)
                if !quotes.contains(where: { $0.contains(local) }) { cuts.append(i) }
            }
            offsetInSentence += 1
            i = s.index(after: i)
        }
        guard !cuts.isEmpty else { return [sentence] }
        var ranges: [Range<String.Index>] = []
        var start = sentence.lowerBound
        for cut in cuts {
            ranges.append(start..<cut)
            start = note.index(after: cut)
            while start < sentence.upperBound, note[start].isWhitespace { start = note.index(after: start) }
        }
        ranges.append(start..<sentence.upperBound)
        let named = ranges.filter { hasSourceToken(String(note[$0])) || SourcePatterns.signalEnd(in: Substring(String(note[$0]))) != nil }
        return named.count >= 2 ? ranges.filter { !$0.isEmpty } : [sentence]
    }

    private func hasSourceToken(_ text: String) -> Bool {
        !sourceTokens(in: text).isEmpty
    }

    /// URLs, bare domains and handles in `text`, in order, as (range, raw text).
    func sourceTokens(in text: String) -> [(range: Range<String.Index>, raw: Substring)] {
        SourceTokenScanner.tokens(in: text)
    }

    private func citation(
        from text: String, baseOffset: Int, links: [String], locate: (Int) -> SourceLocation?, force: Bool
    ) -> Citation? {
        var body = Substring(text)
        var signal: String?
        var isIbid = false
        if let end = SourcePatterns.ibidEnd(in: body) {
            signal = String(body[..<end]).trimmingTrailing(",")
            isIbid = true
            body = body[end...].drop(while: \.isWhitespace)
        } else if let end = SourcePatterns.signalEnd(in: body) {
            signal = String(body[..<end]).trimmingCharacters(in: " ")
            body = body[end...]
        }
        let title = Self.quotedTitle(in: body)
        let allTokens = sourceTokens(in: text)
        let tokens = allTokens.filter { tok in
            tok.range.lowerBound >= body.startIndex && !(title.map { $0.span.contains(tok.range.lowerBound) } ?? false)
        }
        // A date inside the title or inside a URL (`/2024/05/13/`) is not the citation's date.
        let mentions = scanner.mentions(in: text).filter { m in
            let lower = text.utf8.index(text.utf8.startIndex, offsetBy: m.utf8Range.lowerBound)
            if title.map({ $0.span.contains(lower) }) ?? false { return false }
            return !allTokens.contains { $0.range.contains(lower) }
        }

        var sourceRaw: String?
        if let first = tokens.first {
            sourceRaw = String(first.raw)
        } else if let named = namedSource(in: body, title: title) {
            sourceRaw = named
        } else if !links.isEmpty {
            sourceRaw = links[0]
        }
        guard sourceRaw != nil || isIbid || signal != nil || force else { return nil }
        if sourceRaw == nil, !isIbid, signal != nil, !force {
            // "See the council's minutes." — a signal alone still names a source in words.
            let words = body.split(whereSeparator: \.isWhitespace)
            if words.isEmpty { return nil }
            sourceRaw = String(body.prefix(while: { $0 != "," }).trimmingCharacters(in: " .")).nonEmpty
        }
        if sourceRaw == nil, force {
            sourceRaw = String(body.prefix(while: { $0 != "," }).trimmingCharacters(in: " .")).nonEmpty
        }

        var urls = links
        for tok in tokens where tok.raw.contains("/") || tok.raw.lowercased().hasPrefix("www.") {
            let u = String(tok.raw)
            if !urls.contains(u) { urls.append(u) }
        }

        var date: CitedDate?
        var others: [CitedDate] = []
        for m in mentions {
            let lower = text.utf8.index(text.utf8.startIndex, offsetBy: m.utf8Range.lowerBound)
            let before = text[..<lower].suffix(24).lowercased()
            if Self.isAccessDate(before) || Self.isArchiveDate(in: text, at: m.utf8Range.lowerBound) {
                others.append(cited(m, role: .accessed, baseOffset: baseOffset, locate: locate))
            } else if date == nil {
                date = cited(m, role: .citation, baseOffset: baseOffset, locate: locate)
            } else {
                others.append(cited(m, role: .event, baseOffset: baseOffset, locate: locate))
            }
        }

        return Citation(
            text: text, location: locate(baseOffset), signal: signal,
            source: sourceRaw.map { CitedSource(raw: $0) }, title: title.map { String($0.text) }, urls: urls,
            date: date, otherDates: others, ibidOf: nil)
    }

    private func cited(_ m: DateMention, role: DateRole, baseOffset: Int, locate: (Int) -> SourceLocation?) -> CitedDate {
        m.citedDate(role: role, location: locate(baseOffset + m.utf8Range.lowerBound))
    }

    /// `Name, "Title," …` or `Name, April 3, 2021`: a short name before the first comma.
    private func namedSource(in body: Substring, title: (text: Substring, span: Range<String.Index>)?) -> String? {
        guard let comma = body.firstIndex(of: ",") else { return nil }
        let head = body[..<comma].trimmingCharacters(in: .whitespaces)
        guard let first = head.first, first.isUppercase || first.isNumber else { return nil }
        let words = head.split(separator: " ")
        guard (1...12).contains(words.count) else { return nil }
        let rest = body[body.index(after: comma)...].drop(while: \.isWhitespace)
        if let title, title.span.lowerBound >= rest.startIndex,
            body.distance(from: rest.startIndex, to: title.span.lowerBound) <= 1
        {
            return head
        }
        if let m = scanner.mentions(in: String(rest)).first, m.utf8Range.lowerBound == 0 {
            // The date must close the citation (nothing but punctuation after it).
            let after = String(rest).utf8.dropFirst(m.utf8Range.upperBound)
            let tail = String(decoding: after, as: UTF8.self).trimmingCharacters(in: " .,;")
            if tail.isEmpty || tail.lowercased().hasPrefix("accessed") || tail.lowercased().hasPrefix("at ") {
                return head
            }
        }
        return nil
    }

    /// The first quoted title: `"…"` or `“…”`, without a comma or period closing it inside the quotes.
    static func quotedTitle(in s: Substring) -> (text: Substring, span: Range<String.Index>)? {
        guard let open = s.firstIndex(where: { $0 == "\"" || $0 == "“" }) else { return nil }
        let closeChar: Character = s[open] == "“" ? "”" : "\""
        let afterOpen = s.index(after: open)
        guard let close = s[afterOpen...].firstIndex(of: closeChar) else { return nil }
        var text = s[afterOpen..<close]
        while let last = text.last, last == "," || last == "." { text = text.dropLast() }
        return (text, open..<s.index(after: close))
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }

    func trimmingTrailing(_ chars: String) -> String {
        var s = Substring(self)
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }

    func trimmingCharacters(in chars: String) -> String {
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    func trimmingCharacters(in chars: String) -> String { String(self).trimmingCharacters(in: chars) }
}
