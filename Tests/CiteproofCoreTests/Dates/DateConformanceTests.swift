import Foundation
import Testing
@testable import CiteproofCore

/// The conformance data copied into the repository (`Fixtures/conformance`).
enum DateConformanceData {
    static let dateparserFile = TestData.conformance.appendingPathComponent("dateparser-en-cases.json")
}

/// dateparser's English and numeric cases (scrapinghub/dateparser 1.4.1, BSD-3-Clause), run
/// against the scanner. citeproof reads absolute dates in prose; cases about relative dates,
/// clock times and time-zone conversion do not apply and are listed with the reason.
@Suite struct DateConformanceTests {
    /// Cases that do not apply to absolute dates in prose, with the reason.
    static let notApplicable: [Int: String] = {
        var table: [Int: String] = [
            4: "a clock time alone is relative to 'now'",
            5: "a weekday alone is relative to 'now'",
            104: "numeric day/month without a year reads as a fraction or score in prose",
        ]
        for id in 31...34 { table[id] = "converts to UTC; citeproof keeps the date as written" }
        for id in 45...55 { table[id] = "converts between time zones; citeproof keeps the date as written" }
        for id in 73...80 { table[id] = "month, weekday or clock time alone is relative to 'now'" }
        for id in 84...101 {
            table[id] = "PREFER_DATES_FROM future/current_period: citeproof resolves yearless dates toward the past (a cited date precedes publication)"
        }
        for id in [103, 106, 107, 109, 111] { table[id] = "numeric day/month without a year reads as a fraction or score in prose" }
        for id in [105, 108, 110] { table[id] = "PREFER_DATES_FROM future/current_period: citeproof resolves toward the past" }
        for id in [137, 138, 140, 141, 146, 147] {
            table[id] = "year-first or year-middle DATE_ORDER with a two-digit year: not an English prose form"
        }
        return table
    }()

    /// Applicable cases the scanner deliberately reads differently, with the reason.
    /// The test checks that they do differ, so this list stays true.
    static let knownDivergences: [Int: String] = [
        22: "'26. 10.21': spaced dots with a two-digit year look like decimals and section numbers in prose",
        23: "'26. 10.21 14.12': as 22",
        24: "'26 . 10.21': as 22",
        25: "'30 . 09 . 22': as 22",
        139: "'10-11-12': two-digit years are read only after slashes (hyphens: scores, ranges, codes)",
        142: "'15-12-18': as 139",
        145: "'1-8-09': as 139",
    ]

    struct Outcome {
        var passed: [Int] = []
        var failed: [(Int, String)] = []
        var diverged: [Int] = []
        var notApplicable: [Int] = []
    }

    @Test func dateparserEnglishCases() throws {
        let data = try Data(contentsOf: DateConformanceData.dateparserFile)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(root["cases"] as? [[String: Any]])
        #expect(cases.count == 148)
        var outcome = Outcome()
        for entry in cases {
            let id = try #require(entry["id"] as? Int)
            if Self.notApplicable[id] != nil {
                outcome.notApplicable.append(id)
                continue
            }
            let failure = Self.check(entry)
            switch (failure, Self.knownDivergences[id] != nil) {
            case (nil, false): outcome.passed.append(id)
            case (let reason?, false): outcome.failed.append((id, reason))
            case (_?, true): outcome.diverged.append(id)
            case (nil, true): outcome.failed.append((id, "listed as a divergence but now passes: update the list"))
            }
        }
        for (id, reason) in outcome.failed { Issue.record("dateparser case \(id): \(reason)") }
        print(
            "dateparser-en-cases: \(outcome.passed.count) passed, \(outcome.failed.count) failed, "
                + "\(outcome.diverged.count) known divergences, \(outcome.notApplicable.count) not applicable")
        #expect(outcome.passed.count + outcome.diverged.count + outcome.notApplicable.count == 148)
    }

    /// Nil when the case passes; otherwise what went wrong.
    static func check(_ entry: [String: Any]) -> String? {
        let input = entry["input"] as? String ?? ""
        let group = entry["group"] as? String ?? ""
        let settings = entry["settings"] as? [String: Any] ?? [:]
        let reference = (settings["RELATIVE_BASE"] as? String).flatMap { CalendarDate(iso: String($0.prefix(10))) }
        let scanner = DateScanner(referenceDate: reference, includeBareYears: group == "year_only")

        guard let expectedText = entry["expected"] as? String, let expected = CalendarDate(iso: String(expectedText.prefix(10)))
        else {
            // No date may come out: nothing, or an impossible date reported as a problem.
            if let mention = scanner.parse(input) {
                if mention.value != nil { return "expected no date, got \(mention.text) = \(mention.value!)" }
                guard case .impossible = mention.problem else { return "expected an impossible-date problem" }
            }
            if group == "invalid_day", let found = scanner.mentions(in: input).first, found.value != nil {
                return "expected no valid date, got \(found.value!)"
            }
            return nil
        }
        guard let mention = scanner.mentions(in: input).first else { return "no date found in '\(input)'" }
        let id = entry["id"] as? Int ?? 0
        let weekdayContradicts = id == 3 || id == 148
        switch (weekdayContradicts, mention.problem) {
        case (true, .weekdayMismatch?), (false, nil): break
        case (true, _): return "expected the weekday contradiction to be reported"
        case (false, let problem?): return "unexpected problem: \(problem.explanation)"
        }
        guard let value = mention.value, let last = mention.lastDay else { return "no value" }
        let dayPreference = settings["PREFER_DAY_OF_MONTH"] as? String ?? "current"
        let monthPreference = settings["PREFER_MONTH_OF_YEAR"] as? String ?? "current"
        switch mention.precision {
        case .day:
            let order = settings["DATE_ORDER"] as? String ?? "MDY"
            let matches = order == "DMY" ? mention.readings.contains(expected) : value == expected
            return matches ? nil : "read \(mention.text) as \(mention.readings), expected \(expected)"
        case .month, .year:
            let exactFirst = dayPreference == "first" && (mention.precision == .month || monthPreference == "first")
            let exactLast = dayPreference == "last" && (mention.precision == .month || monthPreference == "last")
            if exactFirst { return value == expected ? nil : "period starts \(value), expected \(expected)" }
            if exactLast { return last == expected ? nil : "period ends \(last), expected \(expected)" }
            return value <= expected && expected <= last ? nil : "period \(value)…\(last) does not hold \(expected)"
        }
    }
}
