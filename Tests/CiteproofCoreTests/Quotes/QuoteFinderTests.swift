import Testing
@testable import CiteproofCore

@Suite struct QuoteFinderTests {
    func texts(_ sentence: String) -> [String] { QuoteFinder.quotes(in: sentence).map(\.text) }

    @Test func everyQuotationMarkStyle() {
        #expect(texts("He said “the port will reopen soon.”") == ["the port will reopen soon."])
        #expect(texts("He said \"the port will reopen soon\".") == ["the port will reopen soon"])
        #expect(texts("Il a dit « le port va rouvrir bientôt ».") == ["le port va rouvrir bientôt"])
        #expect(texts("Er sagte „der Hafen öffnet bald wieder“.") == ["der Hafen öffnet bald wieder"])
        #expect(texts("Er sagte »der Hafen öffnet bald wieder«.") == ["der Hafen öffnet bald wieder"])
        #expect(texts("Er sagte ‚der Hafen öffnet bald‘.") == ["der Hafen öffnet bald"])
        #expect(texts("He said ‘the port will reopen’.") == ["the port will reopen"])
        #expect(texts("He said 'the port will reopen' on Sunday.") == ["the port will reopen"])
        #expect(texts("قال الوزير «الميناء سيعاد فتحه قريبا».") == ["الميناء سيعاد فتحه قريبا"])
        #expect(texts("گفت «بندر به زودی باز می‌شود».") == ["بندر به زودی باز می‌شود"])
    }

    @Test func apostrophesAreNotQuotationMarks() {
        #expect(texts("The minister’s aide said “we don’t know yet, it’s early.”") == ["we don’t know yet, it’s early."])
        #expect(texts("It's the port's and the city's problem, isn't it.").isEmpty)
        // '…' with an apostrophe inside is ambiguous: left alone.
        #expect(texts("He called it 'the city's worst storm' twice.").isEmpty)
    }

    @Test func shortScareQuotesAndUnclosedQuotationsAreSkipped() {
        #expect(texts("The so-called “reform” passed.").isEmpty)
        #expect(texts("He said “the port will reopen").isEmpty)
    }

    @Test func outermostQuotationOnlyAndSeveralPerSentence() {
        #expect(texts("She said “he told me ‘the port is closed’ yesterday.”") == ["he told me ‘the port is closed’ yesterday."])
        #expect(texts("He said “the port will reopen” and “the quay is rebuilt now”.") == ["the port will reopen", "the quay is rebuilt now"])
    }
}
