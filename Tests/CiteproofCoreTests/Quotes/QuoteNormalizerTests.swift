import Testing
@testable import CiteproofCore

@Suite struct QuoteNormalizerTests {
    @Test func caseQuotesDashesWhitespaceAndSoftHyphensAreOneForm() {
        #expect(QuoteNormalizer.normalize("The  in\u{00AD}ter\u{00AD}na\u{00AD}tional\n“Port”") == "the international port")
        #expect(QuoteNormalizer.normalize("don’t — won't") == QuoteNormalizer.normalize("dont - wont"))
        #expect(QuoteNormalizer.normalize("well–known") == "well known")
        #expect(QuoteNormalizer.normalize("zero\u{200B}width") == "zerowidth")
    }

    @Test func nfkcFoldsCompatibilityForms() {
        // Ligature, full-width letters, superscript digit.
        #expect(QuoteNormalizer.normalize("ﬁnal ＰＯＲＴ x²") == "final port x2")
        // Decomposed and precomposed accents are one word.
        #expect(QuoteNormalizer.normalize("Cafe\u{0301}") == QuoteNormalizer.normalize("Café"))
    }

    @Test func arabicTashkeelTatweelAndLetterVariants() {
        let page = "وأضاف الوزيـــر أن الحكومةَ «ستعوّض كلَّ شرکة»"
        let draft = "واضاف الوزير ان الحكومه ستعوض كل شركه"
        #expect(QuoteNormalizer.normalize(page) == QuoteNormalizer.normalize(draft))
        // Persian yeh and kaf against Arabic ones; alef forms.
        #expect(QuoteNormalizer.normalize("یک کتاب") == QuoteNormalizer.normalize("يك كتاب"))
        #expect(QuoteNormalizer.normalize("إن أن آن") == "ان ان ان")
        #expect(QuoteNormalizer.normalize("٢٠٢١ ۱۴۰۰") == "2021 1400")
    }

    @Test func originalsKeepThePagesSpellingForDisplay() {
        let words = QuoteNormalizer.words("The re\u{00AD}opening, “Port”")
        #expect(words.map(\.original) == ["The", "reopening", "Port"])
        #expect(words.map(\.normalized) == ["the", "reopening", "port"])
    }

    @Test func dominantScript() {
        #expect(QuoteNormalizer.dominantScript(["the", "port"]) == .latin)
        #expect(QuoteNormalizer.dominantScript(["الميناء", "x"]) == .arabic)
        #expect(QuoteNormalizer.dominantScript(["порт"]) == .cyrillic)
        #expect(QuoteNormalizer.dominantScript(["123"]) == nil)
    }
}
