import Foundation

/// One citation with the note it stands in: what the date rules iterate over.
struct DatedCitation {
    /// The note's label; nil for an inline credit in the body.
    var footnote: String?
    var definition: FootnoteDefinition?
    var citation: Citation

    /// Where a finding about the citation's date points.
    var location: SourceLocation? {
        citation.date?.location ?? citation.location ?? definition?.location
    }

    /// `[8] Twitter.com/mernashamari, April 3, 2020.` — how evidence quotes a note.
    var quoted: String {
        let text = citation.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return footnote.map { "[\($0)] \(text)" } ?? text
    }

    /// The platform of the cited source: the normalized identity's, else the one whose host the
    /// raw source names, else the raw host itself.
    var platformKey: String? {
        if let platform = citation.source?.identity?.platform { return platform }
        let candidates = [citation.source?.raw].compactMap { $0 } + citation.urls
        for candidate in candidates {
            if let host = DateRuleText.host(of: candidate) {
                return DatePlatformLaunches.platform(forHost: host)?.id ?? host
            }
        }
        return nil
    }
}

extension Document {
    /// Every citation of every note, then the inline credits.
    var datedCitations: [DatedCitation] {
        definitions.flatMap { definition in
            definition.citations.map { DatedCitation(footnote: definition.label, definition: definition, citation: $0) }
        } + inlineCitations.map { DatedCitation(footnote: nil, definition: nil, citation: $0) }
    }

    /// The day the draft speaks from: its publication date, else the median of its citations' dates.
    var timeFrame: CalendarDate? {
        if let publicationDate { return publicationDate.value }
        let days = datedCitations.compactMap { $0.citation.date }.filter { $0.role == .citation && $0.precision == .day }
            .compactMap(\.value).sorted()
        return days.isEmpty ? nil : days[days.count / 2]
    }
}

extension RandomAccessCollection {
    /// The first index whose element satisfies `belongsInSecondPartition`, for a collection
    /// partitioned by it (every element that does comes after every element that does not).
    func partitioningIndex(where belongsInSecondPartition: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongsInSecondPartition(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}

/// Small text helpers shared by the date rules.
enum DateRuleText {
    /// The host a source or URL names: `Twitter.com/KM94310` → `twitter.com`.
    static func host(of raw: String) -> String? {
        var text = Substring(raw.trimmingWhitespace())
        if let scheme = text.byteRange(of: "://") { text = text[scheme.upperBound...] }
        let host = text.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != " " && $0 != "," }.lowercased()
        guard host.contains("."), !host.hasSuffix("."), host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" })
        else { return nil }
        var result = Substring(host)
        for prefix in ["www.", "mobile.", "m."] where result.hasPrefix(prefix) {
            result = result.dropFirst(prefix.count)
        }
        return String(result)
    }

    /// "April 3, 2021" or the written text when the value is unknown.
    static func describe(_ date: CitedDate) -> String {
        guard let value = date.value else { return date.text }
        switch date.precision ?? .day {
        case .day: return value.longDescription
        case .month: return "\(CalendarDate.monthNames[value.month - 1]) \(value.year)"
        case .year: return "\(value.year)"
        }
    }

    /// The last day a cited date can mean.
    static func lastDay(_ date: CitedDate) -> CalendarDate? {
        date.end ?? date.value?.lastDay(of: date.precision ?? .day)
    }
}
