/// A place in an input document: 1-based line and column.
///
/// The column counts Unicode scalars from the start of the line. It is `nil`
/// when it cannot be known (never 0). For formats without lines (.docx, .odt)
/// `line` is the paragraph number and `column` the character offset in it
/// plus one; the document's `locationUnit` says which.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int?

    public init(line: Int, column: Int?) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }

    /// `line:column`, or `line` alone when the column is unknown.
    public var description: String {
        if let column { return "\(line):\(column)" }
        return "\(line)"
    }
}

/// What a document's locations count: lines of source text, or paragraphs.
public enum LocationUnit: String, Sendable, Codable {
    case line
    case paragraph
}
