import ArgumentParser
import CiteproofCore
import CiteproofReport
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the footnotes, citations, sources and dates of drafts.",
        discussion: """
            PATH may be a file, a directory (searched recursively for .txt, .md, .markdown, .html, .htm, \
            .docx and .odt drafts) or - for standard input.

            Examples:
              citeproof check draft.md
              citeproof check drafts/ --format json --output report.json
              citeproof check draft.txt --published 2021-04-04 --fail-on warning
              citeproof check draft.md --format text --format json:report.json
            """)

    @Argument(help: "Drafts to check: files, directories, or - for standard input.")
    var paths: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Report format: text or json; NAME:FILE writes that format to FILE. Repeat for several.",
            valueName: "format[:file]"))
    var format: [OutputSpec] = []

    @Option(name: .shortAndLong, help: "Write the report to FILE (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The publication date (YYYY-MM-DD), overriding what the draft says.")
    var published: String?

    @Option(name: .long, help: "Exit 1 when a finding is at or above this severity.")
    var failOn: FailOn = .error

    @Option(name: .customLong("format-in"), help: "Read every input as this format instead of detecting it.")
    var formatIn: DocumentFormatArgument?

    @Option(name: .long, help: "Largest input to read, in bytes.")
    var maxBytes: Int = Citeproof.defaultMaxInputBytes

    @Flag(name: .long, help: "Never colour the text report.")
    var noColor = false

    func validate() throws {
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published must be a real date written YYYY-MM-DD, e.g. 2021-04-04 (got '\(published)')")
        }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        if format.filter({ $0.path == nil }).count > 1 {
            throw ValidationError("only one --format may go to standard output; give the others a file (json:report.json)")
        }
    }

    func run() throws {
        let collector = InputCollector(maxBytes: maxBytes)
        let (inputs, inputErrors) = collector.collect(paths)
        for error in inputErrors { Terminal.writeError("citeproof: \(error)") }

        let options = CheckOptions(publishedOverride: published.flatMap(CalendarDate.init(iso:)))
        let forced = formatIn.flatMap { DocumentFormat(rawValue: $0.rawValue) }
        let results = inputs.parallelMap { input -> Result<CheckedDocument, InputFailure> in
            do {
                let document = try Citeproof.read(bytes: input.bytes, path: input.path, format: forced)
                return .success(Citeproof.check(document, options: options))
            } catch let error as InputError {
                return .failure(InputFailure(path: input.path, message: error.description))
            } catch {
                return .failure(InputFailure(path: input.path, message: "\(input.path): \(error)"))
            }
        }
        var documents: [CheckedDocument] = []
        var failures = inputErrors.map { InputFailure(path: "", message: $0.description) }
        for result in results {
            switch result {
            case .success(let d): documents.append(d)
            case .failure(let f):
                Terminal.writeError("citeproof: \(f.message)")
                failures.append(f)
            }
        }
        let report = Report(toolVersion: Citeproof.version, documents: documents, failures: failures)

        let specs = format.isEmpty ? [OutputSpec(argument: "text")!] : format
        for spec in specs {
            let destination = spec.path ?? output
            let color = destination == nil && !noColor && Terminal.colorEnabled()
            do {
                try OutputWriter.write(spec.format.reporter(color: color).render(report), to: destination)
            } catch {
                Terminal.writeError("citeproof: \(error)")
                throw ExitCode(2)
            }
        }

        if !failures.isEmpty { throw ExitCode(2) }
        if let threshold = failOn.severity, let worst = report.worstSeverity, worst >= threshold {
            throw ExitCode(1)
        }
    }
}

extension FailOn {
    var severity: Severity? {
        switch self {
        case .error: return .error
        case .warning: return .warning
        case .note: return .note
        case .none: return nil
        }
    }
}
