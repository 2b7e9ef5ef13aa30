import Foundation
import Testing
@testable import CiteproofCore

/// niksite/url-normalize's cases (`url-normalize-cases.json`).
@Suite struct URLNormalizeConformanceTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var id: Int
        var input: String
        var expected: String
        var options: [String: Bool_or_String]
        var testDescription: String { "#\(id) \(input)" }
    }

    enum Bool_or_String: Decodable, Sendable {
        case bool(Bool), string(String)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Bool.self) { self = .bool(value) } else { self = .string(try container.decode(String.self)) }
        }
    }

    struct File: Decodable { var cases: [Case] }

    /// Cases that are url-normalize's own conventions, or options citeproof does not offer.
    static let notApplicable: [Int: String] = [
        1: "not a URL: normalize returns nil for \"-\"",
        2: "not a URL: normalize returns nil for empty input",
        36: "collapsing // in paths is that library's convention (RFC 3986 keeps empty segments)",
        37: "collapsing // in paths is that library's convention (RFC 3986 keeps empty segments)",
        56: "replacing an invalid UTF-8 escape with U+FFFD is that library's convention",
        57: "NFC-normalizing query text is that library's convention (RFC 3986 §6 does not)",
        62: "#! → ?_escaped_fragment_= is that library's convention",
        75: "filter_params option (remove every parameter) is not offered; citeproof removes trackers only",
        77: "default_domain option is not offered",
        78: "default_domain option is not offered",
        79: "default_domain option is not offered",
        80: "default_domain option is not offered",
        81: "default_domain option is not offered",
        82: "default_domain option is not offered",
    ]

    static let cases: [Case] = {
        guard let data = try? ConformanceFiles.data("url-normalize-cases.json"),
            let file = try? JSONDecoder().decode(File.self, from: data)
        else { return [] }
        return file.cases.filter { notApplicable[$0.id] == nil }
    }()

    @Test(arguments: cases)
    func normalizesLikeURLNormalize(_ testCase: Case) {
        var normalizer = URLNormalizer()
        if case .string(let scheme)? = testCase.options["default_scheme"] { normalizer.defaultScheme = scheme }
        #expect(normalizer.normalize(testCase.input)?.url == testCase.expected)
    }

    @Test func coversTheApplicableCases() {
        #expect(Self.cases.count == 82 - Self.notApplicable.count)
    }
}
