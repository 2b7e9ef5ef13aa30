import Foundation
import Testing

/// Every option `check` takes is shown in the README (its usage block or prose), so a user reading
/// the README learns every flag.
@Suite struct HelpDocumentationTests {
    @Test func everyCheckOptionIsInTheReadme() throws {
        let help = try CLIRunner.run(["check", "--help"])
        #expect(help.exitCode == 0)
        let options = Set(
            help.stdout.split(separator: "\n").compactMap { line -> String? in
                let trimmed = line.drop(while: { $0 == " " })
                guard trimmed.hasPrefix("-") else { return nil }
                // "-o, --output <output>" or "--probe"
                return trimmed.split(separator: " ").map(String.init).first { $0.hasPrefix("--") }?
                    .trimmingCharacters(in: CharacterSet(charactersIn: ","))
            })
        #expect(options.count > 15, "read the options from --help: \(options)")
        let readme = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for option in options.subtracting(["--help", "--version"]) {
            #expect(readme.contains(option + " ") || readme.contains(option + "\n") || readme.contains(option + "`"),
                "\(option) is not in README.md")
        }
    }

    @Test func topLevelHelpNamesEveryInputFormat() throws {
        let help = try CLIRunner.run(["--help"])
        for format in ["plain text", "Markdown", "HTML", ".docx", ".odt"] {
            #expect(help.stdout.contains(format), "citeproof --help does not mention \(format)")
        }
    }
}
