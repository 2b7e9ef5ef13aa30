import Testing
@testable import CiteproofCore

/// Zone labelling and text extraction from parsed HTML (libxml2).
@Suite struct PageTextTests {
    func words(_ page: PageText, _ zone: PageZone) -> String { page.words(in: zone).joined(separator: " ") }

    @Test func newsPageZones() {
        let page = PageText(html: Array("""
            <html lang="en-GB"><head><title>T</title><script>var x = "not text";</script>
            <meta name="description" content="A summary for search engines.">
            <script type="application/ld+json">{"@type":"NewsArticle","articleBody":"The whole story as data."}</script></head>
            <body><header><nav><a href="/">Home</a> <a href="/w">World</a></nav></header>
            <article><h1>Port reopens</h1><p>The port will reopen.</p><div class="share-tools">Share this</div></article>
            <div id="comments"><p>What a scandal.</p></div><footer>© Herald</footer></body></html>
            """.utf8))
        #expect(words(page, .article) == "Port reopens The port will reopen")
        #expect(words(page, .boilerplate) == "Home World Share this Herald")
        #expect(words(page, .comments) == "What a scandal")
        #expect(words(page, .structuredData) == "A summary for search engines The whole story as data")
        #expect(page.declaredLanguage == "en")
        #expect(page.script == .latin)
    }

    @Test func withoutAnArticleContainerTheBodyIsTheArticle() {
        let page = PageText(html: Array("<html><body><p>Plain page text here.</p><aside>Side</aside></body></html>".utf8))
        #expect(words(page, .article) == "Plain page text here")
        #expect(words(page, .boilerplate) == "Side")
    }

    @Test func breaksSoftHyphensAndInlineMarkup() {
        let page = PageText(html: Array("""
            <html><body><main><p>in&shy;ter&shy;na&shy;tional<br>safety<br/>in<b>spec</b>tion</p><p>next</p><p>block</p></main></body></html>
            """.utf8))
        #expect(page.words(in: .article) == ["international", "safety", "inspection", "next", "block"])
    }

    @Test func hiddenAndScriptTextIsNotText() {
        let page = PageText(html: Array("""
            <html><body><article><p>Shown.</p><p hidden>Hidden words</p><style>p{}</style><noscript>Enable JS</noscript></article></body></html>
            """.utf8))
        #expect(page.words(in: .article) == ["Shown"])
    }

    @Test func arabicPageScript() {
        let page = PageText(html: Array("<html lang=\"ar\"><body><article><p>قالَ وزيرُ النقلِ</p></article></body></html>".utf8))
        #expect(page.script == .arabic)
        #expect(page.declaredLanguage == "ar")
    }

    @Test func brokenMarkupIsReadNotRejected() {
        let page = PageText(html: Array("<html><body><article><p>Unclosed <b>bold <i>text".utf8))
        #expect(page.words(in: .article) == ["Unclosed", "bold", "text"])
        #expect(PageText(html: []).count == 0)
    }
}

@Suite struct PageTextEncodingTests {
    @Test func aPageNotInUTF8IsUndecodableNotNoise() {
        // “Port” in windows-1252: 0x93 and 0x94 are not UTF-8.
        let page = PageText(html: [0x3C, 0x70, 0x3E, 0x93] + Array("Port reopens".utf8) + [0x94, 0x3C, 0x2F, 0x70, 0x3E])
        #expect(page.undecodable)
        #expect(page.count == 0)
        #expect(!PageText(html: Array("<p>“Port reopens”</p>".utf8)).undecodable)
    }
}
