import Foundation

/// A list number as a document writes it (`<ol start>`, `<li value>`, `w:start`, `w:startOverride`,
/// `text:start-value`), bounded so that counting on from a hostile value never overflows.
enum ListNumber {
    static let limit = 1_000_000

    static func parse(_ text: String?) -> Int? {
        guard let text, let value = Int(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        return min(max(value, -limit), limit)
    }
}
