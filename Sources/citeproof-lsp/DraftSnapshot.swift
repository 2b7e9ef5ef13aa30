import CiteproofCore
import Foundation

/// An open draft at one version: what a check runs on.
struct DraftSnapshot: Sendable {
    var uri: String
    var version: Int
    var bytes: [UInt8]
    var format: DocumentFormat?
    /// The file behind the URI, for `file:` URIs.
    var path: String?

    /// The name reports and format detection use.
    var name: String { path ?? uri }

    /// The format a client's language id names (nil: from the file name).
    static func format(languageID: String?) -> DocumentFormat? {
        switch languageID?.lowercased() {
        case "markdown", "md": return .markdown
        case "plaintext", "text", "txt": return .text
        case "html": return .html
        default: return nil
        }
    }

    /// The path of a `file:` URI, percent-decoded.
    static func path(ofURI uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.path
    }
}
