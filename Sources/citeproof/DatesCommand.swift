import ArgumentParser
import CiteproofCore
import Foundation

/// `citeproof dates` (hidden): every date found in each line of standard input, one JSON object a
/// line — `{"line":1,"text":"…","value":"2021-04-03","precision":"day","calendar":"gregorian",…}`.
/// For comparisons with other date parsers (Benchmarks/dates-vs-dateparser.py); not for editors.
struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates", abstract: "Print the dates found in each line of standard input as JSON lines.",
        shouldDisplay: false)

    @Option(help: "The date a yearless date is resolved against (YYYY-MM-DD).")
    var reference: String?

    @Flag(help: "Scan all of standard input as one text and print only the count and the scanning speed.")
    var whole = false

    func run() throws {
        let scanner = DateScanner(referenceDate: reference.flatMap { CalendarDate(iso: $0) })
        if whole {
            let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            var best = Double.infinity
            var count = 0
            for _ in 0..<5 {  // the best of five runs
                let started = DispatchTime.now().uptimeNanoseconds
                count = scanner.mentions(in: text).count
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            }
            let megabytes = Double(text.utf8.count) / 1e6
            print("\(count) dates in \(String(format: "%.1f", megabytes)) MB: \(String(format: "%.1f", megabytes / best)) MB/s")
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = ""
        var number = 0
        let started = DispatchTime.now().uptimeNanoseconds
        while let line = readLine(strippingNewline: true) {
            number += 1
            let found = scanner.mentions(in: line)
            if found.isEmpty { output += "{\"line\":\(number)}\n" }
            for mention in found {
                let row = Row(
                    line: number, text: mention.text, value: mention.value?.description, end: mention.lastDay?.description,
                    precision: mention.precision.rawValue, calendar: mention.calendar.rawValue, language: mention.language,
                    problem: mention.problem?.explanation)
                output += String(decoding: try encoder.encode(row), as: UTF8.self) + "\n"
            }
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        FileHandle.standardOutput.write(Data(output.utf8))
        FileHandle.standardError.write(Data("dates: \(number) lines in \(String(format: "%.4f", elapsed)) s\n".utf8))
    }

    struct Row: Encodable {
        var line: Int
        var text: String
        var value: String?
        var end: String?
        var precision: String
        var calendar: String
        var language: String?
        var problem: String?
    }
}
