import Foundation
import Testing
@testable import CiteproofCore

/// dateparser's cases for Arabic, Persian, Russian, Ukrainian, French, German, Spanish and Turkish
/// and for the Hijri and Solar Hijri calendars (scrapinghub/dateparser, BSD-3-Clause), transcribed
/// into `Fixtures/conformance/dateparser-i18n-cases.json` and run against the scanner. Cases about
/// relative dates and clock times, and forms citeproof does not read in prose, are not applicable,
/// each with its reason.
@Suite struct DateI18nConformanceTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/conformance/dateparser-i18n-cases.json")

    /// Applicable-looking cases citeproof does not read, with the reason.
    static let notApplicable: [Int: String] = [:]

    struct Tally {
        var applicable = 0
        var passed = 0
        var notApplicable: [String: Int] = [:]
    }

    @Test func dateparserI18nCases() throws {
        let data = try Data(contentsOf: Self.file)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(root["cases"] as? [[String: Any]])
        var tallies: [String: Tally] = [:]
        var failures: [String] = []
        for entry in cases {
            let id = try #require(entry["id"] as? Int)
            let language = (entry["language"] as? String ?? "?") + ((entry["calendar"] as? String).map { "/\($0)" } ?? "")
            if let reason = Self.notApplicable[id] ?? Self.reasonNotApplicable(entry) {
                tallies[language, default: Tally()].notApplicable[reason, default: 0] += 1
                continue
            }
            tallies[language, default: Tally()].applicable += 1
            if let failure = Self.check(entry) {
                failures.append("case \(id) (\(language)) \(entry["input"] ?? ""): \(failure)")
            } else {
                tallies[language, default: Tally()].passed += 1
            }
        }
        for failure in failures { print("dateparser-i18n failure: \(failure)") }
        var applicable = 0
        var passed = 0
        for (language, tally) in tallies.sorted(by: { $0.key < $1.key }) {
            applicable += tally.applicable
            passed += tally.passed
            let reasons = tally.notApplicable.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: "; ")
            print("dateparser-i18n \(language): \(tally.passed)/\(tally.applicable) applicable passed; not applicable: \(reasons.isEmpty ? "none" : reasons)")
        }
        print("dateparser-i18n total: \(passed)/\(applicable) applicable passed, \(cases.count - applicable) not applicable")
        #expect(Double(passed) >= 0.95 * Double(applicable), "\(failures)")
    }

    /// Why a case does not apply to absolute dates in prose, or nil when it applies.
    static func reasonNotApplicable(_ entry: [String: Any]) -> String? {
        let input = entry["input"] as? String ?? ""
        switch entry["group"] as? String {
        case "search":
            return nil
        case "hijri":
            if input.range(of: #"-\d\d$"#, options: .regularExpression) != nil {
                return "two-digit Hijri year: not told apart from other numbers in prose"
            }
            return nil
        case "jalali":
            if input.range(of: #" (94|02) "#, options: .regularExpression) != nil {
                return "two-digit Solar Hijri year: not told apart from other numbers in prose"
            }
            return nil
        default:
            return entry["expected"] is String ? nil : "relative date or clock time: no absolute date to check"
        }
    }

    /// Nil when the case passes; otherwise what went wrong.
    static func check(_ entry: [String: Any]) -> String? {
        let input = entry["input"] as? String ?? ""
        let scanner = DateScanner(referenceDate: CalendarDate(year: 2021, month: 4, day: 4))
        if let found = entry["expected_found"] as? [[Any]] {
            let mentions = scanner.mentions(in: input)
            for item in found {
                guard let substring = item.first as? String, let iso = item.last as? String,
                    let expected = CalendarDate(iso: String(iso.prefix(10)))
                else { continue }
                // A bare year (`de 1939`) or a stray word (`Die`) is no date in prose.
                guard substring.contains(where: \.isNumber),
                    substring.split(whereSeparator: { !$0.isLetter }).contains(where: { $0.count >= 3 })
                else { continue }
                let hit = mentions.contains { mention in
                    guard let value = mention.value, let last = mention.lastDay else { return false }
                    return substring.contains(mention.text.trimmingCharacters(in: .whitespaces).prefix(4))
                        && (value == expected || (mention.precision != .day && value <= expected && expected <= last))
                }
                if !hit { return "no date \(expected) for '\(substring)'; found \(mentions.map { "\($0.text)=\(String(describing: $0.value))" })" }
            }
            return nil
        }
        guard let iso = entry["expected"] as? String, let expected = CalendarDate(iso: String(iso.prefix(10))) else {
            return "no expected date"
        }
        guard let mention = scanner.mentions(in: input).first, let value = mention.value else {
            return "no date found"
        }
        if let calendar = entry["calendar"] as? String, mention.calendar.rawValue != calendar {
            return "read in the \(mention.calendar.rawValue) calendar, expected \(calendar)"
        }
        if entry["precision"] as? String == "day" || entry["precision"] == nil, mention.precision != .day {
            return "read to the \(mention.precision.rawValue) only"
        }
        if mention.precision == .day {
            // Hijri: Umm al-Qura against upstream's reading, ±1 day.
            let tolerance = mention.calendar.toleranceDays
            return abs(value.days(until: expected)) <= tolerance ? nil : "read as \(value), expected \(expected)"
        }
        guard let last = mention.lastDay, value <= expected, expected <= last else {
            return "period \(value)… does not hold \(expected)"
        }
        return nil
    }
}
