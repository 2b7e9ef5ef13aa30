/// Decides a draft's format: by extension, then by content.
public enum FormatDetector {
    public static let extensions: [String: DocumentFormat] = [
        "txt": .text, "text": .text,
        "md": .markdown, "markdown": .markdown, "mdown": .markdown, "mkd": .markdown, "mdx": .markdown,
        "html": .html, "htm": .html, "xhtml": .html,
        "docx": .docx, "odt": .odt,
    ]

    public static func format(forPath path: String) -> DocumentFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        return extensions[path[path.index(after: dot)...].lowercased()]
    }

    /// The format of `bytes`, from the path's extension when it has a known one.
    public static func detect(path: String, bytes: [UInt8]) -> DocumentFormat {
        if let f = format(forPath: path) { return f }
        return sniff(bytes)
    }

    public static func sniff(_ bytes: [UInt8]) -> DocumentFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
            if head.contains("application/vnd.oasis.opendocument.text") || head.contains("content.xml") { return .odt }
            return .docx
        }
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        let trimmed = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml") && head.contains("<html") {
            return .html
        }
        let sample = String(decoding: bytes.prefix(65536), as: UTF8.self)
        if sample.hasPrefix("---\n") || sample.contains("\n[^") || sample.hasPrefix("[^") || sample.contains("\n# ")
            || sample.hasPrefix("# ")
        {
            return .markdown
        }
        return .text
    }
}
