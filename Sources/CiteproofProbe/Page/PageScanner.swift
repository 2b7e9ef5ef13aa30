import Foundation
import CiteproofCore

/// What a bounded prefix of an HTML page says about itself.
struct PageFacts: Equatable {
    var title: String?
    var publishedDate: CalendarDate?
}

/// A small tag scanner over the first bytes of an HTML page: the `<title>` and the page's own publication date
/// (meta tags, then JSON-LD `datePublished`, then the first `<time datetime>`). Tolerant of broken markup.
enum PageScanner {
    /// Meta keys (from `property`, `name` or `itemprop`) that carry a publication date, best first.
    static let dateMetaKeys = [
        "article:published_time", "og:published_time", "datepublished", "citation_publication_date",
        "dc.date.issued", "publication_date", "publishdate", "pubdate", "sailthru.date", "parsely-pub-date",
        "dc.date", "date",
    ]

    static func scan(_ bytes: [UInt8]) -> PageFacts {
        let lower = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        var facts = PageFacts()
        var bestMeta: (rank: Int, date: CalendarDate)?
        var jsonLDDate: CalendarDate?
        var timeDate: CalendarDate?
        var index = 0
        while let open = lower[index...].firstIndex(of: UInt8(ascii: "<")) {
            if lower[open...].starts(with: Array("<!--".utf8)) {
                index = find(Array("-->".utf8), in: lower, from: open + 4).map { $0 + 3 } ?? lower.count
                continue
            }
            let tag = readTag(lower, bytes, at: open)
            index = tag.end
            switch tag.name {
            case "title" where facts.title == nil:
                let close = find(Array("</title".utf8), in: lower, from: tag.end) ?? lower.count
                facts.title = decodeText(bytes[tag.end..<close])
                index = close
            case "meta":
                let key = (tag.attributes["property"] ?? tag.attributes["name"] ?? tag.attributes["itemprop"])?.lowercased()
                if let key, let rank = dateMetaKeys.firstIndex(of: key), let content = tag.attributes["content"],
                    let date = leadingDate(content), rank < (bestMeta?.rank ?? .max)
                {
                    bestMeta = (rank, date)
                }
            case "time" where timeDate == nil:
                timeDate = tag.attributes["datetime"].flatMap(leadingDate)
            case "script":
                let close = find(Array("</script".utf8), in: lower, from: tag.end) ?? lower.count
                if jsonLDDate == nil, tag.attributes["type"]?.lowercased().contains("ld+json") == true {
                    jsonLDDate = jsonLDPublished(in: Array(bytes[tag.end..<close]))
                }
                index = close
            default:
                break
            }
            if index >= lower.count { break }
        }
        facts.publishedDate = bestMeta?.date ?? jsonLDDate ?? timeDate
        return facts
    }

    /// `YYYY-MM-DD` (or with slashes) at the start of a value such as `2021-04-03T10:00:00Z`.
    static func leadingDate(_ value: String) -> CalendarDate? {
        let text = value.trimmingCharacters(in: .whitespaces).prefix(10)
        guard text.count == 10 else { return nil }
        return CalendarDate(iso: text.replacingOccurrences(of: "/", with: "-"))
    }

    private struct Tag {
        var name = ""
        var attributes: [String: String] = [:]
        var end: Int
    }

    /// Reads `<name attr="value" …>` starting at `start`; attribute names lower-cased, values as written.
    private static func readTag(_ lower: [UInt8], _ original: [UInt8], at start: Int) -> Tag {
        var i = start + 1
        var tag = Tag(end: lower.count)
        while i < lower.count, isNameByte(lower[i]) { i += 1 }
        tag.name = String(decoding: lower[(start + 1)..<i], as: UTF8.self)
        while i < lower.count {
            while i < lower.count, isSpace(lower[i]) || lower[i] == UInt8(ascii: "/") { i += 1 }
            guard i < lower.count, lower[i] != UInt8(ascii: ">") else { break }
            let nameStart = i
            while i < lower.count, !isSpace(lower[i]), lower[i] != UInt8(ascii: "="), lower[i] != UInt8(ascii: ">") {
                i += 1
            }
            let name = String(decoding: lower[nameStart..<i], as: UTF8.self)
            while i < lower.count, isSpace(lower[i]) { i += 1 }
            var value = ""
            if i < lower.count, lower[i] == UInt8(ascii: "=") {
                i += 1
                while i < lower.count, isSpace(lower[i]) { i += 1 }
                if i < lower.count, lower[i] == UInt8(ascii: "\"") || lower[i] == UInt8(ascii: "'") {
                    let quote = lower[i]
                    let valueEnd = lower[(i + 1)...].firstIndex(of: quote) ?? lower.count
                    value = decodeText(original[(i + 1)..<valueEnd])
                    i = min(valueEnd + 1, lower.count)
                } else {
                    let valueStart = i
                    while i < lower.count, !isSpace(lower[i]), lower[i] != UInt8(ascii: ">") { i += 1 }
                    value = decodeText(original[valueStart..<i])
                }
            }
            if tag.attributes[name] == nil { tag.attributes[name] = value }
        }
        tag.end = min(i + 1, lower.count)
        return tag
    }

    private static func jsonLDPublished(in script: [UInt8]) -> CalendarDate? {
        let key = Array("\"datePublished\"".utf8)
        guard let keyStart = find(key, in: script, from: 0) else { return nil }
        var i = keyStart + key.count
        while i < script.count, isSpace(script[i]) || script[i] == UInt8(ascii: ":") { i += 1 }
        guard i < script.count, script[i] == UInt8(ascii: "\"") else { return nil }
        let valueEnd = script[(i + 1)...].firstIndex(of: UInt8(ascii: "\"")) ?? script.count
        return leadingDate(String(decoding: script[(i + 1)..<valueEnd], as: UTF8.self))
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start < haystack.count else { return nil }
        var i = start
        while let candidate = haystack[i...].firstIndex(of: first) {
            if haystack[candidate...].starts(with: needle) { return candidate }
            i = candidate + 1
            if i >= haystack.count { break }
        }
        return nil
    }

    /// UTF-8 text with the few entities titles use, whitespace collapsed.
    private static func decodeText(_ bytes: ArraySlice<UInt8>) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&nbsp;", " ")] {
            guard bytes.contains(UInt8(ascii: "&")) else { break }
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || (9...13).contains(byte) }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (48...57).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }
}
