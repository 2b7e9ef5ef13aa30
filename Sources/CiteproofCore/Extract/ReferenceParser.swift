/// Reads one citation as a bibliographic record (`Reference`): heuristics over the shapes of
/// Chicago notes (full and short), Turabian, MHRA, Bluebook, APA 7, MLA 9, Wikipedia CS1 as
/// rendered, and social-media citations (`Twitter.com/X, April 3, 2021.`,
/// `Telegram, Sabereen_news/10234`). It reads what the text shows; it never looks anything up.
public struct ReferenceParser: Sendable {
    let scanner = DateScanner(includeBareYears: true)

    public init() {}

    public func parse(_ raw: String) -> Reference {
        var text = raw.trimmingCharacters(in: " \t\n")
        // A reference-list number: `[36] …`, `12. …`.
        if text.hasPrefix("["), let close = text.firstIndex(of: "]"), text.distance(from: text.startIndex, to: close) <= 5,
            text[text.index(after: text.startIndex)..<close].allSatisfy(\.isASCIIDigit)
        {
            text = String(text[text.index(after: close)...]).trimmingCharacters(in: " ")
        }
        var ref = Reference()
        let lower = text.lowercased()

        // Ibid. / Id.
        if Self.mayBeIbid(text), let m = text.firstMatch(of: Self.ibid) {
            ref.form = .ibid
            ref.locator = Self.locator(in: String(text[m.range.upperBound...]))
            return ref
        }

        // A Harvard author-date short form: `Cooper (1998), pp. 20-22.`, `King 2003, p. 41.`,
        // `Harrow & Lund 2003: 12` — names and a year pointing to the bibliography (or a full note).
        if text.utf8.count <= 90, let harvard = Self.harvardShortForm(text) { return harvard }

        // Identifiers and links come out first: their dots and slashes confuse everything else.
        var work = text
        ref.urls = Self.urls(in: text)
        for url in ref.urls { work = work.replacingAll(url, with: " ") }
        work = work.replacingAll("<", with: " ").replacingAll(">", with: " ")
        if text.containsBytes("10."), let m = text.firstMatch(of: Self.doi) { ref.doi = String(text[m.range]).trimmingTrailing(".,;") }
        if text.containsASCIICaseInsensitive("isbn"), let m = text.firstMatch(of: Self.isbn) { ref.isbn = String(m.output[1].substring!) }
        if let doi = ref.doi { work = work.replacingAll("doi:" + doi, with: " ").replacingAll(doi, with: " ") }

        // Accessed / retrieved dates, cut from the text.
        if Self.mayHoldAccessedClause(work), let m = work.firstMatch(of: Self.accessedClause) {
            // The whole date after the keyword (the pattern stops at the first year it sees).
            let window = String(work[m.range.lowerBound...].prefix(60))
            let mentions = scanner.mentions(in: window)
            if let date = mentions.first(where: { $0.precision != .year }) ?? mentions.first {
                ref.accessed = Self.referenceDate(date)
                let end = window.utf8.index(window.utf8.startIndex, offsetBy: date.utf8Range.upperBound)
                let cut = work.utf8.index(m.range.lowerBound, offsetBy: window.utf8.distance(from: window.utf8.startIndex, to: end))
                work.replaceSubrange(m.range.lowerBound..<max(cut, m.range.upperBound), with: " ")
            } else {
                work.replaceSubrange(m.range, with: " ")
            }
        }
        work = work.replacingAll("[]", with: "").replacingAll("()", with: "")
        // APA's edited book: `Hancke, B., & Thatcher, M. (Eds.). (2007).` — the role stands between names and date.
        if work.containsBytes("(Ed"), work.containsBytes(".). (") {
            work = work.replacingAll(" (Eds.). (", with: " (").replacingAll(" (Ed.). (", with: " (")
        }
        work = work.replacingAll(" – via ", with: ". via ")

        // Titles in quotes.
        var quoted = Self.quotedTitle(in: work)
        var before = work
        var after = ""
        if let q = quoted {
            ref.title = q.title
            before = String(work[..<q.range.lowerBound])
            after = String(work[q.range.upperBound...])
        }

        // `Author (date). Title. Container.` — APA, CS1.
        var apaDate: ReferenceDate?
        if quoted == nil || before.contains("("), Self.mayStartWithAPAHead(work), let m = work.firstMatch(of: Self.apaHead),
            m.range.lowerBound == work.startIndex,
            // `Dworkin, Gerald (1988), Title`: a comma after the date only after names (Bluebook puts a title there).
            !work[m.range].trimmingCharacters(in: " ").hasSuffix(",") || Self.looksLikeNames(String(m.output[1].substring!))
        {
            let authors = String(m.output[1].substring!)
            let dateText = String(m.output[2].substring!)
            apaDate = apaDateValue(dateText)
            ref.authors = Self.authorList(authors)
            let rest = String(work[m.range.upperBound...]).trimmingCharacters(in: " ")
            if let q = quoted, q.range.lowerBound > m.range.upperBound,
                !work[m.range.upperBound..<q.range.lowerBound].allSatisfy({ $0 == " " })
            {
                // `(2020). The debate over “American Dirt,” Oprah’s …`: a quotation inside an APA title.
                quoted = nil
                ref.title = nil
                before = work
            }
            if quoted == nil {
                let (title, tail) = Self.firstSentence(rest)
                if tail.trimmingCharacters(in: " .,;").isEmpty, !Self.looksLikeInvertedNames(authors) {
                    // `Title. (n.d.). Site.`: APA moves the title to the front when there is no author;
                    // one sentence after the date is the source, not a title.
                    ref.authors = []
                    ref.title = authors.trimmingCharacters(in: " ,.").nonEmpty
                    after = rest
                } else {
                    ref.title = Self.withoutDescriptor(title).nonEmpty
                    after = tail
                }
            } else {
                after = String(work[quoted!.range.upperBound...])
            }
            if after.hasPrefix("In ") {
                // `In W. E. Bijker & J. Law (Eds.), Shaping Technology (pp. 3–28). Publisher.`
                var book = Substring(after.dropFirst(3))
                for role in ["(Eds.), ", "(Ed.), ", "(eds.), ", "(ed.), "] {
                    if let r = book.firstRange(of: role) {
                        book = book[r.upperBound...]
                        break
                    }
                }
                var (name, _) = Self.firstSentence(String(book))
                if let paren = name.firstRange(of: " (") { name = String(name[..<paren.lowerBound]) }
                ref.container = name.trimmingCharacters(in: " ,.").nonEmpty
                ref.kind = .chapter
            } else if let c = Self.leadingSegment(after), !Self.looksLikeDateOrNumber(c), !Self.isGenreLabel(c) {
                // The last name of a year-dated entry, with no volume after it, publishes the work (a book or
                // report); a name followed by a volume, or on a dated page, is where it appeared.
                let afterName = String(after.dropFirst(after.distance(from: after.startIndex, to: after.firstRange(of: c)?.upperBound ?? after.startIndex)))
                    .trimmingCharacters(in: " .")
                let endsEntry = afterName.isEmpty || afterName.hasPrefix("(")
                if Self.isPublisherName(c) || endsEntry && apaDate?.precision == .year && quoted == nil {
                    ref.publisher = c
                } else {
                    ref.container = c
                }
            }
        } else if let q = quoted {
            // `Author, “Title,” Container …` (Chicago), `Author. “Title.” Container, …` (MLA), MHRA ‘…’.
            let head = before.trimmingCharacters(in: " ,.;:")
            if !head.isEmpty, !Self.looksLikeNames(head) {
                // A quotation inside prose (`He said “we will win,” the paper reported.`), not a title;
                // a corporate author (`Court of Arbitration for Sport`) is mostly capitalized.
                let function: Set<Substring> = ["of", "for", "the", "and", "de", "van", "von", "on", "in", "at", "du", "la", "le", "et", "und", "der"]
                let words = head.split(separator: " ")
                if words.contains(where: { $0.first?.isLowercase == true && !function.contains($0) }) { return Reference() }
            }
            if !head.isEmpty { ref.authors = Self.authorList(head) }
            var tail = after.trimmingCharacters(in: " ,.;:")
            if tail.lowercased().hasPrefix("in ") {
                ref.kind = .chapter
                tail = String(tail.dropFirst(3))
                // `in M. den Dikken (ed.), The Cambridge Handbook …`: the editors come before the book.
                tail = Self.droppingEditors(tail)
            }
            if let c = Self.leadingSegment(tail), !Self.looksLikeDateOrNumber(c), !c.lowercased().hasPrefix("ed."),
                !Self.isGenreLabel(c)
            {
                ref.container = c
            }
            // `Campbell and Pedersen, “Title,” 209.`: a short form (names, title, at most a locator).
            let rest = tail.trimmingCharacters(in: " .,;:")
            // A year alone after the title dates a full reference (`Clancy, W., “Dialogue Management,” 1979.`).
            let isYear = rest.count == 4 && Int(rest).map { (1500...2100).contains($0) } == true
            if ref.kind == nil, ref.urls.isEmpty, ref.accessed == nil, before.count <= 100, !isYear,
                rest.isEmpty || Self.locator(in: " " + rest) != nil && rest.count <= 12
            {
                ref.form = .short
                ref.container = nil
                ref.locator = rest.isEmpty ? nil : Self.locator(in: " " + rest)
                return finish(ref)
            }
            _ = q
        } else {
            parseUnquoted(work, into: &ref)
        }

        // The issued date: APA's parenthesised date, else the first date outside the title.
        if let d = apaDate {
            ref.issued = d
        } else {
            var searchIn = quoted == nil ? work : before + " " + after
            if let title = ref.title { searchIn = searchIn.replacingAll(title, with: " ") }
            ref.issued = issuedDate(in: searchIn)
            if ref.issued == nil, quoted == nil, let title = ref.title, let year = Self.trailingYear(title),
                let value = Int(year.trimmingCharacters(in: " ,")), let date = CalendarDate(year: value, month: 1, day: 1)
            {
                // `Strong rules for discarding predictors., 2010.`: the year closing an unquoted entry ran into
                // its title; it dates the work.
                ref.issued = ReferenceDate(value: date, precision: .year, text: year.trimmingCharacters(in: " ,"))
                ref.title = String(title.utf8.dropLast(year.utf8.count))!.trimmingCharacters(in: " ,.").nonEmpty
            }
        }
        if ref.publisher == nil, let p = Self.parenthesisedPublisher(in: work) { ref.publisher = p }
        if ref.locator == nil { ref.locator = Self.locator(in: work) }

        classify(&ref, text: text, lower: lower, work: work, quoted: quoted != nil)
        if ref.form == .full, Self.readsAsProse(text, ref, quoted: quoted != nil) {
            // An explanatory aside: no date, link, quoted title or publisher, and sentence-long.
            return Reference()
        }
        return finish(ref)
    }

    /// Drops an editor clause from a book's title (`Title, ed. T. H. Weir`).
    private func finish(_ reference: Reference) -> Reference {
        var ref = reference
        if let title = ref.title {
            for marker in [", ed. ", ", eds. ", ", edited by ", ", trans. ", ", translated by "] {
                if let r = title.firstRange(of: marker) { ref.title = String(title[..<r.lowerBound]) }
            }
        }
        if let first = ref.authors.first, first.lowercased().hasPrefix("ed.") || first.lowercased().hasPrefix("ed. by") {
            ref.authors = []
        }
        return ref
    }

    /// A sentence of prose rather than a citation: more than ten words and nothing a citation carries.
    static func readsAsProse(_ text: String, _ ref: Reference, quoted: Bool) -> Bool {
        guard ref.urls.isEmpty, ref.doi == nil, ref.isbn == nil, ref.accessed == nil, !quoted, ref.postID == nil,
            ref.kind != .legal
        else { return false }
        let words = text.split(separator: " ")
        guard words.count > 10 else { return false }
        // `Vasy, A. Analytic continuation … Preprint, 2012.`: names, a title and a date make an entry, however
        // lowercase its sentence-case title.
        if !ref.authors.isEmpty, ref.title != nil, ref.issued != nil { return false }
        if ref.issued == nil && ref.publisher == nil { return true }
        // Dated prose ("… in response to the January 3, 2020 assassination of …"): mostly lowercase words.
        let lowercase = words.filter { $0.first?.isLowercase == true }.count
        return Double(lowercase) / Double(words.count) > 0.5 && (!mayStartWithAPAHead(text) || text.firstMatch(of: apaHead) == nil)
    }

    // MARK: - Unquoted titles (books, reports, legal, short forms, social posts)

    private func parseUnquoted(_ work: String, into ref: inout Reference) {
        let trimmed = work.trimmingCharacters(in: " .;")
        // A date alone names nothing.
        if let m = scanner.parse(trimmed) {
            ref.issued = Self.referenceDate(m)
            return
        }
        // `Telegram, Sabereen_news/10234`: a platform, a channel and a post id.
        if trimmed.containsASCII(UInt8(ascii: "/")), let m = trimmed.firstMatch(of: Self.platformPost) {
            ref.container = String(m.output[1].substring!)
            ref.authors = [String(m.output[2].substring!)]
            ref.postID = String(m.output[2].substring!) + "/" + String(m.output[3].substring!)
            ref.kind = .socialPost
            return
        }
        // Short forms: `Doe, 91.`, `Ma and Guo, p. 240.`, `ISAACSON, supra note 23 at 138.`, `Doe, The Long Siege, 91.`
        if trimmed.count <= 140, scanner.mentions(in: trimmed).allSatisfy({ $0.precision == .year }),
            let short = Self.shortForm(trimmed)
        {
            ref.form = .short
            ref.authors = short.authors
            ref.title = short.title
            ref.locator = short.locator
            return
        }
        let segments = Self.topLevelSegments(trimmed, separator: ",")
        // `Jane Doe, The Long Siege (Penguin Press, 2016), 88.` / MLA `Erol, Kutluhan. Title. Publisher, 1995.`
        if let paren = Self.topLevelParen(trimmed) {
            var head = String(trimmed[..<paren.lowerBound]).trimmingCharacters(in: " ,.")
            let isCase = trimmed.containsBytes(" v. ") || trimmed.containsBytes(" v ")
            // Bluebook: `Title, 222 JOURNAL 333, 36 (2004)`, `Title, in BOOK 172 (2012)`, `Case v. Name, 223 A.2d 259 (1966)`,
            // `AUTHOR, BOOK 147 (2d ed. 2002)`: the citation after the title, cut off.
            let cite = Self.bluebookCitation(head, isCase: isCase, hasPublisher: Self.parenthesisedPublisher(in: trimmed) != nil)
            head = cite.head
            if let c = cite.container { ref.container = c }
            if cite.isChapter { ref.kind = .chapter }
            let parts = Self.topLevelSegments(head, separator: ",")
            if isCase {
                ref.title = head
                return
            }
            if parts.count >= 2, Self.looksLikeNames(parts[0]) {
                ref.authors = Self.authorList(parts[0])
                ref.title = parts.dropFirst().joined(separator: ", ").nonEmpty
            } else {
                ref.title = head.nonEmpty
            }
            return
        }
        // MLA / bibliography: `Family, Given. Title. Publisher, Year.`
        var (first, rest) = Self.firstSentence(Self.withoutEditorRole(trimmed))
        if let split = Self.invertedNameSplit(first) {
            // `Shipman, D. W. Phrase Structure Rules`: an initial then a capitalized word ends the name.
            first = split.names
            rest = split.rest + (rest.isEmpty ? "" : ". " + rest)
        } else if !rest.isEmpty, let year = Self.trailingYear(first), Self.looksLikeNames(String(first.utf8.dropLast(year.utf8.count))!) {
            // `Ernst, W. R. 1962. Title.`: after an initial the year joins the names' sentence; it stands
            // before the title as a sentence of its own.
            first = String(first.utf8.dropLast(year.utf8.count))!.trimmingCharacters(in: " ,")
            rest = year.trimmingCharacters(in: " ,") + ". " + rest
        }
        if !rest.isEmpty, Self.looksLikeNames(first) {
            ref.authors = Self.authorList(first)
            // Author–date: `Salzani, Carlo. 2007. The City as Crime Scene.` — the year stands before the title.
            let (maybeYear, afterYear) = Self.firstSentence(rest)
            if !afterYear.isEmpty, (4...5).contains(maybeYear.utf8.count), maybeYear.utf8.prefix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                rest = afterYear
            }
            var (title, tail) = Self.firstSentence(rest)
            ref.title = title.nonEmpty
            if tail.hasPrefix("In ") {
                // `In W. Deutsch (ed.), The Child’s Construction of Language`: a chapter in an edited book.
                ref.kind = .chapter
                tail = String(tail.dropFirst(3))
                tail = Self.droppingEditors(tail)
                if let c = Self.leadingSegment(tail), !Self.looksLikeDateOrNumber(c) { ref.container = c }
                return
            }
            if let c = Self.leadingSegment(tail), !Self.looksLikeDateOrNumber(c), !Self.isGenreLabel(c) {
                // An unquoted (italic) title is a whole work; the name followed only by a date publishes it.
                let afterName = String(tail.dropFirst(c.count)).trimmingCharacters(in: " ,.;:")
                let onlyDate = afterName.isEmpty || scanner.parse(afterName) != nil
                    || afterName.utf8.count == 4 && afterName.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                if Self.isPublisherName(c) || !tail.contains(",") || onlyDate { ref.publisher = c } else { ref.container = c }
            }
            return
        }
        // `Interfax, March 5, 2022.` — an outlet and a date; `Author, Title, Publisher, Year`.
        if segments.count >= 2 {
            let firstSeg = segments[0]
            if scanner.parse(segments.dropFirst().joined(separator: ", ")) != nil {
                if firstSeg.contains(" v. ") { ref.title = firstSeg } else { ref.container = firstSeg }
                return
            }
            if firstSeg.contains(" v. ") || firstSeg.contains(" v ") {
                ref.title = firstSeg
                return
            }
            let titleIndex = Self.looksLikeNames(firstSeg) ? 1 : 0
            if titleIndex == 1 { ref.authors = Self.authorList(firstSeg) }
            ref.title = segments[titleIndex]
            // Bluebook sets a periodical in small capitals, which plain text shows as capitals:
            // `Author, Title, NEW YORK TIMES, Apr. 6, 2012, at A20.`
            if titleIndex + 1 < segments.count, Self.isCapitalsName(segments[titleIndex + 1]) {
                ref.container = segments[titleIndex + 1]
            }
            return
        }
        if trimmed.count <= 200 { ref.title = first.nonEmpty }
    }

    // MARK: - Kind

    private func classify(_ ref: inout Reference, text: String, lower: String, work: String, quoted: Bool) {
        if ref.form != .full { return }
        if ref.kind == .socialPost { return }
        let all = " " + lower + " "
        func has(_ words: [String]) -> Bool { words.contains { all.containsBytes($0) } }
        // The work's own title says nothing of its kind (`“Michel Serres Interview”`, `A Post-Quantum Scheme`):
        // genre words count only outside it.
        // Built only when a word is found anywhere (most references hold none of them).
        var outsideTitle: String?
        let title = ref.title
        func cue(_ words: [String]) -> Bool {
            guard has(words) else { return false }
            if outsideTitle == nil {
                outsideTitle = " " + work.lowercased() + " "
                if let t = title?.lowercased(), t.count >= 3 { outsideTitle = outsideTitle!.replacingAll(t, with: " ") }
            }
            return words.contains { outsideTitle!.containsBytes($0) }
        }
        if has(["(tweet)", "via twitter", "via x.", "twitter.com/", "x.com/", "t.me/", "telegram", "facebook.com/",
            "instagram.com/", "tiktok.com/", "(telegram", "via facebook", "bsky.app/", "mastodon"])
            || ref.authors.first?.hasPrefix("@") == true
        {
            ref.kind = .socialPost
            return
        }
        if has(["youtube.com/", "youtu.be/", "vimeo.com/", "(video)", "clip no.", "memri tv"]) || cue([" video"]) {
            ref.kind = .video
            return
        }
        if has(["web.archive.org/", "archive.today", "archive.ph/", "archive.is/"]) {
            ref.kind = .archiveCopy
            return
        }
        if cue([" patent", "patent "]) {
            ref.kind = .other
            return
        }
        // A case's `v.` is lowercase (an uppercase `V.` is an initial); `Act` and `Bill` are whole words.
        // `U.S.` is a reporter only between a volume and a page (`410 U.S. 113`), not in `U.S. Census Bureau`;
        // `regulation` and `directive` are words of their own (not `self-regulation`).
        if text.containsBytes(" v. ") || text.containsBytes(" v ") || Self.hasUSReporter(text)
            || has(["u.s.c", " stat.", " act ", " act,", " act.", " act;", " act)", " act”", " act’", " act\"", "pub. l.", "h.r.", "s. rep", "cong.", "c.f.r", "fed. reg",
            " f.2d", " f.3d", " f. supp", "s. ct.", "§", "(cir.", " cir. ", "l. ed", " bill ", " bill,", " bill.", " regulation",
            " directive", "supreme court", "court of appeals", "code of", "statute", "convention on", "treaty",
            "hearing before", "federal register", "federalregister.gov", "congress.gov", "legislation.gov", "u.s. senate",
            "senate committee", "house committee", "house of representatives"])
        {
            ref.kind = .legal
            return
        }
        if cue(["diss.", "dissertation", "thesis", "ph.d", "phd", "ph. d", "doctoral", "master's", "master’s", "masters",
            "学位论文", "mémoire", "doctorat", "habilitation", "tese ", "doutoramento", "proefschrift", "tesi di"])
        {
            ref.kind = .thesis
            return
        }
        // A title that ends in its genre (`… Datasheet, Datasheet`, `Annual Report`) names a report.
        let titleEnd = (title ?? "").lowercased().trimmingCharacters(in: " .,")
        if ["datasheet", " report", "working paper", "white paper", "technical note"].contains(where: { titleEnd.hasSuffix($0) })
            || cue(["report", "working paper", "technical", "discussion paper", "white paper", "policy brief",
            "occasional paper", "research paper", "briefing", "memorandum", "datasheet", " std ", " std.", "std no"])
        {
            ref.kind = .report
            return
        }
        let inContainer = has([", in ", ". in ", "” in ", "’, in ", " in: ", "' in "])
        var volumeIssueFound: Bool?
        func volumeIssue() -> Bool {
            if volumeIssueFound == nil { volumeIssueFound = Self.mayHoldVolumeIssue(work) && work.firstMatch(of: Self.volumeIssue) != nil }
            return volumeIssueFound!
        }
        // A paper in a conference's proceedings; a journal named `Proceedings of …` has a volume and no `In`.
        if cue(["proceedings", "conference", "symposium", "workshop", "congress", "proc. "]), inContainer || !volumeIssue() {
            ref.kind = .conferencePaper
            return
        }
        if ref.kind == .chapter { return }
        // MLA's chapter: `“Title.” Book, edited by Name, …` — a quoted title in a named book with its editors.
        if quoted, ref.container != nil, cue([", edited by ", ", ed. ", ", eds. "]) {
            ref.kind = .chapter
            return
        }
        // A book's own volume (`3rd ed., vol. 1 (New York: Viking, 1999)`): an unquoted title issued by a
        // publisher, in no periodical, is a book whatever volume it has.
        let bookVolume = !quoted && ref.container == nil && !has(["journal", "review", "quarterly"])
            && (ref.publisher != nil || Self.parenthesisedPublisher(in: work) != nil)
        if inContainer,
            has([" ed. ", " eds. ", " ed.,", " edited by", " editors", " (ed.)", " (eds.)", " ed ", "(ed", "hrsg"])
        {
            ref.kind = .chapter
            return
        }
        if !bookVolume, volumeIssue() {
            ref.kind = .journalArticle
            return
        }
        // A periodical named a journal (`Journal of Rural Studies`, `Journal of Computer and System Sciences`)
        // is a scholarly journal, whatever its volume looks like; `The Wall Street Journal` is a newspaper.
        if let c = ref.container?.lowercased(), c.hasPrefix("journal of ") || c.containsBytes(" journal of ")
            || c.hasPrefix("journal for ") || c.containsBytes("transactions on ") || c.hasPrefix("annals of ")
        {
            ref.kind = .journalArticle
            return
        }
        // A newspaper article is dated, or cited at a page; an undated page of a newspaper's site is a web page.
        if ref.issued != nil || quoted && ref.locator != nil, let c = (ref.container ?? "").lowercased().nonEmpty,
            Self.newspaperWords.contains(where: { c.containsBytes($0) })
        {
            ref.kind = .newsArticle
            return
        }
        // A titled article in a named periodical cited at a page: a web page has no pages. A daily is dated to
        // the day; a magazine to the month or year.
        if quoted, ref.container != nil, ref.publisher == nil,
            let page = ref.locator ?? Self.locator(in: work.trimmingCharacters(in: " ,.;")),
            !(page.count == 4 && Int(page) == ref.issued?.value.year)
        {
            ref.kind = ref.issued?.precision == .day ? .newsArticle : .magazineArticle
            return
        }
        let urlText = ref.urls.joined(separator: " ").lowercased()
        if cue(["blog", "forum", "post", "comment"]) || ["blog", "forum", "/post", "topic=", "thread"].contains(where: { urlText.containsBytes($0) }) {
            ref.kind = .socialPost
            return
        }
        if cue(["dataset", "data set", "[data"]) {
            ref.kind = .dataset
            return
        }
        if cue(["interview", "personal communication", "conversation with", "email to", "e-mail to"]) {
            ref.kind = .interview
            return
        }
        // A work issued by a university (not its press) is a thesis; by a department, laboratory or institute, a report.
        let parenthesisedPublisher = ref.publisher == nil ? Self.parenthesisedPublisher(in: work) : nil
        if let issuer = (ref.publisher ?? parenthesisedPublisher)?.lowercased(), !issuer.containsBytes("press"),
            quoted || ref.container == nil
        {
            if ["department", "laborator", "institut", "school of", "faculty", "center", "centre", "bureau", "agency",
                "office", "commission", "ministry", "council", "committee", "corporation"].contains(where: { issuer.containsBytes($0) })
            {
                ref.kind = .report
                return
            }
            if ["universit", "college", "école", "hochschule"].contains(where: { issuer.containsBytes($0) }) {
                ref.kind = .thesis
                return
            }
            if quoted {
                // A quoted title issued by a body, outside any periodical: a report or paper.
                ref.kind = .report
                return
            }
        }
        if ref.publisher != nil || ref.isbn != nil || parenthesisedPublisher != nil
            || has(["press", "verlag", "publishing", "publishers", "books", "éditions", "edition", " ed.,", "nd ed", "rd ed", "th ed"])
        {
            if ref.container == nil || !(ref.title != nil && work.contains("“")) {
                ref.kind = .book
                return
            }
        }
        // An institutional repository (DSpace's `/handle/`, `repo.`, `espace.`) holds theses above all.
        if ref.container == nil, ref.publisher == nil,
            ["/handle/", "://repo.", "://www.repo.", "://espace.", "repository."].contains(where: { urlText.containsBytes($0) })
        {
            ref.kind = .thesis
            return
        }
        if !ref.urls.isEmpty || ref.accessed != nil {
            ref.kind = .webPage
            return
        }
        if ref.container != nil && ref.issued?.precision == .day {
            ref.kind = .newsArticle
            return
        }
        if ref.title != nil || !ref.authors.isEmpty || ref.container != nil {
            ref.kind = .other
        }
    }

    /// ` 1962`, `, 2010` closing `s`: a space or comma, then a year from 1500 to 2100 (`nil` if none).
    static func trailingYear(_ s: String) -> String? {
        let b = Array(s.utf8)
        guard b.count >= 6 else { return nil }
        let digits = b.suffix(4)
        guard digits.allSatisfy({ (0x30...0x39).contains($0) }), let y = Int(String(decoding: digits, as: UTF8.self)),
            (1500...2100).contains(y), b[b.count - 5] == 0x20 || b[b.count - 5] == UInt8(ascii: ",")
        else { return nil }
        var start = b.count - 4
        while start > 0, b[start - 1] == 0x20 || b[start - 1] == UInt8(ascii: ",") { start -= 1 }
        return String(decoding: b[start...], as: UTF8.self)
    }

    /// A name in capitals (`THE NEW YORK TIMES`, `GRØNT MILJØ`): three letters or more, none lowercase, no digit.
    static func isCapitalsName(_ s: String) -> Bool {
        var letters = 0
        for c in s.unicodeScalars {
            if c.properties.isLowercase || (0x30...0x39).contains(c.value) { return false }
            if c.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 3
    }

    /// A United States Reports citation: a volume, `U.S.`, a page (`410 U.S. 113`).
    static func hasUSReporter(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count >= 8 else { return false }
        var i = 1
        while i + 5 < b.count {
            if b[i] == UInt8(ascii: "U"), b[i + 1] == UInt8(ascii: "."), b[i + 2] == UInt8(ascii: "S"), b[i + 3] == UInt8(ascii: "."),
                b[i + 4] == 0x20, b[i - 1] == 0x20, i >= 2, (0x30...0x39).contains(b[i - 2]), (0x30...0x39).contains(b[i + 5])
            {
                return true
            }
            i += 1
        }
        return false
    }

    static let newspaperWords = [
        "times", "post", "news", "herald", "tribune", "guardian", "gazette", "telegraph", "daily", "chronicle",
        "observer", "independent", "reuters", "associated press", "bbc", "cnn", "globe", "inquirer", "journal",
        "mail", "standard", "monde", "zeitung", "spiegel", "ynet", "politiken", "berlingske", "avis", "courier",
        "sun", "star", "interfax", "tass", "afp", "al jazeera", "press", "record", "examiner", "dispatch",
    ]

    // MARK: - Dates

    /// `M. den Dikken (ed.), The Cambridge Handbook …` → `The Cambridge Handbook …`: the editors
    /// that stand before an edited book's title after "In".
    static func droppingEditors(_ tail: String) -> String {
        for role in ["(ed.), ", "(eds.), ", "(Ed.), ", "(Eds.), "] {
            if let r = tail.firstRange(of: role), looksLikeNames(String(tail[..<r.lowerBound])) {
                return String(tail[r.upperBound...])
            }
        }
        return tail
    }

    nonisolated(unsafe) static let harvardPattern = try! Regex(
        #"^(?<names>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?:(?:,| and| &) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)*(?: et al\.?)?),? \(?(?<year>\d{4})[a-z]?\)?(?:[,:] ?(?:pp?\. ?)?(?<loc>\d{1,5}(?:\s*[–-]\s*\d{1,5})?))?\.?$"#)

    /// `Cooper (1998), pp. 20-22.` as a short form by Cooper of 1998 at 20-22; nil for anything else.
    static func harvardShortForm(_ text: String) -> Reference? {
        // Cheap necessary conditions: an upper-case start and four digits in a row.
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return nil }
        var run = 0
        var hasYear = false
        for byte in text.utf8 {
            run = (0x30...0x39).contains(byte) ? run + 1 : 0
            if run == 4 { hasYear = true; break }
        }
        guard hasYear, let m = text.firstMatch(of: harvardPattern),
            let names = m.output["names"]?.substring, let yearText = m.output["year"]?.substring,
            let year = Int(yearText), (1400...2100).contains(year), let value = CalendarDate(year: year, month: 1, day: 1)
        else { return nil }
        // A list of names separated by commas ends with "and" or "&" (`Hay, Maclagan and Gordon`);
        // `Dissertation, Universität Hamburg, 2003` is a genre and a place.
        if names.contains(","), !(names.contains(" and ") || names.contains(" & ")) { return nil }
        let authors = String(names).replacingOccurrences(of: " et al.", with: "").replacingOccurrences(of: " et al", with: "")
            .replacingOccurrences(of: " & ", with: ", ").replacingOccurrences(of: " and ", with: ", ")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var reference = Reference(form: .short, authors: authors, issued: ReferenceDate(value: value, precision: .year, text: String(yearText)))
        reference.locator = m.output["loc"]?.substring.map(String.init)
        return reference
    }

    private func issuedDate(in text: String) -> ReferenceDate? {
        let mentions = scanner.mentions(in: text).filter { $0.problem == nil && $0.value != nil && !$0.yearInferred }
        // A date in parentheses (`(March 1, 2007)`, `(Penguin Press, 2016)`) is the work's date; else the first.
        let utf8 = Array(text.utf8)
        func inParens(_ m: DateMention) -> Bool {
            var i = m.utf8Range.lowerBound - 1
            while i >= 0, utf8[i] != UInt8(ascii: ")") {
                if utf8[i] == UInt8(ascii: "(") { return true }
                i -= 1
            }
            return false
        }
        // `2089–103` after `(12):` is a page range, not a year: a year range runs to two or four digits.
        func startsPageRange(_ m: DateMention) -> Bool {
            var i = m.utf8Range.upperBound
            if i < utf8.count, utf8[i] == UInt8(ascii: "-") { i += 1 }
            else if i + 2 < utf8.count, utf8[i] == 0xE2, utf8[i + 1] == 0x80, utf8[i + 2] == 0x93 || utf8[i + 2] == 0x94 { i += 3 }
            else { return false }
            var digits = 0
            while i < utf8.count, (0x30...0x39).contains(utf8[i]) { digits += 1; i += 1 }
            return digits > 0 && digits != 2 && digits != 4
        }
        let plausible = mentions.filter { m in
            guard m.precision == .year else { return true }
            let y = m.value!.year
            return (1400...2100).contains(y) && !startsPageRange(m)
        }
        var chosen: DateMention? = plausible.first(where: { $0.precision != .year && inParens($0) })
        if chosen == nil { chosen = plausible.first(where: { inParens($0) }) }
        if chosen == nil { chosen = plausible.first(where: { $0.precision != .year }) }
        if chosen == nil { chosen = plausible.first }
        guard let chosen else { return nil }
        return Self.referenceDate(chosen)
    }

    /// `2007`, `2007, March 1`, `12 Feb 2019`, `n.d.`.
    private func apaDateValue(_ text: String) -> ReferenceDate? {
        let t = text.trimmingCharacters(in: " ")
        if let m = t.firstMatch(of: Self.apaYearMonthDay) {
            let year = String(m.output[1].substring!)
            let rest = String(m.output[2].substring!)
            if let d = scanner.parse(rest + " " + year) { return Self.referenceDate(d) }
        }
        if let d = scanner.parse(t) { return Self.referenceDate(d) }
        guard let first = scanner.mentions(in: t).first else { return nil }
        return Self.referenceDate(first)
    }

    static func referenceDate(_ m: DateMention) -> ReferenceDate? {
        guard let v = m.value else { return nil }
        return ReferenceDate(value: v, precision: m.precision, text: m.text)
    }
}
