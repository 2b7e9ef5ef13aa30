import Testing
@testable import CiteproofCore

/// Host names through libidn2's UTS #46 processing (`IDNA.asciiHost`, and `HostNormalizer` around it).
///
/// The cases are transcribed by hand from Unicode's IdnaTestV2.txt (UTS #46 conformance data; the
/// file cannot be fetched here) and from the worked examples in UTS #46 itself (§2.3 ß/ς, the
/// full-width and ideographic dots, §4.1's A-label check). The expected value is the nontransitional
/// ToASCII result (IdnaTestV2's `toAsciiN` column), nil where the file has an error status.
/// `libidn2Differs` lists the cases where libidn2 answers otherwise than UTS #46 (see its comment).
@Suite struct IDNATests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var ascii: String?
        var testDescription: String { input.debugDescription }
    }

    static let cases: [Case] = [
        // ASCII: lowercased, nothing else.
        Case(input: "fass.de", ascii: "fass.de"),
        Case(input: "FASS.DE", ascii: "fass.de"),
        Case(input: "a_b.example", ascii: "a_b.example"),  // STD3 rules are off, as in WHATWG.
        // Nontransitional: ß and ς are kept (transitional processing would give fass.de, xn--nxasmq6b).
        Case(input: "faß.de", ascii: "xn--fa-hia.de"),
        Case(input: "Faß.de", ascii: "xn--fa-hia.de"),
        Case(input: "straße.de", ascii: "xn--strae-oqa.de"),
        Case(input: "βόλος.com", ascii: "xn--nxasmm1c.com"),
        Case(input: "ΣΌΛΟΣ", ascii: "xn--wxaikc6b"),  // capital sigma maps to σ, never to final ς
        Case(input: "Bücher.de", ascii: "xn--bcher-kva.de"),
        // Full-width letters and dots, ideographic and half-width full stops, compatibility forms.
        Case(input: "ｅｘａｍｐｌｅ.com", ascii: "example.com"),
        Case(input: "ａｂｃ．ｃｏｍ", ascii: "abc.com"),
        Case(input: "www.foo。bar.com", ascii: "www.foo.bar.com"),
        Case(input: "a｡b", ascii: "a.b"),
        Case(input: "日本語。ＪＰ", ascii: "xn--wgv71a119e.jp"),
        Case(input: "ﬃ.com", ascii: "ffi.com"),
        Case(input: "Ⅻ", ascii: "xii"),
        Case(input: "ⓕⓞⓞ", ascii: "foo"),
        // Ignored code points (soft hyphen, zero-width space, word joiner, BOM) are removed.
        Case(input: "a\u{AD}b", ascii: "ab"),
        Case(input: "GOO\u{200B}\u{2060}\u{FEFF}goo.com", ascii: "googoo.com"),
        // NFC: a decomposed Hangul syllable is the precomposed one.
        Case(input: "\u{1100}\u{1161}", ascii: "xn--o39a"),
        Case(input: "\u{AC00}", ascii: "xn--o39a"),
        // A-labels: decoded, checked, and written lowercase.
        Case(input: "xn--bcher-kva.de", ascii: "xn--bcher-kva.de"),
        Case(input: "XN--BCHER-KVA.DE", ascii: "xn--bcher-kva.de"),
        Case(input: "xn--fa-hia.de", ascii: "xn--fa-hia.de"),
        Case(input: "xn--nxasmq6b", ascii: "xn--nxasmq6b"),  // βόλοσ: valid as an A-label, though not the mapping of βόλος
        Case(input: "xn--a", ascii: nil),  // decodes to U+0080, a control [P4 / V6]
        Case(input: "xn--ß", ascii: nil),  // non-ASCII in an A-label [P4]
        Case(input: "xn--zz-garbage!", ascii: nil),  // not Punycode [P4]
        Case(input: "a.b.c.xn--pokxncvks", ascii: nil),  // decodes to ㉓㋎…, mapped characters, not valid ones [V6]
        // Disallowed code points.
        Case(input: "\u{FFFD}", ascii: nil),
        Case(input: "\(Unicode.Scalar(0xFDD0)!)zyx.com", ascii: nil),  // a noncharacter (Swift literals may not hold one)
        Case(input: "\u{E0001}a", ascii: nil),  // the language tag
        // Joiners (CONTEXTJ), combining marks, bidi.
        Case(input: "a\u{200C}b", ascii: nil),  // ZWNJ between Latin letters [C1]
        Case(input: "a\u{200D}b", ascii: nil),  // ZWJ without a virama [C2]
        Case(input: "\u{300}a", ascii: nil),  // a label may not begin with a combining mark [V5]
        Case(input: "\u{5D0}1", ascii: "xn--1-zhc"),  // RTL label ending in a digit: fine
        Case(input: "1\u{5D0}", ascii: nil),  // RTL label beginning with a digit [B1]
        Case(input: "\u{660}\u{6F0}", ascii: nil),  // Arabic-Indic and extended digits mixed [B4]
    ]

    @Test(arguments: cases)
    func toASCII(_ testCase: Case) {
        #expect(IDNA.asciiHost(testCase.input) == testCase.ascii)
    }

    /// Where libidn2 2.3 answers otherwise than UTS #46 / WHATWG, so that a change of library shows up here.
    /// - Symbols and emoji (UTS #46 "valid" or "valid NV8", IDNA 2008 "disallowed"): libidn2 checks
    ///   IDNA 2008's repertoire after the UTS #46 mapping, so browsers' `xn--ls8h` (💩) is invalid here.
    /// - Hyphens and length in labels that go to libidn2 (non-ASCII and A-labels): it applies
    ///   CheckHyphens and the 63-octet limit, which WHATWG turns off. ASCII labels are only lowercased.
    /// - The cross-label bidi rule: `0.א` is a bidi domain whose first label starts with a digit [B1],
    ///   but libidn2 checks bidi one label at a time and accepts it.
    static let libidn2Differs: [Case] = [
        Case(input: "xn--ls8h", ascii: nil),  // UTS #46 and WHATWG: xn--ls8h
        Case(input: "i\u{2764}", ascii: nil),  // UTS #46: xn--i-7iq
        Case(input: "\u{A1}", ascii: nil),  // UTS #46: valid (NV8), so an A-label
        Case(input: "-bücher", ascii: nil),  // WHATWG (CheckHyphens off): xn---bcher-kva
        Case(input: "0.\u{5D0}", ascii: "0.xn--4db"),  // UTS #46 with CheckBidi: error [B1]
        Case(input: "-foo.example", ascii: "-foo.example"),  // ASCII: never sent to libidn2, as WHATWG
    ]

    @Test(arguments: libidn2Differs)
    func knownDifferencesFromUTS46(_ testCase: Case) {
        #expect(IDNA.asciiHost(testCase.input) == testCase.ascii)
    }

    /// Through the URL normalizer: lowercase A-labels in the URL, invalid hosts rejected, never a crash.
    @Test func urlsWithInternationalHosts() {
        #expect(URLNormalizer.normalize("https://ｅｘａｍｐｌｅ.com/")?.url == "https://example.com/")
        #expect(URLNormalizer.normalize("https://ＥＸＡＭＰＬＥ．ＣＯＭ/a")?.url == "https://example.com/a")
        #expect(URLNormalizer.normalize("https://Bücher.DE/x")?.url == "https://xn--bcher-kva.de/x")
        #expect(URLNormalizer.normalize("https://faß.ExAmPlE/")?.url == "https://xn--fa-hia.example/")
        #expect(URLNormalizer.normalize("https://%E2%93%95%E2%93%9E%E2%93%9E.com/")?.url == "https://foo.com/")
        #expect(URLNormalizer.normalize("https://xn--a.com/") == nil)
        #expect(URLNormalizer.normalize("https://a\u{200C}b.com/") == nil)
        #expect(URLNormalizer.normalize("https://％４１.com/") == nil)  // maps to `%41`: a forbidden code point
        #expect(URLNormalizer.normalize("https://a\u{0}b.com/") == nil)
        #expect(URLNormalizer.normalize("https://\u{AD}/") == nil)  // maps to the empty host
    }

    /// Hosts a fuzzer would try: long, odd, mixed. Only that they return (nil or a value).
    @Test func oddInputsDoNotCrash() {
        let inputs = [
            String(repeating: "ü", count: 5000), String(repeating: "a.", count: 3000) + "ü",
            "xn--" + String(repeating: "9", count: 1000), String(Unicode.Scalar(0x10FFFF)!), "\u{D7FF}\u{E000}", "。。。", "xn--.xn--",
        ]
        for input in inputs { _ = IDNA.asciiHost(input) }
    }
}
