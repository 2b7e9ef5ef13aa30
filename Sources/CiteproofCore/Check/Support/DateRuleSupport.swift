import Foundation

/// One citation with the note it stands in: what the date rules iterate over. It reads both in place
/// in the document's arrays: copying each citation and its whole note into every item, for every rule
/// that asked, was most of a large draft's memory and much of its time.
struct DatedCitation {
    /// The document's notes and inline credits (shared storage, not copies).
    private let notes: [FootnoteDefinition]
    private let credits: [Citation]
    /// The note's index in `notes`; nil for an inline credit in the body.
    let noteIndex: Int?
    /// The citation's index in its note's citations, or in the inline credits.
    let citationIndex: Int

    init(_ document: Document, note: Int?, citation: Int) {
        notes = document.definitions
        credits = document.inlineCitations
        noteIndex = note
        citationIndex = citation
    }

    /// The note's label; nil for an inline credit in the body.
    var footnote: String? { noteIndex.map { notes[$0].label } }

    var definition: FootnoteDefinition? { noteIndex.map { notes[$0] } }

    var citation: Citation {
        _read {
            if let noteIndex { yield notes[noteIndex].citations[citationIndex] } else { yield credits[citationIndex] }
        }
    }

    /// Where a finding about the citation's date points.
    var location: SourceLocation? {
        citation.date?.location ?? citation.location ?? definition?.location
    }

    /// `[8] Twitter.com/mernashamari, April 3, 2020.` — how evidence quotes a note.
    var quoted: String {
        let text = citation.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return footnote.map { "[\($0)] \(text)" } ?? text
    }

    /// The platform of the cited source: the normalized identity's (the normalizer's, when the
    /// document has not been through the normalize stage), else that of the first of its URLs the
    /// normalizer identifies; for a website, its site (registrable domain).
    func platformKey(in catalog: PlatformCatalog) -> String? {
        let source = citation.source.map { $0.identity ?? SourceNormalizer.identify($0.raw, catalog: catalog) }
        if let source = source ?? nil, source.kind != .named { return source.platform ?? source.canonical }
        for case let identity? in citation.identitiesOfURLs(catalog: catalog) where identity.kind != .named {
            return identity.platform ?? identity.canonical
        }
        return nil
    }
}

extension Document {
    /// Every citation of every note, then the inline credits.
    var datedCitations: [DatedCitation] {
        var items: [DatedCitation] = []
        items.reserveCapacity(definitions.reduce(inlineCitations.count) { $0 + $1.citations.count })
        for (note, definition) in definitions.enumerated() {
            for index in definition.citations.indices { items.append(DatedCitation(self, note: note, citation: index)) }
        }
        for index in inlineCitations.indices { items.append(DatedCitation(self, note: nil, citation: index)) }
        return items
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
    /// "April 3, 2021" or the written text when the value is unknown; a date written in another
    /// language or calendar shows both: `۲۲ اسفند ۱۴۰۰ (March 13, 2022)`.
    static func describe(_ date: CitedDate) -> String {
        guard date.calendar == nil, date.language == nil else {
            guard date.value != nil else { return date.text }
            var plain = date
            (plain.calendar, plain.language) = (nil, nil)
            let tolerance = date.calendar == .islamicUmmAlQura && date.precision == .day ? ", Umm al-Qura; ±1 day" : ""
            return "\(date.text.trimmingWhitespace()) (\(describe(plain))\(tolerance))"
        }
        guard let value = date.value else { return date.text }
        switch date.precision ?? .day {
        case .day: return value.longDescription
        case .month: return "\(CalendarDate.monthNames[value.month - 1]) \(value.year)"
        case .year: return "\(value.year)"
        }
    }

    /// The written date with its year replaced, in the same digits (`۲۲ اسفند ۱۴۰۰` → `۲۲ اسفند ۱۳۹۹`):
    /// a suggestion in the source's own script and calendar. Nil when the year cannot be found.
    static func rewritten(_ date: CitedDate, year newYear: Int) -> String? {
        let writtenYear = date.native?.year ?? date.value?.year
        guard let writtenYear else { return nil }
        let scalars = Array(date.text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard let (_, zero) = digit(scalars[i]) else { i += 1; continue }
            var j = i
            var value = 0
            while j < scalars.count, let (d, _) = digit(scalars[j]) { value = value * 10 + d; j += 1 }
            if value == writtenYear, j - i == 4 {
                var result = String.UnicodeScalarView(scalars[..<i])
                for character in String(newYear).unicodeScalars {
                    result.append(Unicode.Scalar(zero + (character.value - 0x30))!)
                }
                result.append(contentsOf: scalars[j...])
                return String(result).trimmingWhitespace()
            }
            i = j
        }
        return nil
    }

    /// A digit's value and the code point of its script's zero (ASCII, Arabic-Indic, Persian).
    private static func digit(_ s: Unicode.Scalar) -> (Int, UInt32)? {
        switch s.value {
        case 0x30...0x39: return (Int(s.value - 0x30), 0x30)
        case 0x0660...0x0669: return (Int(s.value - 0x0660), 0x0660)
        case 0x06F0...0x06F9: return (Int(s.value - 0x06F0), 0x06F0)
        default: return nil
        }
    }

    /// The last day a cited date can mean.
    static func lastDay(_ date: CitedDate) -> CalendarDate? {
        date.end ?? date.value?.lastDay(of: date.precision ?? .day)
    }
}
