import Foundation
@testable import CiteproofCore

/// Paths of the repository's fixtures and of the shared test data beside the repository.
enum TestData {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Fixtures")
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let seedPath = shared.appendingPathComponent("seeds/000_9aafbb3d2f7be704.txt")

    /// True when `../shared` exists (a developer's or CI's checkout; a user's clone has none).
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: seedPath.path) }

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    static func read(_ url: URL, format: DocumentFormat? = nil) throws -> Document {
        try Citeproof.read(bytes: bytes(url), path: url.lastPathComponent, format: format)
    }

    static func read(text: String, format: DocumentFormat, path: String = "draft") throws -> Document {
        try Citeproof.read(bytes: Array(text.utf8), path: path, format: format)
    }
}
