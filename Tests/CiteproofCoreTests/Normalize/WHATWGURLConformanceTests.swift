import Foundation
import Testing
@testable import CiteproofCore

/// The WHATWG URL tests (`whatwg-urltestdata.json`) that apply to a normalizer: no base URL,
/// an http(s) result, and nothing that citeproof normalizes differently on purpose.
@Suite struct WHATWGURLConformanceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var href: String?
        var testDescription: String { input.debugDescription }
    }

    static let all: [Case] = {
        guard let data = try? ConformanceFiles.data("whatwg-urltestdata.json"),
            let array = try? JSONSerialization.jsonObject(with: data) as? [Any]
        else { return [] }
        return array.compactMap { item -> Case? in
            guard let object = item as? [String: Any], let input = object["input"] as? String,
                object["base"] is NSNull || object["base"] == nil
            else { return nil }
            if object["failure"] as? Bool == true {
                let lowered = input.lowercased()
                guard lowered.hasPrefix("http:") || lowered.hasPrefix("https:") else { return nil }
                return Case(input: input, href: nil)
            }
            guard let href = object["href"] as? String, href.hasPrefix("http:") || href.hasPrefix("https:") else { return nil }
            return Case(input: input, href: href)
        }
    }()

    /// Why a case does not apply, or nil when it does. These are deliberate differences:
    /// citeproof normalizes (RFC 3986 §6.2.2) where a browser only parses.
    static func notApplicable(_ input: String) -> String? {
        if hasNormalizableEscape(input) { return "RFC 3986 decodes escaped unreserved characters and uppercases hex" }
        if input.range(of: "?#") != nil || input.hasSuffix("?") || input.hasSuffix("#") {
            return "empty queries and fragments are dropped"
        }
        if input.contains("[") { return "IPv6 literals are lowercased, not re-serialized" }
        if let host = input.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first,
            host.hasSuffix(".")
        {
            return "a trailing dot in a host is removed"
        }
        return nil
    }

    /// `%41` (unreserved `A`) or lowercase hex `%3a`.
    static func hasNormalizableEscape(_ input: String) -> Bool {
        let bytes = Array(input.utf8)
        for i in bytes.indices where bytes[i] == UInt8(ascii: "%") && i + 2 < bytes.count {
            let pair = String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self)
            guard let value = UInt8(pair, radix: 16) else { continue }
            if PercentEncoding.isUnreserved(value) || pair != pair.uppercased() { return true }
        }
        return false
    }

    static let successes = all.filter { $0.href != nil && notApplicable($0.input) == nil }
    static let failures = all.filter { $0.href == nil && notApplicable($0.input) == nil }

    /// Parsing only: tracking removal and alias stripping are off, as a browser has none.
    @Test(arguments: successes)
    func serializesLikeWHATWG(_ testCase: Case) {
        let normalizer = URLNormalizer(removesTrackingParameters: false, stripsPlatformAliases: false)
        #expect(normalizer.normalize(testCase.input)?.url == testCase.href)
    }

    @Test(arguments: failures)
    func rejectsWhatWHATWGRejects(_ testCase: Case) {
        #expect(URLNormalizer.normalize(testCase.input) == nil)
    }

    @Test func selectionIsMostOfTheData() {
        let excluded = Self.all.filter { Self.notApplicable($0.input) != nil }.count
        #expect(Self.all.count == 280)
        #expect(excluded <= 45)
    }
}
