/// Finds source credits outside notes: a caption's "(source: Telegram.me/ X, April 2, 2021)",
/// or a line that starts "Source:" / "Credit:".
public enum InlineCreditFinder {
    nonisolated(unsafe) static let parenthetical = try! Regex(
        #"(?i)\((?<label>source|sources|credit|credits|photo|photo credit|image|image credit|image source|video|screenshot|via|courtesy)\s*:\s*(?<body>[^()]{3,400})\)"#)
    nonisolated(unsafe) static let leading = try! Regex(
        #"(?i)^(?<label>source|sources|credit|credits|photo credit|image credit|image source)\s*:\s*(?<body>.{3,400})$"#)

    /// Credits in one paragraph of body text, as citations located through `locate`.
    public static func credits(
        in paragraph: String, extractor: CitationExtractor, locate: (Int) -> SourceLocation?
    ) -> [Citation] {
        var result: [Citation] = []
        let matches = paragraph.matches(of: parenthetical).map { $0 }
            + paragraph.matches(of: leading).map { $0 }
        for m in matches {
            guard let body = m.output["body"]?.substring, let label = m.output["label"]?.substring else { continue }
            let offset = paragraph.utf8.distance(from: paragraph.utf8.startIndex, to: body.startIndex)
            let text = String(body).trimmingCharacters(in: " .")
            if let c = extractor.credit(text, signal: label.lowercased() + ":", baseOffset: offset, locate: locate) {
                result.append(c)
            }
        }
        return result
    }
}
