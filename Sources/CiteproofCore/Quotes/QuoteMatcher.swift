/// How a quotation was found on a page.
public enum QuoteMatchTier: String, Sendable, Codable {
    /// The quotation's words, in order, as one passage.
    case exact
    /// The pieces around `…`/`[…]` in order, or with a bracketed insertion (`[the minister]`) standing for
    /// a few of the page's words.
    case elided
    /// Near the page's wording (word-level similarity at least `QuoteMatcher.fuzzyThreshold`), not equal.
    case fuzzy
}

/// Where and how well a quotation matches a page.
public struct QuoteMatch: Sendable, Equatable {
    public var tier: QuoteMatchTier
    /// The page's words covered, first to last.
    public var range: Range<Int>
    /// 1 for exact and elided matches.
    public var similarity: Double
    public var zone: PageZone
}

/// Matches a quotation against a page's words in tiers: exact; the pieces around ellipses and
/// bracketed insertions in order; then word-level fuzzy matching on the few passages a cheap
/// pre-filter (how many of the quotation's words a window holds) picks out, so the cost grows with
/// the page once per quotation, never with page × quotation.
public enum QuoteMatcher {
    public static let fuzzyThreshold = 0.8
    /// Most page words an ellipsis may stand for.
    static let maxElision = 400
    /// Longest quotation (in words) the fuzzy tier aligns.
    static let maxFuzzyWords = 300
    /// Most page words a bracketed insertion may stand for.
    static let maxInsertion = 8

    /// One run of the quotation's own words, with what stands before it.
    struct Piece {
        enum Gap { case none, ellipsis, insertion }
        var gapBefore: Gap
        var words: [String]
    }

    /// The quotation cut at `…`, `...`, `[…]` and `[inserted words]`.
    static func pieces(_ quote: String) -> [Piece] {
        var pieces: [Piece] = []
        var pending = Piece.Gap.none
        var buffer = ""
        /// Ends the words so far; `marker` is the gap that follows them (an ellipsis outweighs an insertion).
        func flush(then marker: Piece.Gap) {
            let words = QuoteNormalizer.words(buffer).map(\.normalized)
            buffer = ""
            if !words.isEmpty {
                pieces.append(Piece(gapBefore: pieces.isEmpty ? .none : pending, words: words))
                pending = .none
            }
            if marker == .ellipsis || (marker == .insertion && pending == .none) { pending = marker }
        }
        let chars = Array(quote)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "[", let close = chars[(i + 1)...].firstIndex(of: "]") {
                let inner = String(chars[(i + 1)..<close]).trimmingCharacters(in: .whitespaces)
                flush(then: inner == "…" || inner.allSatisfy({ $0 == "." }) ? .ellipsis : .insertion)
                i = close + 1
                continue
            }
            if c == "…" {
                flush(then: .ellipsis)
                i += 1
                continue
            }
            if c == ".", i + 2 < chars.count, chars[i + 1] == ".", chars[i + 2] == "." {
                flush(then: .ellipsis)
                while i < chars.count, chars[i] == "." { i += 1 }
                continue
            }
            buffer.append(c)
            i += 1
        }
        flush(then: .none)
        return pieces
    }

    /// The best match of `quote` on `page`, or nil when none reaches the fuzzy threshold. Among equal
    /// tiers, a match in the article (or its structured copy) wins over one in comments or boilerplate.
    public static func match(_ quote: String, in page: PageText) -> QuoteMatch? {
        let pieces = pieces(quote)
        guard !pieces.isEmpty, page.count > 0 else { return nil }
        let ids = pieces.map { $0.words.map { page.vocabulary[$0] } }
        if let found = exactSequence(pieces, ids, page) { return found }
        return fuzzySequence(pieces, ids, page)
    }

    // MARK: exact and elided

    /// Start positions of `words` on the page, ascending.
    static func occurrences(_ words: [Int32?], _ page: PageText) -> [Int] {
        guard !words.isEmpty else { return [] }
        var known: [Int32] = []
        for w in words {
            guard let w else { return [] }
            known.append(w)
        }
        // Anchor on the rarest word.
        var anchor = 0
        for k in known.indices where page.positions[Int(known[k])].count < page.positions[Int(known[anchor])].count {
            anchor = k
        }
        var starts: [Int] = []
        for p in page.positions[Int(known[anchor])] {
            let start = Int(p) - anchor
            guard start >= 0, start + known.count <= page.count else { continue }
            var equal = true
            for k in known.indices where page.ids[start + k] != known[k] {
                equal = false
                break
            }
            if equal { starts.append(start) }
        }
        return starts
    }

    static func exactSequence(_ pieces: [Piece], _ ids: [[Int32?]], _ page: PageText) -> QuoteMatch? {
        let starts = ids.map { occurrences($0, page) }
        var best: QuoteMatch?
        for first in starts[0].prefix(200) {
            var end = first + pieces[0].words.count
            var complete = true
            for k in 1..<max(1, pieces.count) where k < pieces.count {
                let limit = end + (pieces[k].gapBefore == .insertion ? maxInsertion : maxElision)
                guard let next = firstAtLeast(end, in: starts[k]), next <= limit else {
                    complete = false
                    break
                }
                end = next + pieces[k].words.count
            }
            guard complete else { continue }
            let range = first..<end
            let candidate = QuoteMatch(
                tier: pieces.count == 1 ? .exact : .elided, range: range, similarity: 1, zone: page.zone(of: range))
            if best == nil || rank(candidate.zone) < rank(best!.zone) { best = candidate }
            if rank(candidate.zone) == 0 { break }
        }
        return best
    }

    /// Article and its structured copy first, then comments, then boilerplate.
    static func rank(_ zone: PageZone) -> Int {
        switch zone {
        case .article, .structuredData: return 0
        case .comments: return 1
        case .boilerplate: return 2
        }
    }

    private static func firstAtLeast(_ value: Int, in sorted: [Int]) -> Int? {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count ? sorted[lo] : nil
    }

    // MARK: fuzzy

    static func fuzzySequence(_ pieces: [Piece], _ ids: [[Int32?]], _ page: PageText) -> QuoteMatch? {
        var lower = 0
        var upper = page.count
        var first: Int?
        var distance = 0.0
        var total = 0
        for (k, piece) in pieces.enumerated() {
            if k > 0 {
                upper = min(page.count, lower + (piece.gapBefore == .insertion ? maxInsertion : maxElision) + 2 * piece.words.count)
            }
            guard let found = fuzzy(ids[k], page, within: lower..<upper) else { return nil }
            if first == nil { first = found.range.lowerBound }
            distance += found.distance
            total += piece.words.count
            lower = found.range.upperBound
        }
        guard let first, total > 0 else { return nil }
        let similarity = 1 - distance / Double(total)
        guard similarity >= fuzzyThreshold else { return nil }
        let range = first..<max(first + 1, lower)
        return QuoteMatch(tier: .fuzzy, range: range, similarity: similarity, zone: page.zone(of: range))
    }

    /// The passage within `bounds` closest to `words` by word-level edit distance, among the windows
    /// holding the most of the quotation's words.
    static func fuzzy(_ words: [Int32?], _ page: PageText, within bounds: Range<Int>) -> (range: Range<Int>, distance: Double)? {
        let m = words.count
        // The alignment costs m × 1.7m: a "quotation" of more than a few hundred words is a paragraph, not a quote.
        guard m >= 3, m <= maxFuzzyWords, bounds.count > 0 else { return nil }
        let wanted = Set(words.compactMap { $0 })
        let needed = Int((Double(m) * 0.6).rounded(.up))
        guard wanted.count > 0 else { return nil }
        // Pre-filter: how many of the window's words are among the quotation's, over a sliding window.
        let window = min(m, bounds.count)
        var hits = 0
        var scores: [(start: Int, hits: Int)] = []
        for i in bounds {
            if wanted.contains(page.ids[i]) { hits += 1 }
            if i - window >= bounds.lowerBound, wanted.contains(page.ids[i - window]) { hits -= 1 }
            if i - bounds.lowerBound + 1 >= window, hits >= needed { scores.append((i - window + 1, hits)) }
        }
        guard !scores.isEmpty else { return nil }
        // The best few non-overlapping windows.
        scores.sort { $0.hits > $1.hits || ($0.hits == $1.hits && $0.start < $1.start) }
        var chosen: [Int] = []
        for s in scores where chosen.count < 4 && !chosen.contains(where: { abs($0 - s.start) < m }) {
            chosen.append(s.start)
        }
        var best: (range: Range<Int>, distance: Double)?
        for start in chosen {
            let lo = max(bounds.lowerBound, start - m / 3 - 1)
            let hi = min(bounds.upperBound, start + m + m / 3 + 1)
            let aligned = align(words, page.ids[lo..<hi], blocks: page.blocks[lo..<hi], offset: lo)
            if best == nil || aligned.distance < best!.distance { best = aligned }
        }
        return best
    }

    /// Semi-global alignment: the whole quotation against any stretch of `text`; word-level edit distance.
    static func align(_ quote: [Int32?], _ text: ArraySlice<Int32>, blocks: ArraySlice<Int32>, offset: Int)
        -> (range: Range<Int>, distance: Double)
    {
        let n = text.count
        let t = Array(text)
        var previous = [Int](repeating: 0, count: n + 1)  // row i-1
        var previousStart = Array(0...n)  // where the alignment ending at j began
        var current = [Int](repeating: 0, count: n + 1)
        var currentStart = [Int](repeating: 0, count: n + 1)
        for i in 1...quote.count {
            current[0] = i
            currentStart[0] = 0
            for j in 1...max(1, n) where n > 0 {
                let same = quote[i - 1] == t[j - 1]
                var value = previous[j - 1] + (same ? 0 : 1)
                var start = previousStart[j - 1]
                if previous[j] + 1 < value { value = previous[j] + 1; start = previousStart[j] }  // quote word missing
                if current[j - 1] + 1 < value { value = current[j - 1] + 1; start = currentStart[j - 1] }  // page word extra
                current[j] = value
                currentStart[j] = start
            }
            swap(&previous, &current)
            swap(&previousStart, &currentStart)
        }
        // Among equally close passages, the longest that stays in the block it starts in: a replaced last
        // word is shown, not dropped, and the next paragraph's first word is not taken for it.
        let block = Array(blocks)
        let least = previous.min() ?? 0
        var bestEnd = -1
        var fallback = 0
        for j in 0...n where previous[j] == least {
            fallback = j
            let start = previousStart[j]
            if j > start, block[start] == block[j - 1] { bestEnd = j }
        }
        if bestEnd < 0 { bestEnd = fallback }
        let start = previousStart[bestEnd]
        return (offset + start..<offset + max(bestEnd, start), Double(previous[bestEnd]))
    }
}
