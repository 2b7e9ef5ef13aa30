import Foundation

/// Finds a dateline near the top of a draft: a line that is only a date ("April 4, 2021",
/// "2023-06-14 08:15:02 UTC+02:00"), or a labelled one ("Published: April 4, 2021",
/// "By A. Writer | April 4, 2021", "Published June 1, 2023 · Updated June 3, 2023").
///
/// The first publication date wins over an update: a "Published" date anywhere in the lines,
/// else the first unlabelled dateline, else an "Updated"/"Last modified" one. The origin says
/// which was used: `dateline (published)`, `dateline`, `dateline (updated)`.
enum DatelineFinder {
    enum Label: Int, Comparable {
        case published, none, updated
        static func < (a: Label, b: Label) -> Bool { a.rawValue < b.rawValue }

        var origin: String {
            switch self {
            case .published: "dateline (published)"
            case .none: "dateline"
            case .updated: "dateline (updated)"
            }
        }
    }

    /// Labels that name the first publication, longest first so "published on" beats "published".
    static let publishedLabels = [
        "originally published on", "originally published", "first published on", "first published",
        "published on", "published", "posted on", "posted", "date published", "publication date", "dated", "date",
        // The same labels in the languages whose dates citeproof reads.
        "تاريخ النشر", "نشر في", "تاریخ انتشار", "опубликовано", "опубліковано", "publié le", "veröffentlicht am",
        "publicado el", "yayınlanma tarihi",
    ]
    /// Labels that name a later change.
    static let updatedLabels = [
        "last updated on", "last updated", "updated on", "updated", "last modified on", "last modified", "modified",
        "last revised", "revised", "last edited", "edited",
    ]

    /// The dateline among `lines` (line text and the line's location).
    static func dateline(in lines: [(text: String, location: SourceLocation)]) -> PublicationDate? {
        let scanner = DateScanner()
        var best: (label: Label, date: PublicationDate)?
        for (raw, location) in lines {
            let text = raw.trimmingCharacters(in: " \t*_#>")
            guard !text.isEmpty, text.count <= 160 else { continue }
            // "By A. Writer | April 4, 2021", "Washington · April 4, 2021", "Published …, updated …".
            let pieces = text.split(whereSeparator: { "|·•—".contains($0) }).flatMap { splitAtUpdate(String($0)) }
            // An infobox row ("Born | September 23, 1930", "Founded: 1998") dates an event, not the draft.
            if pieces.contains(where: { isEventLabel($0) }) { continue }
            var lineBest: (label: Label, value: CalendarDate)?
            for piece in pieces.reversed() {
                let (label, rest) = labelled(piece.trimmingCharacters(in: " ,;()"))
                guard let value = date(in: rest, scanner: scanner) else { continue }
                if lineBest == nil || label <= lineBest!.label { lineBest = (label, value) }
            }
            guard let found = lineBest else { continue }
            if best == nil || found.label < best!.label {
                best = (found.label, PublicationDate(value: found.value, origin: found.label.origin, location: location))
            }
            if found.label == .published { break }
        }
        return best?.date
    }

    /// Labels of infobox rows and fact lines that date events: births, foundings, releases.
    static let eventLabels: Set<String> = [
        "born", "died", "birth", "death", "date of birth", "date of death", "founded", "established", "formed",
        "incorporated", "launched", "released", "release date", "opened", "closed", "inaugurated", "built",
        "completed", "dissolved", "disbanded", "began", "ended", "start date", "end date", "first flight",
        "introduced", "discovered", "signed", "ratified", "effective", "elected", "baptised", "baptized", "buried",
        "premiere", "premiered", "first aired", "last aired", "original release", "initial release",
        "latest release", "stable release", "preview release", "years active", "reign", "term", "in office",
    ]

    /// Whether a piece of a line is (or opens with) an event label: `Born`, `Founded: 1998`.
    static func isEventLabel<S: StringProtocol>(_ piece: S) -> Bool {
        let lower = piece.lowercased().trimmingCharacters(in: .whitespaces)
        if eventLabels.contains(lower.trimmingCharacters(in: CharacterSet(charactersIn: ":"))) { return true }
        guard let colon = lower.firstIndex(of: ":") else { return false }
        return eventLabels.contains(String(lower[..<colon]).trimmingCharacters(in: .whitespaces))
    }

    /// The piece without its label, and which kind of label it had.
    static func labelled(_ piece: String) -> (Label, String) {
        let lower = piece.lowercased()
        for label in updatedLabels where lower.hasPrefix(label) {
            return (.updated, String(piece.dropFirst(label.count)).trimmingCharacters(in: " :-–—"))
        }
        for label in publishedLabels where lower.hasPrefix(label) {
            return (.published, String(piece.dropFirst(label.count)).trimmingCharacters(in: " :-–—"))
        }
        return (.none, piece)
    }

    /// "Published June 1, 2023, updated June 3, 2023": cut before an update label inside a piece.
    static func splitAtUpdate(_ piece: String) -> [String] {
        let lower = piece.lowercased()
        for label in ["updated", "last modified", "modified", "revised"] {
            guard let r = lower.range(of: label), r.lowerBound > lower.startIndex else { continue }
            let before = lower[lower.index(before: r.lowerBound)]
            guard before == " " || before == "(" || before == "," || before == ";" else { continue }
            let cut = piece.index(piece.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))
            return [String(piece[..<cut]), String(piece[cut...])]
        }
        return [piece]
    }

    /// A day-precise date that is the whole text, allowing a time and zone after it:
    /// `2023-06-14T08:15:02+02:00`, `2023-06-14 08:15:02 UTC+02:00`, `June 14, 2023 at 8:15 a.m. EDT`.
    static func date(in text: String, scanner: DateScanner) -> CalendarDate? {
        for candidate in [text, withoutTime(text)] {
            if let m = scanner.parse(candidate), let value = m.value, m.precision == .day, m.problem == nil {
                return value
            }
        }
        return nil
    }

    /// The text before a time of day (`08:15`, `T08:15:02Z`, `at 8:15`), trimmed.
    static func withoutTime(_ text: String) -> String {
        let bytes = Array(text.utf8)
        // ISO date-time: the date is the first ten bytes.
        if bytes.count > 11, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == 0x20, bytes[0...3].allSatisfy({ (0x30...0x39).contains($0) })
        {
            return String(decoding: bytes[0..<10], as: UTF8.self)
        }
        var i = 1
        while i + 2 < bytes.count {
            if bytes[i] == UInt8(ascii: ":"), (0x30...0x39).contains(bytes[i - 1]), (0x30...0x39).contains(bytes[i + 1]),
                (0x30...0x39).contains(bytes[i + 2])
            {
                var start = i - 1
                if start > 0, (0x30...0x39).contains(bytes[start - 1]) { start -= 1 }
                var head = String(decoding: bytes[0..<start], as: UTF8.self).trimmingCharacters(in: " ,T")
                if head.lowercased().hasSuffix(" at") { head = String(head.dropLast(3)) }
                return head.trimmingCharacters(in: " ,")
            }
            i += 1
        }
        return text
    }
}
