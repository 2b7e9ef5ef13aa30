import Foundation

/// The project's shared conformance data (`../shared/conformance` beside the package), when present.
/// A fresh clone has none; tests that need it are disabled then.
enum ConformanceFiles {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/conformance")

    static var available: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("url-normalize-cases.json").path)
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try data(name), as: UTF8.self)
    }
}
