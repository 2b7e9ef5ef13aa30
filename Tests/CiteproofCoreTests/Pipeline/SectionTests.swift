import Testing
@testable import CiteproofCore

/// Sections come from the readers' own headings (cmark heading nodes, `h1`–`h6`, a plain-text
/// heading line), so every format groups notes the same way.
@Suite struct SectionTests {
    static let markdown = """
        # Slogans online

        April 4, 2021

        ## This week

        Many repeated the slogan.[^1] Others followed.[^2]

        ## Background

        A year before, the first posts appeared.[^3] More came.[^4]

        [^1]: Twitter.com/KM94310, April 3, 2021.
        [^2]: Twitter.com/ELNAZ16424879, April 3, 2021.
        [^3]: Twitter.com/mernashamari, March 3, 2020.
        [^4]: Twitter.com/other_user, March 4, 2020.

        """

    static let html = """
        <!DOCTYPE html><html><head><title>Slogans online</title></head><body>
        <h1>Slogans online</h1>
        <p>April 4, 2021</p>
        <h2>This week</h2>
        <p>Many repeated the slogan.<a href="#fn1" class="footnote-ref" id="fnref1"><sup>1</sup></a> Others followed.<a href="#fn2" class="footnote-ref" id="fnref2"><sup>2</sup></a></p>
        <h2>Background</h2>
        <p>A year before, the first posts appeared.<a href="#fn3" class="footnote-ref" id="fnref3"><sup>3</sup></a> More came.<a href="#fn4" class="footnote-ref" id="fnref4"><sup>4</sup></a></p>
        <section class="footnotes"><ol>
        <li id="fn1"><p>Twitter.com/KM94310, April 3, 2021.<a href="#fnref1" class="footnote-back">↩︎</a></p></li>
        <li id="fn2"><p>Twitter.com/ELNAZ16424879, April 3, 2021.<a href="#fnref2" class="footnote-back">↩︎</a></p></li>
        <li id="fn3"><p>Twitter.com/mernashamari, March 3, 2020.<a href="#fnref3" class="footnote-back">↩︎</a></p></li>
        <li id="fn4"><p>Twitter.com/other_user, March 4, 2020.<a href="#fnref4" class="footnote-back">↩︎</a></p></li>
        </ol></section></body></html>
        """

    static let text = """
        Slogans online

        April 4, 2021

        This week

        Many repeated the slogan.[1] Others followed.[2]

        Background

        A year before, the first posts appeared.[3] More came.[4]

        [1] Twitter.com/KM94310, April 3, 2021.
        [2] Twitter.com/ELNAZ16424879, April 3, 2021.
        [3] Twitter.com/mernashamari, March 3, 2020.
        [4] Twitter.com/other_user, March 4, 2020.

        """

    static let drafts: [(DocumentFormat, String)] = [(.markdown, markdown), (.html, html), (.text, text)]

    @Test(arguments: drafts.map(\.0))
    func headingsOpenSectionsAndNotesTakeTheirMarkersSection(_ format: DocumentFormat) throws {
        let draft = Self.drafts.first { $0.0 == format }!.1
        let document = try TestData.read(text: draft, format: format)
        let titles = document.sections.map(\.title)
        #expect(titles.suffix(2) == ["This week", "Background"], "\(titles)")
        let sectionOf = Dictionary(document.definitions.map { ($0.label, $0.citations.first?.section) }, uniquingKeysWith: { a, _ in a })
        #expect(sectionOf["1"] == sectionOf["2"])
        #expect(sectionOf["3"] == sectionOf["4"])
        #expect(sectionOf["1"] != sectionOf["3"])
        #expect(document.sections[sectionOf["1"]!!].title == "This week")
    }

    @Test(arguments: drafts.map(\.0))
    func aBackgroundSectionIsNoYearSlip(_ format: DocumentFormat) throws {
        let draft = Self.drafts.first { $0.0 == format }!.1
        let checked = Citeproof.check(try TestData.read(text: draft, format: format))
        #expect(!checked.findings.contains { $0.rule == "date-year-outlier" }, "\(checked.findings.map(\.message))")
    }

    @Test func headingLevelsAreTheReadersOwn() throws {
        let markdown = try TestData.read(text: Self.markdown, format: .markdown)
        #expect(markdown.sections.map(\.level) == [1, 2, 2])
        let html = try TestData.read(text: Self.html, format: .html)
        #expect(html.sections.map(\.level) == [1, 2, 2])
    }
}
