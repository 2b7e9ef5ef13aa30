import Testing
@testable import CiteproofCore

/// Lines without closing punctuation — infobox-style `Label: value` lines, a line that ends with
/// its footnote marker — are sentences of their own when the reader says where the lines broke;
/// prose wrapped over lines is not cut.
@Suite struct SentenceLineBreakTests {
    /// `lines` joined by spaces, with those spaces recorded as line breaks (as the readers do).
    static func sentences(_ lines: [String], offsetOf needle: String) -> String {
        var text = MappedText()
        for (k, line) in lines.enumerated() {
            if k > 0 { text.appendLineBreak() }
            text.append(line, sourceOffset: nil)
        }
        let at = text.text.range(of: needle)!.lowerBound
        let sentences = SentenceSplitter.Sentences(text.text, lineBreaks: text.lineBreaks)
        return sentences.sentence(containing: text.text.utf8.distance(from: text.text.startIndex, to: at))
    }

    @Test func labelValueLinesAreSentencesOfTheirOwn() {
        let lines = ["Developer: Example Org", "Latest version: 4.1 / 2 May 2020", "License: MIT"]
        #expect(Self.sentences(lines, offsetOf: "4.1") == "Latest version: 4.1 / 2 May 2020")
        #expect(Self.sentences(lines, offsetOf: "MIT") == "License: MIT")
    }

    @Test func aLineEndingInAMarkerEndsItsSentence() {
        let lines = ["Released 12 March 2017[3]", "Stable since the spring"]
        #expect(Self.sentences(lines, offsetOf: "[3]") == "Released 12 March 2017[3]")
    }

    @Test func wrappedProseStaysOneSentence() {
        // The next line starts in lower case: the sentence goes on.
        let lines = ["The channel posted the video on April 3,[1]", "two days after the attack."]
        #expect(Self.sentences(lines, offsetOf: "[1]") == "The channel posted the video on April 3,[1] two days after the attack.")
        // A colon inside prose does not make a label line when the next line is not one.
        let prose = ["He listed three demands: a ceasefire,", "Talks and an inquiry."]
        #expect(Self.sentences(prose, offsetOf: "ceasefire") == "He listed three demands: a ceasefire, Talks and an inquiry.")
    }

    @Test func withoutLineBreaksNothingChanges() {
        let text = "Developer: Example Org[1] Latest version: 4.1 / 2 May 2020[2]"
        let sentences = SentenceSplitter.Sentences(text)
        #expect(sentences.sentence(containing: 30) == text)
    }
}
