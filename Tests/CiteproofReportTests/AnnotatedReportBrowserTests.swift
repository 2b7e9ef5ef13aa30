import BrowserDriver
import CiteproofCore
import CiteproofReport
import Foundation
import Testing

/// The annotated HTML report loaded in a real headless Chromium (Debian's, through chromedriver):
/// the highlighted sentences, the timeline dots and the note cards are there and work with the
/// mouse and the keyboard, the page prints, passes a contrast check, fetches nothing, and nothing
/// from a hostile draft becomes markup. Screenshots go to a temporary folder (printed).
@Suite(.serialized)
struct AnnotatedReportBrowserTests {
    static let repository = ReportFixture.testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let seed = repository.appendingPathComponent("Fixtures/conformance/seeds/000_9aafbb3d2f7be704.txt")
    static let screenshots: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citeproof-screens-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// A report as `citeproof check --format html` writes it, on disk for the browser.
    static func write(_ report: Report, name: String) throws -> URL {
        let url = screenshots.appendingPathComponent(name)
        try HTMLReporter(baseDirectory: nil).render(report).write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func seedReport() throws -> Report {
        let bytes = [UInt8](try Data(contentsOf: seed))
        let document = try Citeproof.read(bytes: bytes, path: "seed.txt", keepingBody: true)
        return Report(toolVersion: "0.0.0-test", documents: [Citeproof.check(document)])
    }

    static func save(_ png: Data, _ name: String) throws {
        let url = screenshots.appendingPathComponent(name)
        try png.write(to: url)
        print("screenshot: \(url.path)")
    }

    /// WCAG contrast of every text the report colours (markers, highlights, badges, the timeline's
    /// labels): the lowest ratio found and the element it was found on.
    static let contrastScript = """
        function rgb(s) { const m = s.match(/[\\d.]+/g).map(Number); return m.length > 3 && m[3] === 0 ? null : m.slice(0, 3); }
        function lum(c) { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; }
        function background(el) {
          for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c) return c; }
          return [255, 255, 255];
        }
        let worst = { ratio: 99, what: "" };
        const selector = ".marker, mark.flag, .badge, .hint, .legend, .note-head small, .evidence, .suggestion, .card-links, .views a, p, h1, h2, h3, h4";
        for (const el of document.querySelectorAll(selector)) {
          if (!el.getClientRects().length) continue;
          const fg = rgb(getComputedStyle(el).color), bg = background(el);
          const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
          const ratio = (a + 0.05) / (b + 0.05);
          if (ratio < worst.ratio) worst = { ratio, what: el.className + " " + el.textContent.slice(0, 40) };
        }
        for (const el of document.querySelectorAll("svg text")) {
          el.style.display = "inline";
          const fg = rgb(getComputedStyle(el).fill);
          for (const bg of [[255, 255, 255], [246, 248, 250], [216, 236, 255]]) {  // white, a row band, the time frame over either
            const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
            const ratio = (a + 0.05) / (b + 0.05);
            if (ratio < worst.ratio) worst = { ratio, what: "svg " + el.getAttribute("class") + " " + el.textContent.slice(0, 40) };
          }
          el.style.display = "";
        }
        return worst;
        """

    @Test func seedReportShowsTheDraftTheTimelineAndTheNoteBesideTheSentence() throws {
        let url = try Self.write(try Self.seedReport(), name: "seed.html")
        let size = try Data(contentsOf: url).count
        print("seed report: \(size) bytes")
        #expect(size < 100_000)
        let browser = try HeadlessChromium()
        try browser.open(url.absoluteString)
        let loaded = try browser.execute("""
            const n = performance.getEntriesByType("navigation")[0];
            return { load: n.loadEventEnd - n.startTime, resources: performance.getEntriesByType("resource").length,
                     fetching: document.querySelectorAll("[src], link[href], object, iframe, embed").length };
            """) as? [String: Any]
        let loadMs = (loaded?["load"] as? Double) ?? .infinity
        print("seed report loaded in \(loadMs) ms")
        #expect(loadMs < 1000)
        #expect(loaded?["resources"] as? Int == 0)
        #expect(loaded?["fetching"] as? Int == 0)

        // Two highlighted sentences: [5] (its body date disagrees) and [8] (the year slip).
        let marks = try browser.execute("""
            return [...document.querySelectorAll("mark.flag")].map(m => ({ id: m.id, cls: m.className, text: m.textContent }));
            """) as? [[String: Any]] ?? []
        #expect(marks.map { $0["id"] as? String } == ["d1-s-5", "d1-s-8"])
        #expect((marks.last?["text"] as? String)?.contains("America is the source of all evil") == true)
        #expect((marks.last?["text"] as? String)?.hasSuffix("[8]") == true)
        #expect(marks.allSatisfy { ($0["cls"] as? String) == "flag sev-warning" })

        // The timeline: a dot per dated citation, rings on [5] and [8]; [8] alone, a year left of the others.
        let dots = try browser.execute("""
            const dots = [...document.querySelectorAll("svg.timeline .dot")].map(d => {
              const r = d.querySelector(".mark").getBoundingClientRect();
              return { x: r.x + r.width / 2, label: d.getAttribute("aria-label"), ring: !!d.querySelector(".ring") };
            });
            const frame = document.querySelector("svg.timeline .frame").getBoundingClientRect();
            return { dots, frameLeft: frame.left, frameRight: frame.right };
            """) as? [String: Any]
        let list = dots?["dots"] as? [[String: Any]] ?? []
        #expect(list.count == 10)
        #expect(list.filter { $0["ring"] as? Bool == true }.compactMap { ($0["label"] as? String)?.prefix(4) }.sorted() == ["[5] ", "[8] "])
        let eight = try #require(list.first { ($0["label"] as? String)?.hasPrefix("[8] April 3, 2020") == true })
        let eightX = eight["x"] as? Double ?? 0
        let frameLeft = dots?["frameLeft"] as? Double ?? 0
        #expect(eightX < frameLeft - 150, "the [8] dot is not far left of the time frame")
        let twitterNeighbours = list.filter { ($0["label"] as? String).map { $0.hasPrefix("[6]") || $0.hasPrefix("[7] April 3, 2021") } == true }
        #expect(twitterNeighbours.count == 2)
        #expect(twitterNeighbours.allSatisfy { ($0["x"] as? Double ?? 0) - eightX > 150 })
        try Self.save(try browser.fullPageScreenshot(), "seed-full.png")

        // Hovering or focusing the dot shows its note.
        let hidden = try browser.execute("return getComputedStyle(document.querySelector(\"svg.timeline .dot[href='#d1-card-8'] .tip\")).display") as? String
        #expect(hidden == "none")
        try browser.execute("document.querySelector(\"svg.timeline .dot[href='#d1-card-8']\").focus()")
        let tip = try browser.execute("""
            const t = document.querySelector("svg.timeline .dot[href='#d1-card-8'] .tip");
            return getComputedStyle(t).display + "|" + t.textContent;
            """) as? String
        #expect(tip?.hasPrefix("none|") == false)
        #expect(tip?.hasSuffix("|[8] April 3, 2020 — date-year-outlier") == true)

        // Selecting the marker shows note, evidence and suggestion beside the sentence.
        try browser.click("a.marker[href='#d1-card-8']")
        let card = try browser.execute("""
            const card = document.querySelector(".card.shown"), marker = document.querySelector("a.marker[href='#d1-card-8']");
            const c = card.getBoundingClientRect(), m = marker.getBoundingClientRect();
            return { id: card.id, text: card.innerText, focused: document.activeElement === card,
                     beside: c.left > m.right && c.top < innerHeight && c.bottom > 0 && m.top < innerHeight && m.bottom > 0 };
            """) as? [String: Any]
        #expect(card?["id"] as? String == "d1-card-8")
        let text = card?["text"] as? String ?? ""
        #expect(text.contains("Twitter.com/mernashamari, April 3, 2020."))
        #expect(text.contains("date-year-outlier"))
        #expect(text.contains("sibling-note: [6]"))
        #expect(text.contains("Suggestion: April 3, 2021"))
        #expect(text.contains("America is the source of all evil"))
        #expect(card?["focused"] as? Bool == true)
        #expect(card?["beside"] as? Bool == true)
        try Self.save(try browser.screenshot(), "seed-card-8.png")

        // The keyboard: Enter on a focused marker opens its card.
        try browser.execute("document.querySelector(\"a.marker[href='#d1-card-5']\").focus()")
        try browser.press("\u{E007}")
        #expect(try browser.execute("return document.querySelector('.card.shown').id") as? String == "d1-card-5")

        // Contrast (WCAG AA for text: 4.5).
        let contrast = try browser.execute(Self.contrastScript) as? [String: Any]
        let ratio = contrast?["ratio"] as? Double ?? 0
        print("lowest contrast: \(ratio) on \(contrast?["what"] ?? "")")
        #expect(ratio >= 4.5, "contrast \(ratio) on \(contrast?["what"] ?? "")")

        // Print: every card shows after the draft, the hint and the filters do not.
        try browser.devTools("Emulation.setEmulatedMedia", ["media": "print"])
        let printed = try browser.execute("""
            const cards = [...document.querySelectorAll(".card")];
            return { cards: cards.length, shown: cards.filter(c => getComputedStyle(c).display !== "none").length,
                     hint: getComputedStyle(document.querySelector(".hint")).display, filters: getComputedStyle(document.querySelector(".filters")).display };
            """) as? [String: Any]
        #expect(printed?["cards"] as? Int == 8)
        #expect(printed?["shown"] as? Int == 8)
        #expect(printed?["hint"] as? String == "none")
        #expect(printed?["filters"] as? String == "none")
        try Self.save(try browser.fullPageScreenshot(width: 800), "seed-print.png")
    }

    @Test func everyRuleReportHasAHighlightACardAndADotForItsFindings() throws {
        let report = try ReportFixture.report(drafts: ReportFixture.everyRuleDrafts)
        let url = try Self.write(report, name: "every-rule.html")
        let browser = try HeadlessChromium()
        try browser.open(url.absoluteString)
        let page = try browser.execute("""
            return [...document.querySelectorAll("section.document")].map(s => ({
              marks: [...s.querySelectorAll("mark.flag")].length,
              markers: [...s.querySelectorAll(".draft a.marker")].map(a => a.className),
              dots: s.querySelectorAll("svg.timeline .dot").length,
              rings: s.querySelectorAll("svg.timeline .ring").length,
              cards: [...s.querySelectorAll(".card")].map(c => c.id + " " + c.textContent),
              text: s.innerText }));
            """) as? [[String: Any]] ?? []
        #expect(page.count == report.documents.count)
        for (checked, section) in zip(report.documents, page) {
            let name = checked.document.path
            let noteFindings = checked.findings.filter { $0.footnote != nil && !$0.suppressed }
            let referenced = Set(checked.document.references.map(\.label))
            if noteFindings.contains(where: { referenced.contains($0.footnote!) }) {
                #expect(section["marks"] as? Int ?? 0 > 0, "\(name): no highlighted sentence")
            }
            let cards = (section["cards"] as? [String] ?? []).joined(separator: "\n")
            for finding in noteFindings {
                #expect(cards.contains(finding.rule), "\(name): no card shows \(finding.rule) of note [\(finding.footnote!)]")
            }
            let dated = checked.document.allCitations.filter { $0.citation.date?.value != nil }.count
            #expect(section["dots"] as? Int == dated, "\(name): dots")
            let text = section["text"] as? String ?? ""
            for finding in checked.findings where !finding.suppressed {
                #expect(text.contains(finding.rule), "\(name): \(finding.rule) missing from the page")
            }
        }
        let fired = Set(report.documents.flatMap(\.findings).map(\.rule))
        #expect(fired.count == RuleRegistry.all.count, "the fixture no longer fires every rule")
        try Self.save(try browser.fullPageScreenshot(), "every-rule-full.png")
    }

    @Test(arguments: ["hostile-markup.md", "hostile-markup.txt", "hostile-markup.html"])
    func hostileDraftBecomesTextNotMarkup(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: ReportFixture.fixtures.appendingPathComponent(name)))
        let document = try Citeproof.read(bytes: bytes, path: name, keepingBody: true)
        let report = Report(toolVersion: "0.0.0-test", documents: [Citeproof.check(document)])
        let url = try Self.write(report, name: name + ".report.html")
        let html = try String(contentsOf: url, encoding: .utf8)
        #expect(!html.contains("<script>window"))
        #expect(!html.contains("onerror=\""))
        #expect(!html.contains("href=\"javascript"))
        let browser = try HeadlessChromium()
        try browser.open(url.absoluteString)
        // Focus every focusable thing, hover nothing: an injected handler would have run by now.
        let result = try browser.execute("""
            for (const el of document.querySelectorAll("a, [tabindex]")) el.focus();
            const handlers = [...document.querySelectorAll("*")].flatMap(e => [...e.attributes].filter(a => a.name.startsWith("on")).map(a => e.tagName + " " + a.name));
            const scripts = [...document.querySelectorAll("script")].length;
            const links = [...document.querySelectorAll("a[href]")].map(a => a.getAttribute("href")).filter(h => !h.startsWith("#") && !/^https?:/i.test(h));
            return { pwned: window.pwned === undefined ? null : window.pwned, handlers, scripts, links,
                     text: document.body.innerText, svgs: document.querySelectorAll("svg").length, imgs: document.querySelectorAll("img").length };
            """) as? [String: Any]
        #expect(result?["pwned"] is NSNull, "a draft's script ran: \(result?["pwned"] ?? "")")
        #expect((result?["handlers"] as? [Any])?.isEmpty == true, "event handlers from the draft: \(result?["handlers"] ?? "")")
        #expect(result?["scripts"] as? Int == 1)
        #expect((result?["links"] as? [Any])?.isEmpty == true, "links that are neither fragments nor http(s): \(result?["links"] ?? "")")
        #expect(result?["imgs"] as? Int == 0)
        #expect(result?["svgs"] as? Int ?? 0 <= 1)
        // The draft's markup shows as text.
        #expect((result?["text"] as? String)?.contains("window.pwned") == true)
        try Self.save(try browser.fullPageScreenshot(), name + ".png")
    }
}

/// The annotated report's model, without a browser.
struct AnnotatedReportModelTests {
    @Test func keepingTheBodyLeavesTheJSONReportUnchanged() throws {
        let bytes = [UInt8](try Data(contentsOf: AnnotatedReportBrowserTests.seed))
        let kept = try Citeproof.read(bytes: bytes, path: "seed.txt", keepingBody: true)
        let plain = try Citeproof.read(bytes: bytes, path: "seed.txt")
        #expect(kept.body?.isEmpty == false)
        #expect(plain.body == nil)
        let json = { (d: Document) in JSONReporter().render(Report(toolVersion: "1", documents: [Citeproof.check(d)])) }
        #expect(json(kept) == json(plain))
    }

    @Test func seedTimelineLeavesNoteEightAloneOutsideTheTimeFrame() throws {
        let report = try AnnotatedReportBrowserTests.seedReport()
        let html = HTMLReporter(baseDirectory: nil).render(report)
        #expect(html.contains("<svg class=\"timeline\""))
        let markdown = MarkdownReporter(baseDirectory: nil).render(report)
        #expect(markdown.contains("| x.com/mernashamari | 🟠 **[8] 2020-04-03** (outside the time frame, `date-year-outlier`) |"))
        #expect(markdown.contains("Published 2021-04-04; time frame 2021-04-02 – 2021-04-04."))
        #expect(markdown.contains("| x.com/km94310 | [6] 2021-04-03 |"))
    }

    @Test func hostileDraftsAreEscapedInTheHTML() throws {
        for name in ["hostile-markup.md", "hostile-markup.txt", "hostile-markup.html"] {
            let bytes = [UInt8](try Data(contentsOf: ReportFixture.fixtures.appendingPathComponent(name)))
            let document = try Citeproof.read(bytes: bytes, path: name, keepingBody: true)
            let html = HTMLReporter(baseDirectory: nil).render(Report(toolVersion: "1", documents: [Citeproof.check(document)]))
            // Only the report's own tags: none from the draft.
            #expect(html.components(separatedBy: "<script").count == 2, "\(name)")
            #expect(!html.contains("<img"), "\(name)")
            #expect(!html.contains("<svg onload"), "\(name)")
            // Attribute breakers stay text: their quotes are escaped, so no handler attribute opens.
            #expect(!html.contains("onerror=\""), "\(name)")
            #expect(!html.contains("onfocus='"), "\(name)")
            #expect(!html.contains("onmouseover=\""), "\(name)")
            #expect(html.contains("onfocus=&#39;"), "\(name)")
            #expect(!html.lowercased().contains("href=\"javascript:"), "\(name)")
        }
    }
}
