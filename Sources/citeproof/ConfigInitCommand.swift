import ArgumentParser
import CiteproofCore
import Foundation

/// `citeproof init`: writes a commented default `.citeproof.yml`.
struct ConfigInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a commented default .citeproof.yml in the current folder (or at --output).")

    @Option(name: .shortAndLong, help: "Where to write the file.")
    var output: String = ConfigurationTemplate.fileName

    @Flag(name: .long, help: "Overwrite an existing file.")
    var force = false

    func run() throws {
        if FileManager.default.fileExists(atPath: output), !force {
            Terminal.writeError("citeproof: \(output) already exists; use --force to overwrite it")
            throw ExitCode(2)
        }
        do {
            try OutputWriter.write(ConfigurationTemplate.text(rules: RuleRegistry.all.map { $0.description }), to: output)
        } catch {
            Terminal.writeError("citeproof: \(error)")
            throw ExitCode(2)
        }
        print("wrote \(output)")
    }
}
