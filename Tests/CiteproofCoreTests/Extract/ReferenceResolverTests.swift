import Testing
@testable import CiteproofCore

/// `ReferenceResolver`: which earlier full citation a short form repeats.
@Suite struct ReferenceResolverTests {
    /// Two earlier works by the same author: the short form's title picks the first one, though
    /// the other is the latest by that author.
    @Test func shortFormWithATitleRepeatsTheWorkOfThatTitle() throws {
        let document = try TestData.read(
            text: """
                A.[^1] B.[^2] C.[^3] D.[^4]

                [^1]: Jane Doe, "A Study of Harbour Tolls in the Baltic Ports", _Journal of Maritime History_, vol. 12, no. 2 (1987), pp. 132-40.
                [^2]: Jane Doe and Rob Roe, _Tides and Trade: The Baltic Ports_ (Boston: Harbour Press, 1964).
                [^3]: Doe, "A Study of Harbour Tolls...", pp. 132-133.
                [^4]: Doe, 15.
                """, format: .markdown, path: "draft.md")
        let repeats = { (label: String) in
            document.definitions.first { $0.label == label }?.citations.first?.reference?.repeats
        }
        #expect(repeats("3") == "1")
        #expect(repeats("4") == "2", "without a title, the latest work by that author")
    }
}

/// The resolver's index finds what comparing every short form with every earlier work finds.
@Suite struct ReferenceResolverIndexTests {
    /// The resolver as it was before the index: every short form compared with every earlier work.
    static func bruteForce(_ notes: [(label: String, reference: Reference)]) -> [Reference] {
        var result: [Reference] = []
        var fulls: [(label: String, reference: Reference)] = []
        var previous: (label: String, reference: Reference)?
        for (label, reference) in notes {
            var r = reference
            switch r.form {
            case .ibid:
                if let p = previous {
                    r.repeats = p.reference.form == .full ? p.label : p.reference.repeats
                    r.repeatedKind = p.reference.resolvedKind
                }
            case .short:
                let byName = fulls.filter { ReferenceResolver.matches(r, $0.reference) }
                if let full = byName.last(where: { ReferenceResolver.sameTitle(r, $0.reference) }) ?? byName.last {
                    r.repeats = full.label
                    r.repeatedKind = full.reference.kind
                }
            case .full:
                if r.issued == nil, r.urls.isEmpty, r.container == nil, r.publisher == nil, r.locator == nil,
                    let full = fulls.last(where: {
                        ReferenceResolver.matches(r, $0.reference) || ReferenceResolver.matchesBare(r, $0.reference)
                    })
                {
                    r.form = .short
                    r.repeats = full.label
                    r.repeatedKind = full.reference.kind
                } else {
                    fulls.append((label, r))
                }
            }
            previous = (label, r)
            result.append(r)
        }
        return result
    }

    /// Every labelled reference of the conformance data, in order, as the notes of one long draft
    /// (its short forms, Ibid. and bare titles among them), and shuffled runs of it.
    @Test func agreesWithComparingEveryPairOnTheConformanceReferences() throws {
        let parser = ReferenceParser()
        let parsed = try ReferenceConformanceTests.cases().enumerated().map { k, c in
            (label: String(k + 1), reference: parser.parse(c.text))
        }
        #expect(parsed.contains { $0.reference.form == .short } && parsed.contains { $0.reference.form == .ibid })
        var runs = [parsed]
        var seed: UInt64 = 42
        for _ in 0..<3 {
            var shuffled = parsed
            for i in stride(from: shuffled.count - 1, to: 0, by: -1) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                shuffled.swapAt(i, Int(seed >> 33) % (i + 1))
            }
            runs.append(shuffled)
        }
        for notes in runs {
            let indexed = ReferenceResolver.resolve(notes)
            let brute = Self.bruteForce(notes)
            let differing = zip(indexed, brute).enumerated().filter { $0.element.0 != $0.element.1 }
            #expect(differing.isEmpty, "\(differing.prefix(3).map { "\(notes[$0.offset].reference.authors) \(notes[$0.offset].reference.title ?? "-"): \($0.element.0.repeats ?? "nil") vs \($0.element.1.repeats ?? "nil")" })")
        }
    }
}
