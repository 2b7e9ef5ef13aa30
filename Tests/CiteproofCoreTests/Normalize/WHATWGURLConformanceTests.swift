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

    /// Successes in this copy of the data that the current standard (and UTS #46 §4.1 step 4, which
    /// libidn2 follows) rejects: an A-label that is not valid IDNA, though the host is ASCII. Today's
    /// wpt `url/resources/urltestdata.json` lists the `xn--pokxncvks` cases under "Domain is ASCII, but
    /// a label is invalid IDNA" as failures; `xn--` alone is not valid Punycode for libidn2.
    static let supersededSuccesses: Set<String> = [
        "http://a.b.c.xn--pokxncvks", "http://10.0.0.xn--pokxncvks", "http://a.b.c.XN--pokxncvks",
        "http://a.b.c.Xn--pokxncvks", "http://10.0.0.XN--pokxncvks", "http://10.0.0.xN--pokxncvks", "https://xn--/",
    ]

    static let successes = all.filter {
        $0.href != nil && notApplicable($0.input) == nil && !supersededSuccesses.contains($0.input)
    }
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

    @Test(arguments: all.filter { supersededSuccesses.contains($0.input) })
    func rejectsInvalidALabelsAsTheCurrentStandardDoes(_ testCase: Case) {
        #expect(testCase.href != nil)  // still a success in this copy of the data
        #expect(URLNormalizer.normalize(testCase.input) == nil)
    }

    // MARK: - Hosts (IDNA)

    struct HostCase: Sendable, CustomTestStringConvertible {
        var input: String
        /// WHATWG's `hostname`, or nil when the URL is a failure.
        var hostname: String?
        var testDescription: String { input.debugDescription }
    }

    /// Every absolute `http(s)://` input whose host has non-ASCII characters or escapes: full-width
    /// letters and digits, ideographic dots, ignorable and disallowed code points, `ß`. Most carry a
    /// base URL (`http://other.com/`), which does not matter for an absolute URL, so `all` leaves them out.
    static let hostCases: [HostCase] = {
        guard let data = try? ConformanceFiles.data("whatwg-urltestdata.json"),
            let array = try? JSONSerialization.jsonObject(with: data) as? [Any]
        else { return [] }
        return array.compactMap { item -> HostCase? in
            guard let object = item as? [String: Any], let input = object["input"] as? String,
                let authority = authority(of: input),
                authority.contains(where: { !$0.isASCII }) || authority.contains("%"),
                notApplicable(input) == nil
            else { return nil }
            if object["failure"] as? Bool == true { return HostCase(input: input, hostname: nil) }
            guard let hostname = object["hostname"] as? String else { return nil }
            return HostCase(input: input, hostname: hostname)
        }
    }()

    /// The host of `http://…` or `https://…` (userinfo and port dropped), or nil for other inputs.
    static func authority(of input: String) -> Substring? {
        let lowered = input.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"),
            let slashes = input.range(of: "//")
        else { return nil }
        let rest = input[slashes.upperBound...]
        let authority = rest.prefix { !"/?#\\".contains($0) }
        let afterUser = authority.lastIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority
        return afterUser
    }

    @Test(arguments: hostCases)
    func hostsLikeWHATWG(_ testCase: HostCase) {
        let normalizer = URLNormalizer(removesTrackingParameters: false, stripsPlatformAliases: false)
        #expect(normalizer.normalize(testCase.input)?.host == testCase.hostname)
    }

    @Test func hostCasesCoverIDNA() {
        let inputs = Set(Self.hostCases.map(\.input))
        #expect(Self.hostCases.count >= 25)
        #expect(inputs.contains("http://Ｇｏ.com"))  // full-width letters
        #expect(inputs.contains("http://www.foo。bar.com"))  // ideographic full stop
        #expect(inputs.contains("http://０Ｘｃ０．０２５０．０１"))  // full-width IPv4 in hex and octal
        #expect(inputs.contains("https://faß.ExAmPlE/"))  // nontransitional ß
        #expect(inputs.contains("http://％４１.com"))  // maps to a forbidden `%`
    }

    @Test func selectionIsMostOfTheData() {
        let excluded = Self.all.filter { Self.notApplicable($0.input) != nil }.count
        #expect(Self.all.count == 280)
        #expect(excluded <= 45)
    }
}
