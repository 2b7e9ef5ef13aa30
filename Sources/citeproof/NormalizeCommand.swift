import ArgumentParser
import CiteproofCore
import Foundation

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the canonical form, platform, kind and validity of handles and URLs.",
        discussion: """
            Reads the arguments, or standard input one per line when there are none (or with -).

            Examples:
              citeproof normalize Twitter.com/KM94310 "Telegram.me/ Qais_alkhazali" @KM94310
              citeproof normalize --format json < sources.txt
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Handles, URLs or source names.")
    var sources: [String] = []

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("The platform of a bare @handle.", valueName: "platform-id"))
    var handlePlatform: String = "x"

    func validate() throws {
        guard PlatformCatalog.builtIn.platforms.contains(where: { $0.id == handlePlatform }) else {
            let ids = PlatformCatalog.builtIn.platforms.map(\.id).joined(separator: ", ")
            throw ValidationError("unknown platform '\(handlePlatform)'; known: \(ids)")
        }
    }

    func run() throws {
        var inputs = sources.filter { $0 != "-" }
        if sources.isEmpty || sources.contains("-") {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            inputs += String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        let platform = PlatformCatalog.builtIn.platform(id: handlePlatform) ?? .x
        let results = NormalizeOutput.results(for: inputs, defaultHandlePlatform: platform)
        switch format {
        case .text:
            for line in NormalizeOutput.textLines(results) { print(line) }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        }
        if results.contains(where: { $0.identity == nil }) { throw ExitCode(1) }
    }
}
