import Foundation

/// The sentence that carries a marker dates the event differently from the note's source:
/// "On April 4, the … Telegram channel posted an image … [5]" with "[5] Telegram.me/centerkaf, April 3, 2021."
public struct BodyDateMismatchRule: Rule {
    public static let description = RuleDescription(
        id: "body-date-mismatch",
        name: "Sentence and note disagree on the date",
        summary: "The sentence or line carrying a footnote marker dates the event or document differently from the note's source.",
        rationale: """
            When the body says "On April 4, the channel posted …" and the note cites the post as of April 3, one \
            of the two is wrong. Three shapes are compared, each at the precision it is written. (1) A date that \
            leads the sentence ("On April 4, …", "At an April 2, 2021 rally …"), outside quotations, to the day, \
            within two weeks of the note's date: a date further away is about another event. (2) A sentence that \
            dates the cited document itself ("In a 1998 memo, …", "A 2015 study found …", "In her March 2019 \
            testimony …") against a note that cites one dated item, at the year, month or day the sentence \
            gives — not a book, chapter, journal article or thesis (which may discuss an older document), nor a \
            note that quotes at second hand ("quoted in", "cited in"). (3) An infobox-style label-and-value line \
            ("Latest version: 4.1 / 2 May 2020") whose note dates its source before the value's date: a source \
            cannot attest what came after it (a later source is ordinary). A note written in another language or \
            calendar is offered its correction as it is written (`3 апреля 2021 г.`, `٢٥ رجب ١٤٤٢ هـ`).
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(
                "The town had 12,480 residents as of July 1, 2018.[^3]\n\n[^3]: \"Town Population Clock\", county.example.org, July 4, 2017. Retrieved September 11, 2017.\n",
                published: "2019-04-04", comment: "a figure as of a day after its source"),
            RuleExample(
                "On April 4, the channel posted an image of a flag.[^5]\n\n[^5]: Telegram.me/centerkaf, April 3, 2021.\n",
                published: "2021-04-04"),
            RuleExample(
                "In a 1998 memo, the director wrote that the plan had failed.[^4]\n\n[^4]: Director's memo to staff, March 3, 2008.\n",
                published: "2021-04-04", comment: "the sentence's year against the note's day"),
            RuleExample(
                "Latest version: 4.1 / 2 May 2020[^2]\n\n[^2]: \"Release notes\". Example Project. 9 January 2019. Retrieved 1 March 2021.\n",
                published: "2021-04-04", comment: "a label-and-value line; the retrieval date is not the source's date"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "At an April 2, 2021 rally, he called for withdrawal.[^2]\n\n[^2]: Ahlulhaq.com, April 2, 2021.\n",
                published: "2021-04-04"),
            RuleExample(
                "On January 3, 2020, a strike killed the commander, he said.[^1]\n\n[^1]: Ahlulhaq.com, April 2, 2021.\n",
                published: "2021-04-04", comment: "a date about another event"),
            RuleExample(
                "On December 5, 2011, the court ruled against the city.[^3]\n\n[^3]: Jane Doe, \"Court rules on harbour,\" Riverton Ledger, December 7, 2011.\n",
                published: "2012-01-04", comment: "a news report written two days after the event"),
            RuleExample(
                "In 1998, the army withdrew from the valley.[^4]\n\n[^4]: Ahlulhaq.com, March 3, 2008.\n",
                published: "2021-04-04", comment: "a year of events, which a later source may report"),
            RuleExample(
                "In a 1998 memo, the director wrote that the plan had failed.[^4]\n\n[^4]: Director's memo, quoted in Jane Doe, \"The Plan,\" Daily Ledger, March 3, 2008.\n",
                published: "2021-04-04", comment: "the memo quoted at second hand"),
            RuleExample(
                "In a 1998 memo, the director wrote that the plan had failed.[^4]\n\n[^4]: Jane Doe, The Long Siege (Penguin Press, 2016), 88.\n",
                published: "2021-04-04", comment: "a book that discusses the memo"),
            RuleExample(
                "Released: 12 March 2017[^7]\n\n[^7]: \"Changelog\", example.org, 12 March 2018.\n",
                published: "2021-04-04", comment: "a later source attests an earlier release"),
            RuleExample(
                "The town had 12,480 residents as of July 1, 2018.[^3]\n\n[^3]: \"Town Population Estimates\", county.example.org, March 2, 2019.\n",
                published: "2021-04-04", comment: "an estimate published after the day it is for"),
        ])

    /// Words that may stand before a leading date: "On April 4", "At an April 2, 2021 rally".
    static let leadWords: Set<String> = ["on", "at", "an", "a", "the", "in", "by", "early", "late", "during", "since"]

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        return document.references.compactMap { reference in
            guard let definition = document.definition(labelled: reference.label) else { return nil }
            return leadDayFinding(reference, definition, document: document, context: context)
                ?? documentDateFinding(reference, definition, document: document, context: context)
                ?? labelValueFinding(reference, definition, document: document, context: context)
                ?? asOfFinding(reference, definition, document: document, context: context)
        }
    }

    /// "The population was 327,167,434 as of July 1, 2018.[29]" against a note whose source is dated
    /// before that day (July 4, 2017): a figure stated as of a date, anywhere in the sentence, cannot
    /// come from a source older than that date. (A later source is ordinary: an estimate published after
    /// the day it is for.)
    func asOfFinding(
        _ reference: FootnoteReference, _ definition: FootnoteDefinition, document: Document, context: CheckContext
    ) -> Finding? {
        let sentence = reference.sentence
        guard let range = sentence.range(of: "as of ", options: .caseInsensitive) ?? sentence.range(of: "as at ", options: .caseInsensitive)
        else { return nil }
        let noteDates = Self.workDates(of: definition)
        guard !noteDates.isEmpty else { return nil }
        let after = String(sentence[range.upperBound...].prefix(40))
        let scanner = DateScanner(referenceDate: document.publicationDate?.value ?? noteDates.first?.value)
        guard let said = scanner.mentions(in: after).first, said.utf8Range.lowerBound == 0, said.problem == nil,
            said.alternatives.isEmpty, said.precision != .year, !said.yearInferred
        else { return nil }
        return unattested(said, noteDates, reference, definition, context: context) { saidText, source in
            ("the sentence carrying [\(reference.label)] gives a figure as of \(saidText), but note [\(reference.label)] "
                + "dates its source \(source), before it: the source cannot attest that date",
                "cite a source from \(saidText) or later, or correct the date in the sentence")
        }
    }

    /// "On April 4, the channel posted …[5]" against a note dated April 3: a leading day-precision
    /// date within two weeks of the note's.
    func leadDayFinding(
        _ reference: FootnoteReference, _ definition: FootnoteDefinition, document: Document, context: CheckContext
    ) -> Finding? {
        let noteDates = definition.citations.compactMap(\.date).filter { $0.role == .citation && $0.precision == .day }
        guard let cited = noteDates.first, let citedDay = cited.value else { return nil }
        let scanner = DateScanner(referenceDate: document.publicationDate?.value ?? citedDay)
        guard let lead = Self.leadDate(in: reference.sentence, scanner: scanner),
            let said = lead.value
        else { return nil }
        // Any date of the note that covers the sentence's date settles it.
        let allNoteDates = definition.citations.flatMap { [$0.date].compactMap { $0 } + $0.otherDates }
            + definition.remarks.flatMap(\.dates)
        if allNoteDates.contains(where: { date in
            guard let first = date.value, let last = DateRuleText.lastDay(date) else { return false }
            return ([first] + date.alternatives).contains(said) || (first <= said && said <= last)
        }) {
            return nil
        }
        let gap = abs(citedDay.days(until: said))
        // A Hijri date may honestly be read a day either side (Umm al-Qura against a civil reading).
        guard gap > (cited.calendar?.toleranceDays ?? 0), gap <= 14 else { return nil }
        // A report written days after the event it tells of is ordinary ("On December 5, the court
        // ruled …" citing the December 7 article): only the item itself (a post, a video, a message)
        // or a source dated before the event disagrees with the sentence.
        if said < citedDay, let citation = definition.citations.first(where: { $0.date == cited }), Self.isReport(citation) {
            return nil
        }
        let saidText = lead.yearInferred ? "\(lead.text.trimmingCharacters(in: .whitespaces)) (read as \(said.longDescription))" : said.longDescription
        let suggestionText = lead.yearInferred
            ? "\(CalendarDate.monthNames[citedDay.month - 1]) \(citedDay.day)" : citedDay.longDescription
        return mismatch(
            reference, definition, context: context,
            message: "the sentence carrying [\(reference.label)] says \(saidText), but note [\(reference.label)] dates its source "
                + DateRuleText.describe(cited),
            suggestion: "write \(suggestionText) in the sentence, or correct the note's date" + Self.noteCorrection(cited, to: said))
    }

    /// "In a 1998 memo, the director wrote …[4]" against a note that dates the memo March 3, 2008:
    /// the sentence dates the cited document itself, compared at the precision it is written (year,
    /// month or day), however far apart. Only for a note that cites one dated item (a memo, post,
    /// article — not a book, chapter, journal article or thesis that may discuss an older document)
    /// and does not say it quotes the document at second hand ("quoted in", "cited in").
    func documentDateFinding(
        _ reference: FootnoteReference, _ definition: FootnoteDefinition, document: Document, context: CheckContext
    ) -> Finding? {
        guard definition.citations.count == 1, let citation = definition.citations.first,
            !Self.secondaryKinds.contains(citation.reference?.resolvedKind ?? .other)
        else { return nil }
        let noteDates = Self.workDates(of: definition)
        guard let cited = noteDates.first(where: { ($0.precision ?? .day) != .year }) else { return nil }
        guard let said = Self.documentDate(in: reference.sentence, scanner: {
            DateScanner(referenceDate: document.publicationDate?.value ?? cited.value)
        }) else { return nil }
        guard !noteDates.contains(where: { Self.overlaps($0, said.first, said.last) }),
            !Self.citesAtSecondHand(definition.text)
        else { return nil }
        // Day-precision dates a day apart may be one moment in two time zones.
        if said.precision == .day, let day = cited.value, abs(day.days(until: said.first)) <= 1 { return nil }
        return mismatch(
            reference, definition, context: context,
            message: "the sentence carrying [\(reference.label)] dates the \(said.noun) \(said.text), but note [\(reference.label)] "
                + "dates its source \(DateRuleText.describe(cited))",
            suggestion: "check the \(said.noun)'s date: write the note's date in the sentence, or correct the note")
    }

    /// "Latest version: 4.1 / 2 May 2020[2]" — an infobox-style label-and-value line — against a
    /// note whose source is dated before that day: a source cannot attest what happened after it.
    /// (A later source is ordinary: a changelog or history written afterwards.)
    func labelValueFinding(
        _ reference: FootnoteReference, _ definition: FootnoteDefinition, document: Document, context: CheckContext
    ) -> Finding? {
        // Cheap tests first: this runs for every marker, and a sentence can be a whole paragraph.
        guard reference.sentence.utf8.count <= 200 else { return nil }
        let noteDates = Self.workDates(of: definition)
        guard !noteDates.isEmpty, let value = Self.labelValue(reference.sentence) else { return nil }
        let scanner = DateScanner(referenceDate: document.publicationDate?.value ?? noteDates.first?.value)
        let mentions = scanner.mentions(in: value).filter {
            $0.problem == nil && $0.alternatives.isEmpty && $0.precision != .year && !$0.yearInferred
        }
        guard mentions.count == 1, let said = mentions.first else { return nil }
        return unattested(said, noteDates, reference, definition, context: context) { saidText, source in
            ("the line carrying [\(reference.label)] gives \(saidText), but note [\(reference.label)] dates its source "
                + "\(source), before it: the source cannot attest that date",
                "cite a source from \(saidText) or later, or correct the date on the line")
        }
    }

    /// A date said in the text that no date of the note covers and that falls after the note's latest
    /// date: the source cannot attest it. `words` gives the message and the suggestion from the date as
    /// written and the source's date.
    func unattested(
        _ said: DateMention, _ noteDates: [CitedDate], _ reference: FootnoteReference, _ definition: FootnoteDefinition,
        context: CheckContext, words: (_ saidText: String, _ source: String) -> (message: String, suggestion: String)
    ) -> Finding? {
        guard let saidFirst = said.value else { return nil }
        let saidLast = said.end ?? saidFirst.lastDay(of: said.precision)
        guard !noteDates.contains(where: { Self.overlaps($0, saidFirst, saidLast) }) else { return nil }
        let latest = noteDates.compactMap { date in DateRuleText.lastDay(date).map { (date, $0) } }.max { $0.1 < $1.1 }
        guard let (cited, citedLast) = latest, citedLast.days(until: saidFirst) > 1 else { return nil }
        let (message, suggestion) = words(said.text.trimmingCharacters(in: .whitespaces), DateRuleText.describe(cited))
        return mismatch(reference, definition, context: context, message: message, suggestion: suggestion)
    }

    func mismatch(
        _ reference: FootnoteReference, _ definition: FootnoteDefinition, context: CheckContext, message: String,
        suggestion: String
    ) -> Finding {
        finding(
            message, context: context, footnote: reference.label, location: reference.location,
            evidence: [
                Evidence(kind: "sentence", text: reference.sentence, footnote: reference.label, location: reference.location),
                Evidence(
                    kind: "note", text: "[\(definition.label)] \(definition.text.trimmingCharacters(in: .whitespacesAndNewlines))",
                    footnote: definition.label, location: definition.location),
            ],
            suggestion: suggestion, subject: reference.sentence)
    }

    /// ` to 3 апреля 2021 г.`: the note's date rewritten to the sentence's day, in the note's own
    /// language, script and calendar; empty for an English date (the sentence's date is shown already).
    static func noteCorrection(_ cited: CitedDate, to said: CalendarDate) -> String {
        guard cited.language != nil || cited.native != nil, let written = DateRuleText.rewritten(cited, to: said) else { return "" }
        return " to \(written)"
    }

    /// The date that opens the sentence: only lead words before it, outside quotations, to the day.
    static func leadDate(in sentence: String, scanner: DateScanner) -> DateMention? {
        guard let first = scanner.mentions(in: sentence).first, first.precision == .day, first.problem == nil,
            first.alternatives.isEmpty
        else { return nil }
        let before = String(decoding: Array(sentence.utf8)[..<first.utf8Range.lowerBound], as: UTF8.self)
        if DateRoleClassifier.isInsideQuotation(before) { return nil }
        let words = before.split { !$0.isLetter }.map { $0.lowercased() }
        guard words.count <= 3, words.allSatisfy(leadWords.contains),
            !before.contains(where: { "\"“”:;".contains($0) })
        else { return nil }
        return first
    }
    /// Whether a citation is a report about events (a news article, a web page, a paper, a book)
    /// rather than the item itself (a post, a message, a video, a channel's or account's output).
    static func isReport(_ citation: Citation) -> Bool {
        if let kind = citation.source?.identity?.kind, [.post, .message, .account, .channel].contains(kind) { return false }
        if let platform = citation.source?.identity?.platform, !platform.isEmpty { return false }
        switch citation.reference?.resolvedKind {
        case .socialPost?, .account?, .channel?, .video?, .interview?: return false
        case nil: return citation.source?.identity?.kind == .website
        default: return true
        }
    }

    // MARK: - Dates of documents and label-and-value lines

    /// Kinds of work that often discuss an older document: their date is not the document's.
    static let secondaryKinds: Set<ReferenceKind> = [.book, .chapter, .journalArticle, .thesis]

    /// "quoted in", "cited in", "as reported by": the note cites the document at second hand.
    static func citesAtSecondHand(_ note: String) -> Bool {
        let lower = note.lowercased()
        return ["quoted in", "cited in", "reported in", "reported by", "as reported", "reproduced in", "excerpted in"]
            .contains { lower.contains($0) }
    }

    /// The note's dates of the work itself: every date but access and retrieval dates.
    static func workDates(of definition: FootnoteDefinition) -> [CitedDate] {
        let dates = definition.citations.flatMap { [$0.date].compactMap { $0 } + $0.otherDates }
            + definition.remarks.flatMap(\.dates)
        return dates.filter { $0.role != .accessed && $0.value != nil }
    }

    static func overlaps(_ date: CitedDate, _ first: CalendarDate, _ last: CalendarDate) -> Bool {
        guard let start = date.value, let end = DateRuleText.lastDay(date) else { return false }
        if date.alternatives.contains(where: { first <= $0 && $0 <= last }) { return true }
        return start <= last && first <= end
    }

    /// Nouns that name a dated document: "In a 1998 memo", "A 2015 study", "In her March 2019 testimony".
    static let documentNouns: Set<String> = [
        "memo", "memorandum", "letter", "report", "statement", "speech", "interview", "tweet", "post", "message",
        "video", "cable", "email", "e-mail", "study", "paper", "article", "op-ed", "editorial", "address",
        "testimony", "briefing", "announcement", "filing", "ruling", "broadcast", "podcast", "sermon", "fatwa",
        "communiqué", "communique", "decree", "directive", "circular", "notice", "bulletin", "affidavit",
        "deposition", "transcript", "livestream", "newsletter", "blog", "column", "essay", "survey", "poll",
    ]
    /// Words that may stand before such a date: articles, possessives, "in".
    static let documentLeadWords: Set<String> = [
        "in", "on", "at", "a", "an", "the", "his", "her", "its", "their", "our", "my", "this", "that", "by",
    ]

    struct DocumentDate {
        var first: CalendarDate
        var last: CalendarDate
        var precision: DatePrecision
        var text: String
        var noun: String
    }

    /// The date a sentence gives its document in its opening words: up to four lead words, a date
    /// (a year, a month, or a day), up to two more words, and a document noun. "In 1998, the army …"
    /// is not one (a date of events, which a later source reports).
    static func documentDate(in sentence: String, scanner makeScanner: () -> DateScanner) -> DocumentDate? {
        let bytes = Array(sentence.utf8.prefix(160))
        // Words with their byte ranges, up to the first comma, colon or quotation.
        var words: [(text: String, range: Range<Int>)] = []
        var index = 0
        while index < bytes.count, words.count < 12 {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") { index += 1; continue }
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(") { break }
            let start = index
            while index < bytes.count, ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n")].contains(bytes[index]) { index += 1 }
            words.append((String(decoding: bytes[start..<index], as: UTF8.self), start..<index))
        }
        func bare(_ word: String) -> String { Self.bareWord(word) }
        // Most sentences name no document in their opening words: settle that before scanning dates.
        guard words.contains(where: { documentNouns.contains(bare($0.text)) }) else { return nil }
        var lead = 0
        while lead < words.count, lead < 4, documentLeadWords.contains(bare(words[lead].text)), !words[lead].text.hasSuffix(",") { lead += 1 }
        guard lead < words.count else { return nil }
        // The date: a scanned mention starting at this word, or a bare year.
        let dateStart = words[lead].range.lowerBound
        var date: (first: CalendarDate, last: CalendarDate, precision: DatePrecision, text: String, end: Int)?
        let head = String(decoding: bytes[dateStart...], as: UTF8.self)
        if let mention = makeScanner().mentions(in: head).first, mention.utf8Range.lowerBound == 0, mention.problem == nil,
            mention.alternatives.isEmpty, !mention.yearInferred, let first = mention.value
        {
            date = (first, mention.end ?? first.lastDay(of: mention.precision), mention.precision,
                    mention.text.trimmingCharacters(in: .whitespaces), dateStart + mention.utf8Range.upperBound)
        } else {
            let word = words[lead].text
            if word.utf8.count == 4, word.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                let year = Int(word), (1500...2199).contains(year),
                let first = CalendarDate(year: year, month: 1, day: 1), let last = CalendarDate(year: year, month: 12, day: 31)
            {
                date = (first, last, .year, word, words[lead].range.upperBound)
            }
        }
        guard let date else { return nil }
        // The date must end at a word boundary followed by the words before the noun (no comma).
        let rest = words.filter { $0.range.lowerBound >= date.end }
        if date.end < bytes.count, bytes[date.end] == UInt8(ascii: ",") { return nil }
        for (offset, word) in rest.prefix(3).enumerated() {
            let name = bare(word.text)
            if documentNouns.contains(name) {
                return DocumentDate(first: date.first, last: date.last, precision: date.precision, text: date.text, noun: name)
            }
            // Only adjectives stand between the date and the noun: lower-case words, no comma.
            if offset == 2 || word.text.hasSuffix(",") || word.text.first?.isLowercase != true { return nil }
        }
        return nil
    }

    static let speechWords: Set<String> = [
        "said", "says", "say", "wrote", "writes", "added", "adds", "noted", "notes", "stated", "states", "told",
        "tells", "asked", "asks", "replied", "replies", "declared", "announced", "tweeted", "posted", "he", "she",
        "they", "we", "i", "it",
    ]

    /// A word lower-cased without the punctuation around it (`memo,` → `memo`), on bytes for ASCII.
    static func bareWord(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return word.lowercased().trimmingCharacters(in: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-")).inverted)
        }
        func isWordByte(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
        while let first = bytes.first, !isWordByte(first) { bytes.removeFirst() }
        while let last = bytes.last, !isWordByte(last) { bytes.removeLast() }
        for k in bytes.indices where (0x41...0x5A).contains(bytes[k]) { bytes[k] |= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of an infobox-style line, "Latest version: 4.1 / 2 May 2020": a label of one to four
    /// words that starts the line and ends in a colon, and what follows it on the line.
    static func labelValue(_ sentence: String) -> String? {
        let line = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let colon = line.firstIndex(of: ":"), !line.contains("\n"), line.utf8.count <= 200 else { return nil }
        let label = line[..<colon]
        let words = label.split(separator: " ")
        guard (1...4).contains(words.count), label.first?.isUppercase == true,
            label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" })
        else { return nil }
        let value = line[line.index(after: colon)...]
        // A value, not a sentence or a quotation ("He said: \"On April 9, we attack.\""): short, with no
        // sentence or quotation mark inside it, after a label that is not a speaker.
        guard value.count <= 120, !value.contains(". "),
            !value.contains(where: { "\"“”«»„'‘’".contains($0) }),
            !words.contains(where: { speechWords.contains($0.lowercased()) })
        else { return nil }
        return String(value)
    }
}
