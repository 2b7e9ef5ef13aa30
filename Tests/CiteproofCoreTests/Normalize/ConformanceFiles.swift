import Foundation

/// Third-party conformance data, copied into the repository (`Fixtures/conformance`, with its
/// licenses and a README naming each file's origin and the tests that use it).
enum ConformanceFiles {
    static let directory: URL = TestData.conformance

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try data(name), as: UTF8.self)
    }
}
