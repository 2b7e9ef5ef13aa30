/// A note that reads as a citation but names nothing a reader could find.
public struct MissingSourceRule: Rule {
    public static let description = RuleDescription(
        id: "missing-source",
        name: "Note without a source",
        summary:
            "A note reads as a citation (it claims reporting, quotes, a page or a date) but names nothing identifiable: no URL, handle, domain, author, title, outlet, publisher or \"Ibid.\".",
        rationale:
            "A note that vouches for a claim without naming its source cannot be checked by a reader; usually the source was lost in an edit. Books, short forms, named outlets and explanatory asides are not findings.",
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample("The council met.[^1]\n\n[^1]: This was widely reported at the time.\n"),
            RuleExample("The main broke.[^1]\n\n[^1]: This was widely known among residents.\n"),
            RuleExample("The depot burned.[^1]\n\n[^1]: March 3, 2024.\n", comment: "a date alone names no source"),
            RuleExample("The mayor resigned.[^1]\n\n[^1]: According to sources close to the mayor.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("The council met.[^1]\n\n[^1]: Riverton Ledger, March 3, 2024.\n"),
            RuleExample("A.[^1] B.[^2]\n\n[^1]: https://riverton.example.org/minutes\n[^2]: Ibid.\n"),
            RuleExample("A.[^1]\n\n[^1]: See [this post](https://x.com/rivertoncity/status/1764352338294337890).\n"),
            RuleExample(
                "The siege lasted a year.[^1] It ended in spring.[^2]\n\n[^1]: Jane Doe, The Long Siege (Penguin Press, 2016), 88.\n[^2]: Doe, 91.\n",
                comment: "a Chicago book note and its short form"),
            RuleExample("Troops moved.[^1]\n\n[^1]: Interfax, March 5, 2022.\n", comment: "a named outlet without a URL"),
            RuleExample(
                "The channel posted the video.[^1]\n\n[^1]: Telegram, Sabereen_news/10234\n",
                comment: "a Telegram post written as platform, channel and post id"),
            RuleExample(
                "The file was archived.[^1]\n\n[^1]: I use 'archived' here in the librarian's sense.\n",
                comment: "an explanatory note cites nothing and claims no source"),
            RuleExample(
                "NASA posted.[^1]\n\n[^1]: @nasa (12 Feb 2019). \"Title of the post\" (Tweet). Retrieved 2019-03-01 – via Twitter.\n",
                comment: "Wikipedia's rendered CS1 citation"),
            RuleExample(
                "Output rose.[^1]\n\n[^1]: Campbell, J. L., & Pedersen, O. K. (2007). The varieties of capitalism and hybrid success. Comparative Political Studies, 40(3), 307–332.\n",
                comment: "APA 7"),
            RuleExample(
                "The lake froze.[^1] The ice held.[^2]\n\n[^1]: Harrow & Lund 2003, p. 41.\n[^2]: Mein Smith 2005, pp. 6–8.\n",
                comment: "Harvard author-date short forms (the full works are in the bibliography)"),
            RuleExample(
                "The manifesto set out ten principles.[^1]\n\n[^1]: “The Mozilla Manifesto”. Retrieved 24 July 2015.\n",
                comment: "a quoted title names a work, though its link was lost"),
            RuleExample(
                "Toxic items differ.[^1]\n\n[^1]: Sources vary on which of these are considered the most significant toxic item.\n",
                comment: "a longer explanatory note uses \"sources\" as an ordinary word"),
            RuleExample(
                "The figures overlap.[^1]\n\n[^1]: Figures add to more than 100% as people could choose more than one group.\n",
                comment: "an explanatory note: a word ending in p before a period is not a page"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        document.definitions.compactMap { def in
            guard !def.citations.contains(where: Self.namesSource), !Self.hasQuotedTitle(def.text),
                def.text.trimmingCharacters(in: " \n").wholeMatch(of: Self.authorDateShortForm) == nil,
                let why = Self.readsAsCitation(def)
            else { return nil }
            return finding(
                "note [\(def.label)] names no source: \"\(def.text.prefix(80))\" (\(why))", context: context,
                footnote: def.label, location: def.location, subject: "nosrc:\(def.text.prefix(80))")
        }
    }

    static func namesSource(_ c: Citation) -> Bool {
        c.source != nil || c.ibidOf != nil || !c.urls.isEmpty || (c.reference?.isIdentifiable ?? false)
    }

    /// A Harvard author-date short form, `King 2003, p. 41.` or `Hay, Maclagan & Gordon 2008, pp. 14–16.`:
    /// authors and a year name the work listed in the bibliography.
    nonisolated(unsafe) static let authorDateShortForm = try! Regex(
        #"^\p{Lu}[\p{L}'’.-]*(?:[ ,]+(?:&|and|\p{Lu}[\p{L}'’.-]*))*,? \(?\d{4}[a-z]?\)?(?:[,:] ?(?:pp?\.|chapter|ch\.)?\s*[\dxivlc]+(?:[–-]\d+)?)?\.?$"#)

    /// Words with which a note vouches for a claim ("reported", "according to") rather than explains.
    static let citationCues = [
        "reported", "reports", "according to", "sources", "source:", "a source", "cited", "quoted", "told ", "said",
        "stated", "confirmed", "claimed", "announced", "widely known", "well known", "well-known", "known among", "known to", " knew", "witnesses", "officials",
        "records show", "documents show",
        "common knowledge", "interview", "statement", "press release", "article", "tweet", "footage", "accessed",
        "retrieved", "published", "wrote", " p.", " pp.", "n.d.", "ibid", "op. cit",
    ]

    /// Cues that are ordinary words in a longer explanatory note.
    static let weakCues: Set<String> = [
        "reported", "reports", "sources", "statement", "article", "interview", "published", "wrote", "cited", "quoted",
        "footage", "tweet", "said", "stated", "claimed", "announced", "confirmed", "officials", "witnesses",
    ]

    /// A quoted title of two words or more (`“The Mozilla Manifesto”. Retrieved 24 July 2015.`) names
    /// a work a reader can search for, though its link was lost (plain text keeps no link targets).
    static func hasQuotedTitle(_ text: String) -> Bool {
        for (open, close) in [("“", "”"), ("\"", "\"")] {
            guard let start = text.range(of: open),
                let end = text.range(of: close, range: start.upperBound..<text.endIndex)
            else { continue }
            let title = text[start.upperBound..<end.lowerBound]
            if title.split(separator: " ").count >= 2, title.count >= 8 { return true }
        }
        return false
    }

    /// Why the note reads as a citation, or nil for an explanatory aside (prose that claims no source).
    static func readsAsCitation(_ def: FootnoteDefinition) -> String? {
        if let signal = def.citations.first?.signal { return "it cites with \"\(signal)\" but names nothing a reader could find" }
        let lower = " " + String(def.text.lowercased().filter { !"\"“”‘’'".contains($0) })
        let words = def.text.split(separator: " ").count
        // A longer note of prose ("Sources vary on which of these are considered …", "In 2015, 55% of
        // adults reported knowledge of …") uses these words as ordinary words: only a cue that
        // vouches for a claim by itself counts there.
        let cues = words > 12 ? citationCues.filter { !weakCues.contains($0) } : citationCues
        if let cue = cues.first(where: { lower.containsBytes($0) }) {
            return "it says \"\(cue.trimmingCharacters(in: " :"))\" but names no author, title, outlet, publisher, URL or handle"
        }
        if words <= 8, def.remarks.contains(where: { !$0.dates.isEmpty }) || def.citations.contains(where: { $0.date != nil }) {
            return "it gives a date but no author, title, outlet, publisher, URL or handle"
        }
        if def.text.trimmingCharacters(in: " .").isEmpty { return "the note is empty" }
        return nil
    }
}
