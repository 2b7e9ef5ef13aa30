/// A reader of one input format: bytes (decoded text for the text formats) in, blocks out.
/// Every format has one; the read stage picks it by the input's format.
public protocol DraftReader {
    /// Reads the draft's blocks; a draft that cannot be read throws `InputError`.
    static func read(_ input: ReaderInput) throws -> ReadDraft
}

extension TextReader: DraftReader {}
extension MarkdownReader: DraftReader {}
extension HTMLReader: DraftReader {}
extension DOCXReader: DraftReader {}
extension ODTReader: DraftReader {}

extension DocumentFormat {
    /// The reader of this format.
    public var reader: any DraftReader.Type {
        switch self {
        case .text: return TextReader.self
        case .markdown: return MarkdownReader.self
        case .html: return HTMLReader.self
        case .docx: return DOCXReader.self
        case .odt: return ODTReader.self
        }
    }

    /// Text formats are decoded (UTF-8, UTF-16 by byte-order mark) before their reader sees them.
    var readsDecodedText: Bool { self == .text || self == .markdown }
}
