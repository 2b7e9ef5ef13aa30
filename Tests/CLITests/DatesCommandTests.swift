import Foundation
import Testing

/// The hidden `citeproof dates` subcommand the dateparser comparison runs: one JSON object per
/// date found in each line of standard input; `{"line":N}` for a line without one.
@Suite struct DatesCommandTests {
    @Test func printsEveryDateOfEveryLineAsJSON() throws {
        let input = "Le Monde, 1er avril 2021.\nnothing here\n۲۲ اسفند ۱۴۰۰ and Rabi' al-Awwal 1442\n"
        let result = try CLIRunner.run(["dates", "--reference", "2021-04-04"], stdin: Data(input.utf8))
        #expect(result.exitCode == 0, "\(result.stderr)")
        let rows = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(rows.count == 4)
        #expect(rows[0]["value"] as? String == "2021-04-01" && rows[0]["language"] as? String == "fr")
        #expect(rows[1]["line"] as? Int == 2 && rows[1]["value"] == nil)
        #expect(rows[2]["value"] as? String == "2022-03-13" && rows[2]["calendar"] as? String == "persian")
        #expect(rows[3]["precision"] as? String == "month" && rows[3]["calendar"] as? String == "islamic-umalqura")
    }

    @Test func isHiddenFromHelp() throws {
        let result = try CLIRunner.run(["--help"])
        #expect(result.exitCode == 0 && result.stdout.contains("SUBCOMMANDS"))
        #expect(!result.stdout.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("dates ") })
    }
}
