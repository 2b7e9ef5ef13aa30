import Testing

@testable import CiteproofCore

@Suite struct ByteSearchTests {
    @Test func findsWhatRangeOfFinds() {
        let text = "é accessed https://x.example/a://b, last checked"
        for needle in ["://", "accessed", "last checked", "é", "b,", "z", "checkedX", "https", "d"] {
            let found = text.byteRange(of: needle).map { String(text[$0]) }
            let expected = text.contains(needle) ? needle : nil
            #expect(found == expected, "\(needle)")
        }
        #expect(text.byteRange(of: "://").map { text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound) } == 17)
    }

    @Test func offsetsInASubstringAreItsOwn() {
        let text = "xx://yy://zz"
        let tail = text.dropFirst(4)  // "/yy://zz"
        let range = tail.byteRange(of: "://")
        #expect(range.map { String(tail[$0.upperBound...]) } == "zz")
        #expect(tail.byteRange(of: "xx") == nil)
    }

    @Test func everyOffsetWithoutOverlaps() {
        #expect(Array("citeproof x citeproofciteproof é citeproof".utf8).offsets(of: "citeproof") == [0, 12, 21, 34])  // é is two bytes
        #expect(Array("aaaa".utf8).offsets(of: "aa") == [0, 2])
        #expect(Array("ab".utf8).offsets(of: "abc").isEmpty)
        #expect([UInt8]().offsets(of: "a").isEmpty)
    }
}
