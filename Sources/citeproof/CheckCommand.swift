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
              citeproof check drafts/ --format jsonl --shard 2/8 > shard-2.jsonl
              citeproof check draft.txt --published 2021-04-04 --fail-on warning
              citeproof check draft.md --format text --format json:report.json
              citeproof check drafts/ --format sarif:citeproof.sarif --format github
              citeproof check drafts/ --baseline .citeproof-baseline.json
              citeproof check drafts/ --write-baseline .citeproof-baseline.json
              citeproof check draft.docx --probe --archive --cache .citeproof-cache.json
              citeproof check draft.html --probe --allow-private-hosts --exclude-host lan.example
              cat draft.md | citeproof check - --format-in markdown --config ci.yml
              citeproof check big.md --max-bytes 1000000000 --no-color --timestamps

            Settings are read from .citeproof.yml (in the first draft's folder or above it, or --config FILE); \
            flags override them. 'citeproof init' writes a commented one.
            """)

    @Argument(help: "Drafts to check: files, directories, or - for standard input.")
    var paths: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Report format: text, json, jsonl, sarif, github, junit, markdown, html, prov or csl-json; NAME:FILE writes that format to FILE. Repeat for several.",
            valueName: "format[:file]"))
    var format: [OutputSpec] = []

    @Option(name: .shortAndLong, help: "Write the report to FILE (atomically) instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The publication date (YYYY-MM-DD), overriding what the draft says.")
    var published: String?

    @Option(name: .long, help: "Exit 1 when a finding is at or above this severity (default: error, or failOn in .citeproof.yml).")
    var failOn: FailThreshold?

    @Option(name: .long, help: "Read settings from FILE instead of the nearest .citeproof.yml.")
    var config: String?

    @Option(name: .long, help: "Hide the findings recorded in this baseline file; only new findings count.")
    var baseline: String?

    @Option(name: .long, help: "Record the current findings (those no directive suppresses) in FILE.")
    var writeBaseline: String?

    @Flag(name: .long, help: "Put the run's start and end times into SARIF and PROV output.")
    var timestamps = false

    @Option(name: .customLong("format-in"), help: "Read every input as this format instead of detecting it.")
    var formatIn: DocumentFormat?

    @Option(name: .long, help: "Largest input to read, in bytes.")
    var maxBytes: Int = Citeproof.defaultMaxInputBytes

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Check only shard K of N: the drafts whose path's FNV-1a hash modulo N is K-1, so N workers given the same paths split them (docs/scaling.md).",
            valueName: "K/N"))
    var shard: String?

    @Flag(name: .long, help: "Never colour the text report.")
    var noColor = false

    @OptionGroup(title: "Probing links")
    var probeOptions: ProbeOptions

    func validate() throws {
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published must be a real date written YYYY-MM-DD, e.g. 2021-04-04 (got '\(published)')")
        }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        if let shard, InputShard(shard) == nil {
            throw ValidationError("--shard must be K/N with 1 <= K <= N, e.g. 2/8 (got '\(shard)')")
        }
        if format.filter({ $0.path == nil }).count > 1 {
            throw ValidationError("only one --format may go to standard output; give the others a file (json:report.json)")
        }
    }

    func run() throws {
        let startTime = Date()
        var (inputs, inputErrors) = InputCollector(maxBytes: maxBytes).collect(paths)
        if let shard = shard.flatMap(InputShard.init) { inputs = inputs.filter { shard.contains($0.path) } }
        let settings = try orExit { try ConfigLocator.load(explicit: config, firstInput: paths.first) }
        var options = try orExit { try checkOptions(settings) }
        // The annotated HTML report shows each draft's own text.
        options.keepsBody = format.contains { $0.format == .html }
        let threshold = failOn ?? settings.failOn ?? FailThreshold.defaultThreshold
        let showProgress = !probeOptions.quiet && Terminal.isTTY(2)
        let documentProgress = inputs.count >= 20 && showProgress ? DocumentProgress(total: inputs.count) : nil
        var run = CheckRun(options: options)
        if let documentProgress { run.onDocumentRead = { documentProgress.advance() } }
        let probeBar = probeOptions.probing && showProgress ? ProgressBar() : nil
        defer { probeBar?.finish() }
        if probeOptions.probing {
            var prober = CurlLinkProber(
                configuration: try orExit { try probeOptions.configuration(settings.probe) },
                cachePath: probeOptions.cache, cacheMaxAge: probeOptions.cacheMaxAge * 3600)
            if let probeBar { prober.progress = { probeBar.update($0) } }
            run.prober = prober
        }
        let failures = inputErrors.map { InputFailure(path: "", message: $0.description) }
        let summary = try runAndReport(run, inputs: inputs, failures: failures, threshold: threshold, baseline: options.baseline, startTime: startTime)
        documentProgress?.finish()
        probeBar?.finish()
        for failure in summary.failures { Terminal.writeError("citeproof: \(failure.message)") }
        if let writeBaseline {
            try orExit { try OutputWriter.write(Baseline(entries: summary.baselineEntries ?? []).encoded(), to: writeBaseline) }
        }
        if !summary.failures.isEmpty { throw ExitCode(2) }
        if let severity = threshold.severity, let worst = summary.worstSeverity, worst >= severity {
            throw ExitCode(1)
        }
    }

    /// Flags over configuration: the run's options.
    private func checkOptions(_ settings: Configuration) throws -> CheckOptions {
        var options = CheckOptions(
            severityOverrides: settings.ruleSeverities, probed: probeOptions.probing, sourceAliases: settings.sourceAliases,
            catalog: settings.catalog, format: formatIn, baseDirectory: FileManager.default.currentDirectoryPath)
        options.quotes = probeOptions.quotes
        if let published, let day = CalendarDate(iso: published) {
            options.publication = PublicationDate(value: day, origin: "option")
        } else if let day = settings.publishedDate {
            options.publication = PublicationDate(value: day, origin: "configuration")
        }
        if let baseline {
            guard let data = FileManager.default.contents(atPath: baseline) else {
                throw BaselineError("\(baseline): cannot read the baseline file")
            }
            options.baseline = try Baseline(bytes: [UInt8](data), path: baseline)
            options.baselineName = baseline
        }
        return options
    }
}

/// Runs `body`; an error it throws ends the command: one line on standard error, exit code 2.
func orExit<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        Terminal.writeError("citeproof: \(error)")
        throw ExitCode(2)
    }
}
