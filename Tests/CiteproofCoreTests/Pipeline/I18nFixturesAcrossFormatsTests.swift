import Foundation
import Testing
@testable import CiteproofCore

/// The i18n drafts (`Fixtures/i18n/*.md`, with their `.expected`) as pandoc and LibreOffice wrote
/// them (`Fixtures/i18n/generate.sh`): every HTML, .docx and .odt gives exactly the master's
/// findings, compared by rule, note and severity (lines and columns differ by format).
@Suite struct I18nFixturesAcrossFormatsTests {
    static let folder = TestData.fixtures.appendingPathComponent("i18n")
    static let masters = ["arabic-digit-year-slip", "clean-multilingual", "hijri-year-slip", "russian-sentence-mismatch",
        "solar-hijri-after-publication"]
    static let derived: [String] = masters.flatMap { name in
        ["pandoc/\(name).html", "pandoc/\(name).docx", "pandoc/\(name).odt",
         "libreoffice/\(name).html", "libreoffice/\(name).docx", "libreoffice/\(name).odt"]
    }

    static func findings(_ url: URL) throws -> [String] {
        let document = try TestData.read(url)
        return Citeproof.check(document).findings.map { "\($0.rule) [\($0.footnote ?? "-")] \($0.severity.rawValue)" }.sorted()
    }

    @Test func everyMasterHasItsDerivedFiles() {
        for file in Self.derived {
            #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(file).path), "\(file): run Fixtures/i18n/generate.sh")
        }
    }

    @Test(arguments: derived)
    func derivedFileGivesTheMastersFindings(_ file: String) throws {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let master = try Self.findings(Self.folder.appendingPathComponent("\(name).md"))
        // The master's findings are its .expected ones (FixtureExpectationTests), one per listed line.
        let expectedLines = try String(contentsOf: Self.folder.appendingPathComponent("\(name).md.expected"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(master.count == expectedLines.count)
        let url = Self.folder.appendingPathComponent(file)
        let actual = try Self.findings(url)
        let document = try TestData.read(url)
        #expect(actual == master, "\(file): \(Citeproof.check(document).findings.map(\.message))")
        // The notes themselves came through: as many dated citations as in the master.
        let masterDocument = try TestData.read(Self.folder.appendingPathComponent("\(name).md"))
        let dates = { (d: Document) in d.definitions.flatMap(\.citations).compactMap(\.date?.value) }
        #expect(dates(document) == dates(masterDocument), "\(file)")
        #expect(document.publicationDate?.value == masterDocument.publicationDate?.value, "\(file)")
    }
}
