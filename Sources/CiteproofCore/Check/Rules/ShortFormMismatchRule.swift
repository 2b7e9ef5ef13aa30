/// A short form that repeats nothing, or whose year is not its full citation's: `Doe, 2015.` when
/// the only Doe work cited is dated November 30, 2014.
public struct ShortFormMismatchRule: Rule {
    public static let description = RuleDescription(
        id: "short-form-mismatch",
        name: "Short form without its full citation",
        summary: "A short-form note (`Doe, 91.`) has no earlier full citation of that author or title, or gives a year that no earlier work by that author has.",
        rationale: """
            A short form only points: the reader finds the work in the first, full citation. When no earlier \
            note cites a work by that author (the full note was cut, moved below, or names someone else), the \
            short form leads nowhere; when it gives a year none of the author's works cited earlier has \
            (`Doe, 2015.` after a Doe work of November 30, 2014), either the year or the work is wrong.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(
                """
                The siege lasted a year.[^1] It ended in spring.[^2]

                [^1]: Jane Doe, *The Long Siege* (New York: Penguin Press, 2016), 88.
                [^2]: Roe, 91.

                """, published: "2021-04-04", comment: "no earlier work by Roe"),
            RuleExample(
                """
                The memo was leaked.[^1] Its author denied it.[^2]

                [^1]: Jane Doe, "The Memo," *Harbour Herald*, November 30, 2014.
                [^2]: Doe, 2015.

                """, published: "2021-04-04", comment: "the year is not the full citation's"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                The siege lasted a year.[^1] It ended in spring.[^2]

                [^1]: Jane Doe, *The Long Siege* (New York: Penguin Press, 2016), 88.
                [^2]: Doe, 91.

                """, published: "2021-04-04"),
            RuleExample(
                """
                The memo was leaked.[^1] Its author denied it.[^2]

                [^1]: Jane Doe, "The Memo," *Harbour Herald*, November 30, 2014.
                [^2]: Doe, 2014.

                """, published: "2021-04-04"),
            RuleExample(
                """
                The siege lasted a year.[^1]

                [^1]: Interfax, March 5, 2022.

                """, published: "2022-04-04", comment: "a named outlet with a date is a full citation"),
            RuleExample(
                """
                An API is a way for two programs to talk.[^1]

                [^1]: Credit: @harbour451

                """, published: "2022-04-04", comment: "a credit to an account names its source; it repeats no work"),
            RuleExample(
                """
                Tolls rose in the Baltic [1].

                ## References

                1. Roe J, Doe A (2006) Harbour tolls in the Baltic ports. Maritime History (Oxford, England) 22: 297–298.

                """, published: "2022-04-04", comment: "the journal sentence continues the full reference before it in the same note"),
            RuleExample(
                """
                The siege lasted a year.[^1]

                [^1]: Roe J (1998) The long siege. New York: Harbour Press. pp. 341.

                """, published: "2022-04-04", comment: "place, publisher and pages continue the full reference"),
            RuleExample(
                """
                The lake froze early.[^1]

                [^1]: Harrow, Lund & Berg 2008, p. 72.

                ## Bibliography

                - Harrow, Edith; Lund, Per; Berg, Ann (2008). *The Frozen Lakes of Northfield*. Northfield University Press.

                """, published: "2021-04-04", comment: "a Harvard short form and its entry in the bibliography"),
            RuleExample(
                """
                The review was mixed.[^1]

                [^1]: Kirk, ["Vandits: a heist film"](https://original-cin.example/vandits).

                """, published: "2023-01-04", comment: "a note with its own link is found by it"),
            RuleExample(
                """
                The war ended.[^1] Credit was disputed.[^2]

                [^1]: Hayes, Derek (1999). *Historical Atlas of the Northwest*. Sasquatch Books.
                [^2]: Hayes, 2009

                ## Further reading

                - Hayes, Nick (November 6, 2009). "Looking back 20 years: Who ended the Cold War?". *MinnPost*.

                """, published: "2019-10-22", comment: "another Hayes, of 2009, is in the bibliography"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        let lines = DraftLines(document.source.string)
        // The full references cited so far, in note order.
        var fulls: [(item: DatedCitation, reference: Reference)] = []
        // Notes that already cite a titled work in full: a later sentence of the same note that reads
        // like a short form (`Bioinformatics (Oxford, England) 22: 2971–2972.`, `New York: Noonday
        // Press. pp. 341.`) is the rest of that reference, as numbered reference lists write it.
        var notesWithFullReference: Set<String> = []
        for item in document.datedCitations where item.footnote != nil {
            guard let reference = item.citation.reference else { continue }
            let note = "note [\(item.footnote!)]"
            if reference.form == .short, notesWithFullReference.contains(item.footnote!) { continue }
            if reference.form == .full, reference.title != nil { notesWithFullReference.insert(item.footnote!) }
            if reference.form == .short {
                if reference.repeats != nil, let year = reference.issued, year.precision == .year,
                    let mismatch = yearMismatch(item, reference, year, fulls: fulls, lines: lines, context: context)
                {
                    findings.append(mismatch)
                } else if reference.repeats == nil, let name = reference.authors.first, !Self.hasFullDate(item.citation),
                    !Self.readsAsFullReference(reference), item.citation.text.firstMatch(of: Self.datedTitle) == nil,
                    // A short form opens its note; a later piece (`… Report. Calcutta, 1872, p. 15.`)
                    // continues what the note cited before it.
                    item.definition.map { $0.text.trimmingCharacters(in: .whitespaces).hasPrefix(item.citation.text.prefix(12)) } ?? true,
                    !Self.citesPlatformSource(item.citation),
                    item.citation.urls.isEmpty,
                    !Self.listedElsewhere(name, year: reference.issued?.value.year, lines: lines, except: item.citation.location?.line)
                {
                    findings.append(finding(
                        "\(note) is a short form (\(Self.trimmed(item.citation.text))), but no earlier note gives the full citation "
                            + "of a work by \(name)",
                        context: context, footnote: item.footnote, location: item.citation.location ?? item.location,
                        evidence: [Evidence(kind: "citation", text: item.quoted, footnote: item.footnote, location: item.citation.location)],
                        suggestion: "give the full citation in the first note that cites the work", subject: item.citation.text))
                }
                continue
            }
            guard reference.form == .full else { continue }
            // An author and a year alone (`Doe, 2015.`) read as a full reference is a short form too.
            if let year = Self.authorYear(reference), let author = reference.authors.first, !Self.byAuthor(author, fulls).isEmpty {
                if let mismatch = yearMismatch(item, reference, year, fulls: fulls, lines: lines, context: context) { findings.append(mismatch) }
                continue
            }
            fulls.append((item, reference))
        }
        return findings
    }

    /// Whether a longer line elsewhere in the draft — a bibliography entry (`King, Michael (2003). The
    /// Penguin History of New Zealand.`), a full note below — names the short form's author (and its
    /// year, when it gives one): Harvard short forms (`King 2003, p. 41.`) point there, not to a note.
    static func listedElsewhere(_ author: String, year: Int?, lines: DraftLines, except line: Int?) -> Bool {
        let family = ReferenceResolver.familyName(author)
        guard family.count >= 2 else { return false }
        let yearText = year.map(String.init)
        for index in lines.indices(containing: family, minimumLength: family.count + 30) where index + 1 != line {
            let text = lines[index]
            // A wrapped entry (HTML and plain text break long lines) may give the year on the next line.
            if let yearText, !text.contains(yearText),
                !(index + 1 < lines.count && index + 2 != line && lines[index + 1].contains(yearText))
            {
                continue
            }
            return true
        }
        return false
    }

    static func byAuthor(_ author: String, _ fulls: [(item: DatedCitation, reference: Reference)]) -> [(item: DatedCitation, reference: Reference)] {
        let family = ReferenceResolver.familyName(author).lowercased()
        return fulls.filter { $0.reference.authors.contains { ReferenceResolver.familyName($0).lowercased() == family } }
    }

    /// A finding when every earlier work by the short form's author is dated, and none in its year.
    private func yearMismatch(
        _ item: DatedCitation, _ reference: Reference, _ year: ReferenceDate, fulls: [(item: DatedCitation, reference: Reference)],
        lines: DraftLines, context: CheckContext
    ) -> Finding? {
        guard let author = reference.authors.first,
            !Self.listedElsewhere(author, year: year.value.year, lines: lines, except: item.citation.location?.line)
        else { return nil }
        let works = Self.byAuthor(author, fulls)
        let dated = works.compactMap { full in full.reference.issued.map { (full, $0) } }
        guard !works.isEmpty, dated.count == works.count, !dated.contains(where: { $0.1.value.year == year.value.year }) else { return nil }
        let family = ReferenceResolver.familyName(author)
        let list = dated.map { "note [\($0.0.item.footnote ?? "")] (\($0.1.text))" }.joined(separator: ", ")
        let only = dated.count == 1 ? "the only" : "every"
        return finding(
            "note [\(item.footnote ?? "")] cites \(Self.trimmed(item.citation.text)), but \(only) \(family) work cited earlier is dated "
                + "otherwise: \(list)",
            context: context, footnote: item.footnote, location: item.citation.location ?? item.location,
            evidence: [Evidence(kind: "citation", text: item.quoted, footnote: item.footnote, location: item.citation.location)]
                + dated.map { Evidence(kind: "full-citation", text: $0.0.item.quoted, footnote: $0.0.item.footnote, location: $0.0.item.citation.location) },
            suggestion: dated.count == 1 ? "\(family), \(dated[0].1.value.year)" : nil,
            subject: item.citation.text)
    }

    /// An author-and-year short form read as a full reference (`Doe, 2015.`): an author and a year,
    /// and nothing else that names a work.
    static func authorYear(_ r: Reference) -> ReferenceDate? {
        guard !r.authors.isEmpty, r.title == nil, r.container == nil, r.publisher == nil, r.urls.isEmpty, r.doi == nil,
            r.isbn == nil, r.postID == nil, let issued = r.issued, issued.precision == .year
        else { return nil }
        return issued
    }

    /// A note dated to the month or day (`Marlow Ledger, "Title," May 28, 2024.`) cites a work in
    /// full even when its shape is a short form's.
    /// What a short form never has: a month or day in its date (`Crawford, Scott (January 1999).`),
    /// three or more authors, or a title of eight words or more — the parser read a full reference
    /// as a short one.
    /// `Crawford, Scott (January 1999). "Rugby and …"`: a date in parentheses, then a quoted title — an
    /// author-date full reference (CS1, APA), never a short form.
    nonisolated(unsafe) static let datedTitle = try! Regex(#"\([^()]{0,20}\d{4}[a-z]?\)\.\s*["“]"#)

    static func readsAsFullReference(_ reference: Reference) -> Bool {
        if let issued = reference.issued, issued.precision != .year { return true }
        if reference.authors.count >= 3 { return true }
        return (reference.title?.split(separator: " ").count ?? 0) >= 8
    }

    static func hasFullDate(_ citation: Citation) -> Bool {
        guard let date = citation.date else { return false }
        return date.precision != .year
    }

    /// A note naming a platform account, channel or post (`Credit: @harbour451`) identifies its
    /// source by itself; a bibliographic short form (`Doe, 91.`) never carries a handle.
    static func citesPlatformSource(_ citation: Citation) -> Bool {
        citation.source?.identity?.platform != nil
    }

    static func trimmed(_ text: String) -> String {
        var t = Substring(text)
        while let last = t.last, last == " " || last == "." || last == "\n" { t = t.dropLast() }
        return "\"\(t)\""
    }
}
