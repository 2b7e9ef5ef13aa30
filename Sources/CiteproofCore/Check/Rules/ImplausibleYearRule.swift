/// A year in a reference that cannot be: three digits where the publisher line gives the year
/// (`Yale University Press, 199`), or a work dated years after the draft that cites it.
public struct ImplausibleYearRule: Rule {
    public static let description = RuleDescription(
        id: "implausible-year",
        name: "Year that cannot be",
        summary: "A year in a reference cannot be right: three digits in a publisher line (`Yale University Press, 199`), a work or access dated years after the draft, or a web page accessed before the web.",
        rationale: """
            A year cut short when a note was edited (`199` for `1998`), a date years after the draft that cites it, \
            or a URL accessed before 1991 is a typo, not an old or a future source. The draft's own publication \
            date is the limit; a citation's own date after it by less than that is `date-after-publication`'s \
            to report.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [
            RuleExample(
                """
                The argument is old.[^1]

                [^1]: John L. Campbell, *Institutional Change and Globalization* (Princeton: Yale University Press, 199), 12.

                """, published: "2021-04-04"),
            RuleExample(
                """
                The figures were revised.[^1]

                [^1]: "Flood volunteers," Wikipedia, accessed March 14, 2091, https://en.wikipedia.org/wiki/Flood_volunteers.

                """, published: "2019-04-02", comment: "accessed seventy years after the draft"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                The argument is old.[^1]

                [^1]: John L. Campbell, *Institutional Change and Globalization* (Princeton: Yale University Press, 1998), 199.

                """, published: "2021-04-04", comment: "199 is the page"),
            RuleExample(
                """
                The figures were revised.[^1]

                [^1]: "Flood volunteers," Wikipedia, accessed March 14, 2019, https://en.wikipedia.org/wiki/Flood_volunteers.

                """, published: "2019-04-02"),
        ])

    /// A publisher's name, then a number of three digits where its year stands.
    nonisolated(unsafe) static let truncatedPublisherYear = try! Regex(
        #"(?:Press|Publishers?|Publishing|Books|Verlag|[ÉE]ditions|University|Institute|Company|Inc\.|Ltd\.?|UP)\s*,\s*([12]\d{2})(?=\s*(?:[);]|\.?\s*$))"#)

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        // A cut-short year leaves a note the extractor reads as a remark: the publisher line is looked for in both.
        for definition in document.definitions {
            for remark in definition.remarks {
                if let digits = Self.truncatedYear(in: remark.text) {
                    findings.append(truncatedFinding(digits, note: definition.label, text: remark.text, location: remark.location ?? definition.location, context: context))
                }
            }
        }
        for item in document.datedCitations {
            guard let reference = item.citation.reference, reference.form == .full else { continue }
            let note = item.footnote.map { "note [\($0)]" } ?? "the credit"
            let evidence = [Evidence(kind: "citation", text: item.quoted, footnote: item.footnote, location: item.citation.location)]
            if let digits = Self.truncatedYear(in: item.citation.text), let label = item.footnote {
                findings.append(truncatedFinding(digits, note: label, text: item.citation.text, location: item.citation.location ?? item.location, context: context))
                continue
            }
            if let published = document.publicationDate?.value {
                // The citation's own date after publication is date-after-publication's.
                let dates = [("issued", reference.issued), ("accessed", reference.accessed)].compactMap { role, date in
                    date.map { (role, $0) }
                }
                if let (role, date) = dates.first(where: { $0.1.value.year >= published.year + 2 && !Self.isCitationDate($0.1, of: item.citation) }) {
                    findings.append(finding(
                        "\(note) says the work was \(role) \"\(date.text)\", \(date.value.year - published.year) years after the draft's "
                            + "publication date (\(published.longDescription))",
                        context: context, footnote: item.footnote, location: item.citation.location ?? item.location,
                        evidence: evidence, subject: "year:" + item.citation.text))
                    continue
                }
            }
            if let accessed = reference.accessed, accessed.value.year < 1991, !(reference.urls + item.citation.urls).isEmpty {
                findings.append(finding(
                    "\(note) says a web address was accessed \"\(accessed.text)\", before the web existed (1991)",
                    context: context, footnote: item.footnote, location: item.citation.location ?? item.location,
                    evidence: evidence, subject: "year:" + item.citation.text))
            }
        }
        return findings
    }

    static func truncatedYear(in text: String) -> String? {
        guard hasCommaThenThreeDigits(text) else { return nil }
        return text.firstMatch(of: truncatedPublisherYear).flatMap { $0.output[1].substring.map(String.init) }
    }

    /// A necessary condition of `truncatedPublisherYear`, checked on bytes first: a comma, spaces,
    /// then exactly three digits starting with 1 or 2 (the pattern was a sixth of a check when run on
    /// every citation).
    static func hasCommaThenThreeDigits(_ text: String) -> Bool {
        // Scalars, not bytes: `\d` and `\s` are Unicode's (an Arabic-Indic ٩ is a digit).
        guard text.utf8.contains(UInt8(ascii: ",")) else { return false }
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        func isDigit(_ k: Int) -> Bool { k < n && scalars[k].properties.generalCategory == .decimalNumber }
        for i in 0..<n where scalars[i] == "," {
            var j = i + 1
            while j < n, scalars[j].properties.isWhitespace { j += 1 }
            if j < n, scalars[j] == "1" || scalars[j] == "2", isDigit(j + 1), isDigit(j + 2), !isDigit(j + 3) {
                return true
            }
        }
        return false
    }

    private func truncatedFinding(_ digits: String, note: String, text: String, location: SourceLocation?, context: CheckContext) -> Finding {
        finding(
            "note [\(note)] gives the year of its publisher line as \"\(digits)\": three digits, a year cut short",
            context: context, footnote: note, location: location,
            evidence: [Evidence(kind: "citation", text: "[\(note)] \(text)", footnote: note, location: location)],
            subject: "year:" + text)
    }

    /// Whether the reference date is the citation's own date (which date-after-publication checks).
    static func isCitationDate(_ date: ReferenceDate, of citation: Citation) -> Bool {
        guard let own = citation.date, own.role == .citation, let value = own.value else { return false }
        return value.year == date.value.year
    }
}
