/// Plain text assembled from pieces of a source, remembering where each piece came from,
/// so that an offset in the plain text maps back to a source location.
public struct MappedText: Sendable {
    public private(set) var text = ""
    /// UTF-8 offsets in `text` of the spaces that stand for a line break of the source (a soft break
    /// inside a paragraph), so that sentence splitting can tell `License: MIT⏎Version: 4.1` lines apart.
    public private(set) var lineBreaks: [Int] = []
    /// (UTF-8 offset in `text`, UTF-8 offset in the source or nil) for each piece, in order.
    private var pieces: [(plain: Int, source: Int?)] = []
    private var plainLength = 0

    public init() {}

    public init(_ text: String, sourceOffset: Int?) {
        append(text, sourceOffset: sourceOffset)
    }

    /// Appends `piece`, which starts at `sourceOffset` in the source (nil: synthesized text).
    public mutating func append(_ piece: String, sourceOffset: Int?) {
        guard !piece.isEmpty else { return }
        pieces.append((plainLength, sourceOffset))
        text += piece
        plainLength += piece.utf8.count
    }

    /// Appends a space that stands for a line break of the source.
    public mutating func appendLineBreak() {
        lineBreaks.append(plainLength)
        append(" ", sourceOffset: nil)
    }

    /// Records that the space at `offset` (appended or about to be) stands for a line break.
    mutating func recordLineBreak(at offset: Int) {
        lineBreaks.append(offset)
    }

    /// The source offset of a plain-text UTF-8 offset, when it came from the source.
    public func sourceOffset(forPlain offset: Int) -> Int? {
        guard !pieces.isEmpty else { return nil }
        var lo = 0
        var hi = pieces.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if pieces[mid].plain <= offset { lo = mid } else { hi = mid - 1 }
        }
        guard let base = pieces[lo].source else {
            // Synthesized text (a joined line break): use the next piece's start.
            if lo + 1 < pieces.count { return pieces[lo + 1].source }
            return nil
        }
        return base + (offset - pieces[lo].plain)
    }
}
