import ArgumentParser
import CiteproofCore
import Foundation

/// `citeproof page-text` (hidden): the text the quote stage reads from saved HTML pages, by zone, as
/// one JSON object a line — for the comparison with other main-text extractors
/// (Benchmarks/quotes-vs-trafilatura.py). With `--quotes FILE`, also matches each line of FILE as a
/// quotation and reports the outcomes and the time taken (Benchmarks/quotes-bench.sh). Not for editors.
struct PageTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "page-text", abstract: "Print the zoned text of saved HTML pages as JSON lines.", shouldDisplay: false)

    @Argument(help: "Saved HTML pages.")
    var pages: [String]

    @Option(help: ArgumentHelp("Match each line of this file as a quotation against every page.", valueName: "file"))
    var quotes: String?

    @Option(name: .customLong("repeat"), help: "With --quotes: runs to time (the best is reported).")
    var runs: Int = 1

    func validate() throws {
        if pages.isEmpty { throw ValidationError("name at least one saved HTML page") }
        if runs < 1 { throw ValidationError("--repeat must be at least 1") }
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    struct Row: Encodable {
        var path: String
        var bytes: Int
        var language: String?
        var script: String?
        var zones: [String: String]
        var quotes: [QuoteRow]?
        /// Best time over the runs: parsing and labelling the page, and matching every quotation.
        var parseMs: Double?
        var matchMs: Double?
    }

    struct QuoteRow: Encodable {
        var quote: String
        var tier: String?
        var zone: String?
        var similarity: Int?
    }

    func run() throws {
        let quoteLines = try quotes.map {
            try String(contentsOfFile: $0, encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }
        for path in pages {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("\(path): cannot be read")
            }
            let bytes = [UInt8](data)
            var bestParse = Double.infinity
            var bestMatch = Double.infinity
            var page = PageText(html: [])
            var matches: [QuoteMatch?] = []
            for _ in 0..<(quoteLines == nil ? 1 : runs) {
                let started = DispatchTime.now().uptimeNanoseconds
                page = PageText(html: bytes)
                let parsed = DispatchTime.now().uptimeNanoseconds
                matches = (quoteLines ?? []).map { QuoteMatcher.match($0, in: page) }
                let matched = DispatchTime.now().uptimeNanoseconds
                bestParse = min(bestParse, Double(parsed - started) / 1e6)
                bestMatch = min(bestMatch, Double(matched - parsed) / 1e6)
            }
            var zones: [String: String] = [:]
            for zone in PageZone.allCases {
                let words = page.words(in: zone)
                if !words.isEmpty { zones[zone.rawValue] = words.joined(separator: " ") }
            }
            var row = Row(path: path, bytes: bytes.count, language: page.declaredLanguage, script: page.script?.rawValue, zones: zones)
            if let quoteLines {
                row.quotes = zip(quoteLines, matches).map { quote, match in
                    QuoteRow(
                        quote: quote, tier: match?.tier.rawValue, zone: match?.zone.rawValue,
                        similarity: match.map { Int(($0.similarity * 100).rounded(.down)) })
                }
                row.parseMs = (bestParse * 100).rounded() / 100
                row.matchMs = (bestMatch * 100).rounded() / 100
            }
            print(String(decoding: try Self.encoder.encode(row), as: UTF8.self))
        }
    }
}
