import Testing
@testable import CiteproofCore

/// The kind cues of `ReferenceParser` (issue 12, part 3), each on an invented reference.
@Suite struct ReferenceKindTests {
    let parser = ReferenceParser()

    @Test func genreWordsInsideTheTitleDoNotCount() {
        // “Interview” and “Post” are the title's words, not the work's genre.
        let r = parser.parse("Mara Ilves, “An Interview with the Harbour Pilots,” Tallinn Review, accessed May 2, 2021, https://example.org/pilots.")
        #expect(r.kind == .webPage)
        let p = parser.parse("Ode Brand, “Post-Industrial Towns of the Ruhr,” Ruhr Notes, 2019, https://example.org/ruhr.")
        #expect(p.kind == .webPage)
    }

    @Test func forumOrBlogAddressMakesAPost() {
        let r = parser.parse("Kettle Club, “Spring Meeting Minutes,” March 3, 2022, https://example.net/forum/index.php?topic=88.")
        #expect(r.kind == .socialPost)
    }

    @Test func conferencePaperInProceedings() {
        let r = parser.parse(
            "Ana Torres and Li Wen, “Sparse Tables for Fast Joins,” in Proceedings of the Workshop on Data Layouts (ACM, 2018), 44, https://doi.org/10.1145/0000000.")
        #expect(r.kind == .conferencePaper)
        #expect(r.container == "Proceedings of the Workshop on Data Layouts")
    }

    @Test func journalNamedProceedingsWithAVolumeIsAJournal() {
        let r = parser.parse("Ruth Amsel, “Lichens of Dry Walls,” Proceedings of the Botanical Society 12, no. 4 (1999): 201.")
        #expect(r.kind == .journalArticle)
    }

    @Test func periodicalCitedAtAPageIsAMagazineOrANewspaper() {
        // A web page has no pages: a quoted title in a named outlet, cited at a page, is a printed article.
        let magazine = parser.parse("Pia Holm, “Roofs That Drink Rain,” Garden Quarterly, 2015, 57, https://example.dk/roofs.")
        #expect(magazine.kind == .magazineArticle)
        let daily = parser.parse("Pia Holm, “Roofs That Drink Rain,” Aarhus Evening, June 3, 2015, 12.")
        #expect(daily.kind == .newsArticle)
        let web = parser.parse("Pia Holm, “Roofs That Drink Rain,” Garden Quarterly, 2015, https://example.dk/roofs.")
        #expect(web.kind == .webPage)
    }

    @Test func undatedPageOfANewspaperSiteIsAWebPage() {
        let r = parser.parse("“Harbour Tolls Explained,” Baltic Times, accessed June 1, 2020, https://example.ee/tolls.")
        #expect(r.kind == .webPage)
    }

    @Test func issuerDecidesThesisOrReport() {
        let thesis = parser.parse("Jon Okafor, “Ice Lenses in Silty Soils” (University of Tromsø, 2004), 18.")
        #expect(thesis.kind == .thesis)
        let report = parser.parse("Jon Okafor, “Ice Lenses in Silty Soils” (Department of Civil Engineering, University of Tromsø, 2004), 18.")
        #expect(report.kind == .report)
        let book = parser.parse("Jon Okafor, Ice Lenses in Silty Soils (Oslo: Tromsø University Press, 2004), 18.")
        #expect(book.kind == .book)
        let mla = parser.parse("Okafor, Jon. Ice Lenses in Silty Soils. University of Tromsø, 2004.")
        #expect(mla.kind == .thesis)
        #expect(mla.publisher == "University of Tromsø")
    }

    @Test func thesisWordsInOtherLanguages() {
        let r = parser.parse("Rui Matos, “A Casa e o Rio” (Tese de Doutoramento, Universidade do Porto, 2011), 40.")
        #expect(r.kind == .thesis)
    }

    @Test func reportCues() {
        let r = parser.parse("Nordlys AB. (2024). RX-200 radio module datasheet (Datasheet RX-200). Nordlys AB.")
        #expect(r.kind == .report)
        #expect(r.title == "RX-200 radio module datasheet")
    }

    @Test func patentIsNotAWebPage() {
        let r = parser.parse("K. Lund, Folding Ladder Hinge, US Patent 9,999,999, issued 2019, https://example.com/patents/9999999.")
        #expect(r.kind == .other)
    }

    @Test func caseNamesNeedALowercaseVersus() {
        let chapter = parser.parse(
            "Ito, K. (2010). Salt roads. In V. Marsh & P. Quill (Eds.), Trade before the railway (pp. 10–31). Harbour Press.")
        #expect(chapter.kind == .chapter)
        let legal = parser.parse("Marsh v. Quill, 512 F.3d 101 (2d Cir. 2008).")
        #expect(legal.kind == .legal)
        // `Act` is a word; `active` is not.
        let paper = parser.parse("Tomas Berg, “Active Damping of Tall Masts,” Structures Letters 3, no. 2 (2012): 9.")
        #expect(paper.kind == .journalArticle)
        let act = parser.parse("“Clean Harbours Act” (2011), https://example.gov/harbours.")
        #expect(act.kind == .legal)
    }

    @Test func journalVolumeAndPagesWithoutIssue() {
        let r = parser.parse("Okoro, T., and Lam, S. (2009). Seed dispersal by fruit bats. Tropical Ecology 41, 233–240.")
        #expect(r.kind == .journalArticle)
    }

    @Test func yearAfterAQuotedTitleDatesAFullReference() {
        let r = parser.parse("[4] Berg, T., “Masts in the Wind,” 1987.")
        #expect(r.form == .full)
        #expect(r.issued?.description == "1987")
        #expect(r.title == "Masts in the Wind")
    }

    @Test func datedEntryWithSentenceCaseTitleIsNotProse() {
        let r = parser.parse("[9] Ada Lind and Per Moe. On the smoothing of noisy series with short windows and missing values. Preprint, 2016.")
        #expect(r.isIdentifiable)
        #expect(r.authors == ["Ada Lind", "Per Moe"])
    }
}

/// The field cues of `ReferenceParser` for APA, MLA and edited books.
@Suite struct ReferenceFieldTests {
    let parser = ReferenceParser()

    @Test func apaDescriptorAfterTheTitleIsDropped() {
        let thesis = parser.parse("Vale, R. (2019). Tidal mixing in narrow fjords [Doctoral dissertation, University of Bergen].")
        #expect(thesis.title == "Tidal mixing in narrow fjords")
        #expect(thesis.kind == .thesis)
        let edition = parser.parse("Vale, R. (2019). Tidal mixing (3rd ed.). Fjord Books.")
        #expect(edition.title == "Tidal mixing")
        let yearInTitle = parser.parse("Vale, R. (2019). Storm surge atlas (1953). Fjord Books.")
        #expect(yearInTitle.title == "Storm surge atlas (1953)")
    }

    @Test func apaEntryWithoutAuthorStartsWithTheTitle() {
        let r = parser.parse("Ferry timetables of the outer islands. (n.d.). Island Gazette. Retrieved May 1, 2020, from https://example.org/ferries")
        #expect(r.authors.isEmpty)
        #expect(r.title == "Ferry timetables of the outer islands")
        #expect(r.container == "Island Gazette")
    }

    @Test func apaEditedBook() {
        let r = parser.parse("Marsh, V., & Quill, P. (Eds.). (2010). Trade before the railway. Harbour Press.")
        #expect(r.authors == ["Marsh, V", "Quill, P"])
        #expect(r.title == "Trade before the railway")
        #expect(r.issued?.description == "2010")
    }

    @Test func mlaEditorsAndInitials() {
        let edited = parser.parse("Marsh, Vera, and Paul Quill, editors. Trade before the Railway. Harbour Press, 2010.")
        #expect(edited.title == "Trade before the Railway")
        #expect(edited.publisher == "Harbour Press")
        let initials = parser.parse("Berg, T. K. Masts in the Wind. Coastal Engineering Laboratory, 1987.")
        #expect(initials.authors == ["Berg, T. K"])
        #expect(initials.title == "Masts in the Wind")
        #expect(initials.kind == .report)
    }

    @Test func mlaPublisherIsTheNameBeforeTheYear() {
        let r = parser.parse("Lind, Ada. The Quiet Orchard. Marlow & Finch, 2011.")
        #expect(r.publisher == "Marlow & Finch")
        #expect(r.container == nil)
        #expect(r.kind == .book)
    }

    @Test func chapterAfterEditorsInParentheses() {
        let r = parser.parse("Ito, Ken. “Salt Roads,” in V. Marsh and P. Quill (eds.), Trade before the Railway. London: Harbour Press, 2010, 10–31.")
        #expect(r.kind == .chapter)
        #expect(r.container == "Trade before the Railway")
    }

    @Test func apaChapterContainerFollowsTheEditors() {
        let r = parser.parse("Ito, K. (2010). Salt roads. In V. Marsh & P. Quill (Eds.), Trade before the railway (pp. 10–31). Harbour Press.")
        #expect(r.kind == .chapter)
        #expect(r.container == "Trade before the railway")
    }

    @Test func apaLastNameOfAYearDatedEntryIsItsPublisher() {
        let book = parser.parse("Lind, A. (2011). The quiet orchard. Marlow & Finch.")
        #expect(book.publisher == "Marlow & Finch")
        #expect(book.kind == .book)
        let journal = parser.parse("Lind, A. (2011). Orchard soils. Soil Letters, 4(2), 10–19.")
        #expect(journal.container == "Soil Letters")
        #expect(journal.kind == .journalArticle)
        let page = parser.parse("Lind, A. (2011, May 3). Orchard soils. Soil Blog. https://example.org/soils")
        #expect(page.container == "Soil Blog")
    }

    @Test func apaQuotationInsideATitle() {
        let r = parser.parse("Lind, A. (2011). Why “slow” orchards grow. Garden Notes.")
        #expect(r.title == "Why “slow” orchards grow")
    }

    @Test func authorDateEntry() {
        let r = parser.parse("Lind, Ada. 2011. The Quiet Orchard. London: Marlow & Finch.")
        #expect(r.authors == ["Lind, Ada"])
        #expect(r.title == "The Quiet Orchard")
        #expect(r.issued?.description == "2011")
    }

    @Test func bluebookCitationIsCutFromTheTitle() {
        let article = parser.parse("Ada Lind, Orchard soils and rain, 14 SOIL LETTERS 201, 205 (2011).")
        #expect(article.title == "Orchard soils and rain")
        #expect(article.container == "SOIL LETTERS")
        #expect(article.kind == .journalArticle)
        let chapter = parser.parse("Ada Lind, Orchard Soils, in GARDENS OF THE NORTH 33 (2011).")
        #expect(chapter.title == "Orchard Soils")
        #expect(chapter.container == "GARDENS OF THE NORTH")
        #expect(chapter.kind == .chapter)
        let legal = parser.parse("Marsh v. Quill, 512 F.3d 101, 104 (2d Cir. 2008).")
        #expect(legal.title == "Marsh v. Quill")
    }

    @Test func genreIsNotAContainer() {
        let r = parser.parse("[3] R. Vale, “Tidal mixing in narrow fjords,” Ph.D. dissertation, University of Bergen, 2019.")
        #expect(r.container == nil)
        #expect(r.kind == .thesis)
    }
}
