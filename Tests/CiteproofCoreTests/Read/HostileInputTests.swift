import Foundation
import Testing
@testable import CiteproofCore

/// Fixtures/hostile: every hostile .docx, .odt and HTML answers a one-line `InputError`, and nothing
/// expands or is read from outside the archive. How quickly and in how much memory is measured by
/// `Benchmarks/budgets.sh` on a release build (2 s and 64 MB goals); here a hang guard only.
@Suite struct HostileInputTests {
    static let refused: [(file: String, reason: String)] = [
        ("zip-bomb-ratio.docx", "zip bomb"), ("zip-bomb-lying-size.docx", "declared size"),
        ("path-traversal.docx", "outside the package"), ("truncated.docx", "truncated or corrupt"),
        ("not-a-zip.docx", "not a ZIP archive"), ("billion-laughs.docx", "DTD"), ("xxe-footnotes.docx", "DTD"),
        ("deep-nesting.docx", "deeper than"), ("billion-laughs.odt", "DTD"), ("xxe.odt", "DTD"),
    ]

    static func url(_ name: String) -> URL { TestData.fixtures.appendingPathComponent("hostile/" + name) }

    static func expectRefusal(_ url: URL, mentioning reason: String) {
        HangGuard.watch(url.lastPathComponent) { refusal(url, mentioning: reason) }
    }

    static func refusal(_ url: URL, mentioning reason: String) {
        do {
            let document = try TestData.read(url)
            Issue.record("\(url.lastPathComponent) was read (\(document.definitions.count) notes) instead of refused")
        } catch let error as InputError {
            let message = error.description
            #expect(message.contains(reason), "\(message)")
            #expect(!message.contains("\n") && message.hasPrefix(url.lastPathComponent))
            #expect(!message.contains("root:x:0:0") && !message.contains("lollollol"))
        } catch {
            Issue.record("\(url.lastPathComponent): not an InputError: \(error)")
        }
    }

    @Test(arguments: refused.map(\.file))
    func hostileFileIsRefusedWithAClearReason(_ file: String) {
        Self.expectRefusal(Self.url(file), mentioning: Self.refused.first { $0.file == file }!.reason)
    }

    @Test func theControlFileReads() throws {
        let document = try TestData.read(Self.url("valid-minimal.docx"))
        #expect(document.references.count == 1)
        #expect(document.definitions.map(\.text) == ["Riverton Ledger, March 3, 2024."])
        #expect(document.locationUnit == .paragraph)
    }

    @Test func xxeHTMLIsReadWithoutExpandingAnything() throws {
        let document = try TestData.read(Self.url("xxe.html"))
        let everything = document.definitions.map(\.text).joined() + document.source.string
            + document.references.map(\.sentence).joined()
        #expect(!document.definitions.map(\.text).joined().contains("root:x:0:0"))
        #expect(!everything.contains("lollollollol"))
        #expect(document.references.map(\.label) == ["1"])
        #expect(document.definitions.first?.text.hasSuffix("Riverton Ledger, March 3, 2024.") == true)
    }

    @Test func oneGibibyteBombIsRefusedWithoutInflating() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citeproof-bomb-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", TestData.fixtures.appendingPathComponent("hostile/generate.py").path, "--large", folder.path]
        python.standardOutput = FileHandle.nullDevice
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0)
        // Refused from the declared sizes, before inflating anything; the peak memory of the refusal is
        // measured by Benchmarks/budgets.sh (a process of its own: other tests share this one's RSS).
        Self.expectRefusal(folder.appendingPathComponent("zip-bomb-1gib.docx"), mentioning: "zip bomb")
    }

    @Test func htmlNestedAHundredThousandDeepDoesNotOverflow() {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        do {
            let document = try TestData.read(text: html, format: .html)
            Issue.record("read \(document.source.lineCount) lines: libxml2's depth limit should have been reported")
        } catch let error as InputError {
            #expect(error.description.contains("nest deeper"))
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func externalEntitiesInPartsAreRefusedBeforeParsing() {
        let part = Data("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w>&x;</w>".utf8)
        #expect(OfficeXML.declaresDTD(part))
        #expect(!OfficeXML.declaresDTD(Data("<?xml version=\"1.0\"?><w:document/>".utf8)))
    }
}
