import BrowserDriver
import Foundation
import Testing

/// The served page in a real headless Chromium: an editor picks each format, pastes text, and
/// sends a binary and a too-large file; the annotated report (or the error) shows on the page.
@Suite(.serialized)
struct ServePageBrowserTests {
    static let screenshots: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citeproof-serve-screens-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// The page's status line once a check is done (or nil after 30 s).
    static func waitForStatus(_ browser: HeadlessChromium, _ done: String) throws -> String? {
        let settled = try browser.wait("""
            const s = document.getElementById("status"); return s.textContent.startsWith(\(json(done))) || s.className === "error";
            """)
        return settled ? try browser.execute("return document.getElementById('status').textContent") as? String : nil
    }

    static func json(_ s: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: [s]), as: UTF8.self).dropFirst().dropLast().description
    }

    /// What the report in the frame shows: highlighted sentences, timeline dots, cards, documents.
    static func reportInFrame(_ browser: HeadlessChromium) throws -> [String: Int] {
        try browser.enterFrame(0)  // the report's frame, the page's only one
        defer { try? browser.leaveFrame() }
        let counts = try browser.execute("""
            return { documents: document.querySelectorAll("section.document").length, marks: document.querySelectorAll("mark.flag").length,
                     dots: document.querySelectorAll("svg.timeline .dot").length, cards: document.querySelectorAll(".card").length,
                     eight: document.querySelectorAll("mark.flag#d1-s-8 a.marker[href='#d1-card-3']").length };
            """) as? [String: Any] ?? [:]
        return counts.compactMapValues { $0 as? Int }
    }

    @Test func editorPicksEachFormatPastesTextAndSeesTheAnnotatedReport() throws {
        let server = try ServeTests.Server()
        let browser = try HeadlessChromium()
        try browser.open("http://127.0.0.1:\(server.port)/")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citeproof-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (fixture, name) in ServeTests.drafts {
            let copy = folder.appendingPathComponent(name)
            try FileManager.default.copyItem(at: ServeTests.packageRoot.appendingPathComponent(fixture), to: copy)
            try browser.execute("document.getElementById('status').textContent = ''")
            try browser.type("#file", copy.path)
            let status = try Self.waitForStatus(browser, "Checked \(name)")
            #expect(status == "Checked \(name).", "\(name): \(status ?? "no answer")")
            let report = try Self.reportInFrame(browser)
            #expect(report["documents"] == 1, "\(name)")
            #expect(report["cards"] ?? 0 > 0, "\(name): no note cards")
            #expect(report["dots"] ?? 0 > 0, "\(name): no timeline dots")
            if name == "seed.txt" {
                #expect(report["marks"] == 2)
                #expect(report["dots"] == 10)
                let shot = try browser.screenshot()
                try shot.write(to: Self.screenshots.appendingPathComponent("page-seed.png"))
                print("screenshot: \(Self.screenshots.appendingPathComponent("page-seed.png").path)")
            }
        }
        // Paste: no file picked, the text as Markdown, with a publication date.
        try browser.execute("""
            const f = document.getElementById("file"); f.value = "";
            document.getElementById("paste").value = arguments[0];
            document.getElementById("pasteFormat").value = "md";
            document.getElementById("published").value = "2021-04-04";
            document.getElementById("status").textContent = "";
            """, ["## Supporters\n\nMany repeated it.[^6] One wrote: \"Go.\"[^7] Another wrote: \"Leave.\"[^8]\n\n[^6]: Twitter.com/KM94310, April 3, 2021.\n[^7]: Twitter.com/ELNAZ16424879, April 3, 2021.\n[^8]: Twitter.com/mernashamari, April 3, 2020.\n"])
        try browser.click("#check")
        #expect(try Self.waitForStatus(browser, "Checked pasted.md") == "Checked pasted.md.")
        let pasted = try Self.reportInFrame(browser)
        #expect(pasted["eight"] == 1, "the [8] sentence is not highlighted")
        #expect(pasted["dots"] == 3)
        let shot = try browser.screenshot()
        try shot.write(to: Self.screenshots.appendingPathComponent("page-pasted.png"))
        print("screenshot: \(Self.screenshots.appendingPathComponent("page-pasted.png").path)")
    }

    @Test func binaryAndTooLargeFilesShowTheirErrorOnThePage() throws {
        let server = try ServeTests.Server(["--max-bytes", "2000"])
        let browser = try HeadlessChromium()
        try browser.open("http://127.0.0.1:\(server.port)/")
        let binary = ServeTests.packageRoot.appendingPathComponent("Fixtures/hostile/binary-png.md").path
        try browser.type("#file", binary)
        let said = try Self.waitForStatus(browser, "Checked") ?? ""
        #expect(said.hasPrefix("HTTP 400: citeproof: binary-png.md: looks like a binary file"), "\(said)")
        try browser.execute("document.getElementById('status').textContent = ''; document.getElementById('file').value = ''")
        let seed = ServeTests.packageRoot.appendingPathComponent(ServeTests.drafts[0].fixture).path
        try browser.type("#file", seed)
        let large = try Self.waitForStatus(browser, "Checked") ?? ""
        #expect(large.hasPrefix("HTTP 413: "), "\(large)")
        #expect(large.contains("over the limit of 2000"))
        let shot = try browser.screenshot()
        try shot.write(to: Self.screenshots.appendingPathComponent("page-413.png"))
        print("screenshot: \(Self.screenshots.appendingPathComponent("page-413.png").path)")
    }
}
