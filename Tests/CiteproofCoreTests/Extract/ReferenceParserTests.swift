import Testing
@testable import CiteproofCore

/// `ReferenceParser` on the shapes the issue names, and the pipeline on them.
@Suite struct ReferenceParserTests {
    let parser = ReferenceParser()

    @Test func chicagoBookNote() {
        let r = parser.parse("Jane Doe, The Long Siege (Penguin Press, 2016), 88.")
        #expect(r.kind == .book)
        #expect(r.authors == ["Jane Doe"])
        #expect(r.title == "The Long Siege")
        #expect(r.publisher == "Penguin Press")
        #expect(r.issued?.description == "2016")
        #expect(r.locator == "88")
    }

    /// Harvard author-date short forms name their authors and year (the work is in the bibliography).
    @Test(arguments: [
        ("Cooper (1998), pp. 20-22.", ["Cooper"], "1998", "20-22"),
        ("King 2003, p. 41.", ["King"], "2003", "41"),
        ("Harrow & Lund 2003: 12", ["Harrow", "Lund"], "2003", "12"),
        ("Mein Smith 2005, pp. 6–8.", ["Mein Smith"], "2005", "6–8"),
        ("Hay, Maclagan and Gordon (2008)", ["Hay", "Maclagan", "Gordon"], "2008", nil),
        ("Doe et al. 2015, p. 3.", ["Doe"], "2015", "3"),
    ] as [(String, [String], String, String?)])
    func harvardShortForm(text: String, authors: [String], year: String, locator: String?) {
        let r = parser.parse(text)
        #expect(r.form == .short, "\(r)")
        #expect(r.authors == authors)
        #expect(r.issued?.description == year)
        #expect(r.locator == locator)
    }

    @Test func notHarvardShortForms() {
        // A full date, a title, a place and publisher: not a short form of this shape.
        #expect(parser.parse("Interfax, March 5, 2022.").form == .full)
        #expect(parser.parse("Jane Doe, The Long Siege (Penguin Press, 2016), 88.").form == .full)
        #expect(ReferenceParser.harvardShortForm("the report of 2003, p. 4.") == nil)
    }

    @Test func chicagoShortFormAndIbid() {
        let short = parser.parse("Doe, 91.")
        #expect(short.form == .short)
        #expect(short.authors == ["Doe"])
        #expect(short.locator == "91")
        let ibid = parser.parse("Ibid., 92.")
        #expect(ibid.form == .ibid)
        #expect(ibid.locator == "92")
        let resolved = ReferenceResolver.resolve([
            ("1", parser.parse("Jane Doe, The Long Siege (Penguin Press, 2016), 88.")),
            ("2", parser.parse("Interfax, March 5, 2022.")), ("3", short), ("4", ibid),
        ])
        #expect(resolved[2].repeats == "1")
        #expect(resolved[3].repeats == "1")
        #expect(resolved[3].resolvedKind == .book)
    }

    @Test func namedOutletWithDate() {
        let r = parser.parse("Interfax, March 5, 2022.")
        #expect(r.container == "Interfax")
        #expect(r.issued?.description == "2022-03-05")
        #expect(r.isIdentifiable)
    }

    @Test func telegramPostWithoutURL() {
        let r = parser.parse("Telegram, Sabereen_news/10234")
        #expect(r.kind == .socialPost)
        #expect(r.postID == "Sabereen_news/10234")
        #expect(CitationExtractor.sourceName(r) == "t.me/Sabereen_news/10234")
    }

    @Test func wikipediaCS1Tweet() {
        let r = parser.parse("@nasa (12 Feb 2019). \"Title of the post\" (Tweet). Retrieved 2019-03-01 – via Twitter.")
        #expect(r.kind == .socialPost)
        #expect(r.authors == ["@nasa"])
        #expect(r.title == "Title of the post")
        #expect(r.issued?.description == "2019-02-12")
        #expect(r.accessed?.description == "2019-03-01")
    }

    @Test func apaJournalArticle() {
        let r = parser.parse(
            "Campbell, J. L., & Pedersen, O. K. (2007). The varieties of capitalism and hybrid success. Comparative Political Studies, 40(3), 307–332. https://doi.org/10.1177/0010414006286542")
        #expect(r.kind == .journalArticle)
        #expect(r.authors == ["Campbell, J. L", "Pedersen, O. K"])
        #expect(r.title == "The varieties of capitalism and hybrid success")
        #expect(r.container == "Comparative Political Studies")
        #expect(r.issued?.description == "2007")
        #expect(r.doi == "10.1177/0010414006286542")
    }

    @Test func mlaArticle() {
        let r = parser.parse(
            "Campbell, John L., and Ove K. Pedersen. “The Varieties of Capitalism and Hybrid Success.” Comparative Political Studies, vol. 40, no. 3, 2007, pp. 307–32.")
        #expect(r.kind == .journalArticle)
        #expect(r.authors.count == 2)
        #expect(r.title == "The Varieties of Capitalism and Hybrid Success")
        #expect(r.container == "Comparative Political Studies")
        #expect(r.issued?.description == "2007")
    }

    @Test(arguments: [
        "I use 'archived' here in the librarian's sense.",
        "This subsection describes how the estimates were built and why the older figures are not comparable with the new ones.",
        "He said “we will win,” and the crowd cheered.",
    ])
    func explanatoryNotesAreNotReferences(text: String) {
        let r = parser.parse(text)
        #expect(!r.isIdentifiable)
    }

    @Test func pipelineResolvesShortFormsAndKeepsCS1Dates() throws {
        let document = try TestData.read(
            text: """
                A.[^1] B.[^2] C.[^3]

                [^1]: Jane Doe, The Long Siege (Penguin Press, 2016), 88.
                [^2]: Doe, 91.
                [^3]: @nasa (12 Feb 2019). "Title of the post" (Tweet). Retrieved 2019-03-01 – via Twitter.
                """, format: .markdown, path: "draft.md")
        let two = try #require(document.definitions.first { $0.label == "2" }?.citations.first)
        #expect(two.reference?.repeats == "1")
        #expect(two.source?.raw == "Jane Doe, The Long Siege")
        let three = try #require(document.definitions.first { $0.label == "3" }?.citations.first)
        #expect(three.date?.value == CalendarDate(iso: "2019-02-12"))
        let checked = Citeproof.check(document)
        #expect(!checked.findings.contains { $0.rule == "missing-source" || $0.rule == "missing-date" })
    }
}
