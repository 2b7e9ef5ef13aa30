import ArgumentParser
import CiteproofCore
import CiteproofProbe
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
              citeproof check drafts/ --format sarif:citeproof.sarif --format github
              citeproof check drafts/ --baseline .citeproof-baseline.json

            Settings are read from .citeproof.yml (in the first draft's folder or above it, or --config FILE); \
            flags override them. 'citeproof init' writes a commented one.
            """)

    @Argument(help: "Drafts to check: files, directories, or - for standard input.")
    var paths: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Report format: text, json, sarif, github, junit, markdown, html or prov; NAME:FILE writes that format to FILE. Repeat for several.",
            valueName: "format[:file]"))
    var format: [OutputSpec] = []

    @Option(name: .shortAndLong, help: "Write the report to FILE (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The publication date (YYYY-MM-DD), overriding what the draft says.")
    var published: String?

    @Option(name: .long, help: "Exit 1 when a finding is at or above this severity (default: error, or failOn in .citeproof.yml).")
    var failOn: FailOn?

    @Option(name: .long, help: "Read settings from FILE instead of the nearest .citeproof.yml.")
    var config: String?

    @Option(name: .long, help: "Hide the findings recorded in this baseline file; only new findings count.")
    var baseline: String?

    @Option(name: .long, help: "Record the current findings (those no directive suppresses) in FILE.")
    var writeBaseline: String?

    @Flag(name: .long, help: "Put the run's start and end times into SARIF and PROV output.")
    var timestamps = false

    @Option(name: .customLong("format-in"), help: "Read every input as this format instead of detecting it.")
    var formatIn: DocumentFormatArgument?

    @Option(name: .long, help: "Largest input to read, in bytes.")
    var maxBytes: Int = Citeproof.defaultMaxInputBytes

    @Flag(name: .long, help: "Never colour the text report.")
    var noColor = false

    @OptionGroup(title: "Probing links")
    var probeOptions: ProbeOptions

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

        let startTime = Date()
        let settings: Configuration
        do {
            settings = try ConfigLocator.load(explicit: config, firstInput: paths.first)
        } catch {
            Terminal.writeError("citeproof: \(error)")
            throw ExitCode(2)
        }
        let options = CheckOptions(
            publishedOverride: published.flatMap(CalendarDate.init(iso:)) ?? settings.publishedDate,
            severityOverrides: settings.ruleSeverities, probed: probeOptions.probe, sourceAliases: settings.sourceAliases,
            catalog: settings.catalog)
        let threshold = failOn.map { FailThreshold(rawValue: $0.rawValue)! } ?? settings.failOn ?? .error
        let forced = formatIn.flatMap { DocumentFormat(rawValue: $0.rawValue) }
        // read → extract → normalize, on all cores (with a progress line on a terminal for long runs).
        let progress = inputs.count >= 20 && !probeOptions.quiet && Terminal.isTTY(2) ? DocumentProgress(total: inputs.count) : nil
        defer { progress?.finish() }
        let read = inputs.parallelMap { input -> Result<Document, InputFailure> in
            defer { progress?.advance() }
            do {
                let bytes: [UInt8]
                switch input.load() {
                case .success(let loaded): bytes = loaded
                case .failure(let error): return .failure(InputFailure(path: input.path, message: error.description))
                }
                let document = try Citeproof.read(bytes: bytes, path: input.path, format: forced)
                return .success(Citeproof.normalize(document, options: options))
            } catch let error as InputError {
                return .failure(InputFailure(path: input.path, message: error.description))
            } catch {
                return .failure(InputFailure(path: input.path, message: "\(input.path): \(error)"))
            }
        }
        // probe: every cited URL once per run, whatever the number of documents citing it.
        var checks: [String: LinkCheck] = [:]
        if probeOptions.probe {
            do {
                let documents = read.compactMap { try? $0.get() }
                checks = try ProbeStage.run(
                    documents, configuration: probeOptions.configuration(settings.probe), cachePath: probeOptions.cache,
                    cacheMaxAge: probeOptions.cacheMaxAge * 3600,
                    showProgress: !probeOptions.quiet && Terminal.isTTY(2))
            } catch {
                Terminal.writeError("citeproof: \(error)")
                throw ExitCode(2)
            }
        }
        // check, on all cores.
        let verdicts = checks
        let results = read.parallelMap { result -> Result<CheckedDocument, InputFailure> in
            result.map { document in
                var document = document
                if options.probed { LinkTargets.attach(verdicts, to: &document) }
                return Suppression.apply(to: Citeproof.check(document, options: options))
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
        var report = Report(toolVersion: Citeproof.version, documents: documents, failures: failures)

        let baseDirectory = FileManager.default.currentDirectoryPath
        if let writeBaseline {
            do {
                try OutputWriter.write(Baseline(recording: report, baseDirectory: baseDirectory).encoded(), to: writeBaseline)
            } catch {
                Terminal.writeError("citeproof: \(error)")
                throw ExitCode(2)
            }
        }
        var baselineFingerprints = Set<String>()
        if let baseline {
            do {
                guard let data = FileManager.default.contents(atPath: baseline) else {
                    throw BaselineError("\(baseline): cannot read the baseline file")
                }
                let recorded = try Baseline(bytes: [UInt8](data), path: baseline)
                baselineFingerprints = recorded.fingerprints
                _ = recorded.apply(to: &report, baseDirectory: baseDirectory)
            } catch {
                Terminal.writeError("citeproof: \(error)")
                throw ExitCode(2)
            }
        }
        let stamp = ISO8601DateFormatter()
        let context = ReporterContext(
            color: false, baseDirectory: baseDirectory,
            rules: RuleRegistry.all.map { $0.description }.filter { options.severityOverrides[$0.id] != .some(nil) && ($0.requirement != .probeResults || options.probed) },
            baselineFingerprints: baselineFingerprints, failOn: threshold.severity,
            startTime: timestamps ? stamp.string(from: startTime) : nil, endTime: timestamps ? stamp.string(from: Date()) : nil)

        let specs = format.isEmpty ? [OutputSpec(argument: "text")!] : format
        for spec in specs {
            let destination = spec.path ?? output
            var specContext = context
            specContext.color = destination == nil && !noColor && Terminal.colorEnabled()
            do {
                let reporter = spec.format.reporter(specContext)
                try OutputWriter.write(to: destination) { try reporter.write(report, to: $0) }
            } catch {
                Terminal.writeError("citeproof: \(error)")
                throw ExitCode(2)
            }
        }

        if !failures.isEmpty { throw ExitCode(2) }
        if let threshold = threshold.severity, let worst = report.worstSeverity, worst >= threshold {
            throw ExitCode(1)
        }
    }
}

