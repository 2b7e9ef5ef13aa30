import Foundation
@testable import CiteproofCore

/// Paths of the repository's fixtures, including the third-party conformance data and the seed
/// article copied into `Fixtures/conformance` (see its README): a fresh clone runs every test.
enum TestData {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Fixtures")
    static let conformance = fixtures.appendingPathComponent("conformance")
    static let seedPath = conformance.appendingPathComponent("seeds/000_9aafbb3d2f7be704.txt")

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    static func read(_ url: URL, format: DocumentFormat? = nil) throws -> Document {
        try Citeproof.read(bytes: bytes(url), path: url.lastPathComponent, format: format)
    }

    static func read(text: String, format: DocumentFormat, path: String = "draft") throws -> Document {
        try Citeproof.read(bytes: Array(text.utf8), path: path, format: format)
    }
}
