/// A draft's source lines, split once, with the lookups a rule makes of them many times: which lines
/// name a word. A rule asking for each of its citations scanned every line each time (quadratic in a
/// large draft); here each distinct word scans them once.
final class DraftLines {
    private let text: String
    /// Split on first use: most drafts never need their lines.
    private lazy var lines: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false)
    /// Each line's length in characters, counted when first needed (-1 until then).
    private lazy var lengths = Array(repeating: -1, count: lines.count)
    /// Per word and minimum length: the indices of the lines at least that long that contain the word.
    private var linesNaming: [LinesKey: [Int]] = [:]

    private struct LinesKey: Hashable {
        var word: String
        var minimumLength: Int
    }

    init(_ text: String) {
        self.text = text
    }

    var count: Int { lines.count }

    subscript(index: Int) -> Substring { lines[index] }

    /// The indices, in order, of the lines of at least `minimumLength` characters that contain `word`.
    func indices(containing word: String, minimumLength: Int) -> [Int] {
        let key = LinesKey(word: word, minimumLength: minimumLength)
        if let known = linesNaming[key] { return known }
        var found: [Int] = []
        for index in lines.indices
        where lines[index].utf8.count >= minimumLength && length(of: index) >= minimumLength && lines[index].contains(word) {
            found.append(index)
        }
        linesNaming[key] = found
        return found
    }

    private func length(of index: Int) -> Int {
        if lengths[index] < 0 { lengths[index] = lines[index].count }
        return lengths[index]
    }
}
