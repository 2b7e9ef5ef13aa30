import Testing
@testable import CiteproofCore

/// The byte check before `implausible-year`'s publisher pattern only ever says "no" where the
/// pattern cannot match: on these cases and on random citation-like text, the two agree.
@Suite struct ImplausibleYearPrefilterTests {
    static let cases = [
        "Jane Doe, The Long Siege (Yale University Press, 199).", "Yale University Press, 199", "Penguin Press, 2016), 88.",
        "Twitter.com/X, April 3, 2021.", "Oxford University Press,199.", "Verlag, 1 99", "Institute, 198;", "Books, 3000",
        "Press,\u{00A0}199)", "Press, 1٩٩)", "PressUniversityUniversity,2٩1", "Press, 2٩١٢)", "Company, 2021, 199 pages", "",
    ]

    @Test(arguments: cases)
    func prefilterIsANecessaryCondition(_ text: String) {
        let matches = text.firstMatch(of: ImplausibleYearRule.truncatedPublisherYear) != nil
        if matches { #expect(ImplausibleYearRule.hasCommaThenThreeDigits(text), "\(text)") }
    }

    @Test func randomTextAgrees() {
        var generator = SeededGenerator(seed: 20261201)
        let pieces = ["Press", "University", ",", " ", "1", "2", "9", "0", "٩", "\u{00A0}", ")", ";", ".", "Books", "x"]
        for _ in 0..<20000 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if text.firstMatch(of: ImplausibleYearRule.truncatedPublisherYear) != nil {
                #expect(ImplausibleYearRule.hasCommaThenThreeDigits(text), "\(text.debugDescription)")
            }
        }
    }

    @Test func findsTheTruncatedYear() {
        #expect(ImplausibleYearRule.truncatedYear(in: "Jane Doe, The Long Siege (Yale University Press, 199).") == "199")
        #expect(ImplausibleYearRule.truncatedYear(in: "Penguin Press, 2016), 88.") == nil)
    }
}
