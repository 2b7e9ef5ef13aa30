import Foundation
import Testing

/// The quote stage's page zones against trafilatura (PyPI), the reference main-text extractor, on the
/// saved pages of `Fixtures/quotes/pages`, through `Benchmarks/quotes-vs-trafilatura.py`. trafilatura
/// missing is a failure (`CITEPROOF_SETUP_TESTS=1 scripts/setup` installs it), never a skip.
@Suite struct QuoteTrafilaturaTests {
    @Test func articleAndCommentZonesAgreeWithTrafilatura() throws {
        let script = CLIRunner.packageRoot.appendingPathComponent("Benchmarks/quotes-vs-trafilatura.py").path
        let r = try CLIRunner.run(["python3", script, "--json", "--citeproof", CLIRunner.binary.path], executable: "/usr/bin/env")
        try #require(r.exitCode == 0, "the comparison did not run (is trafilatura installed? CITEPROOF_SETUP_TESTS=1 scripts/setup): \(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let pages = try #require(root["pages"] as? [String: [String: [String: Any]]])
        #expect(Set(pages.keys) == ["arabic.html", "blog-sidebar.html", "login.html", "news-article.html", "split-lines.html"])
        for (name, parts) in pages {
            let article = try #require(parts["article"])
            // Where they differ, citeproof keeps headlines, bylines and captions in the article (a quotation
            // may stand there) and trafilatura keeps a sign-in form's labels; the bodies are the same words.
            #expect((article["f1"] as? Double ?? 0) >= 0.85, "\(name): article \(article)")
            #expect((article["recall"] as? Double ?? 0) >= 0.75, "\(name): article \(article)")
            let comments = try #require(parts["comments"])
            #expect((comments["f1"] as? Double ?? 0) >= 0.85, "\(name): comments \(comments)")
        }
        // The news article's readers' comments are comments for both, not article text.
        let news = try #require(pages["news-article.html"]?["article"]?["onlyOurs"] as? [String])
        #expect(!news.contains("harbourwatcher"))
    }
}
