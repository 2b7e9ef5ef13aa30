import Foundation

/// The whole pipeline over many drafts, in order: read → settle the publication date → extract →
/// normalize → probe (optional) → check → suppress (directives, then the baseline). What
/// `citeproof check` runs, and what a program embedding citeproof calls in one line:
///
///     let report = try CheckRun(options: CheckOptions(publishedOverride: day)).run([CheckInput(file: "draft.md")])
///
/// Drafts are read and checked on all cores and reported in input order; every cited URL is
/// probed once per run, whatever the number of drafts citing it.
public struct CheckRun: Sendable {
    public var options: CheckOptions
    /// The probe stage; nil runs without it (`options.probed` should then be false).
    public var prober: (any LinkProber)?
    /// Called once per draft read (for a progress line).
    public var onDocumentRead: (@Sendable () -> Void)?

    public init(options: CheckOptions = CheckOptions(), prober: (any LinkProber)? = nil, onDocumentRead: (@Sendable () -> Void)? = nil) {
        self.options = options
        self.prober = prober
        self.onDocumentRead = onDocumentRead
    }

    /// Runs every stage over `inputs`. Inputs that cannot be read become `Report.failures` (the
    /// others are still checked); only a failure of a whole stage (an unreadable probe cache) throws.
    public func run(_ inputs: [CheckInput], failures earlier: [InputFailure] = []) throws -> Report {
        let options = self.options
        let progress = onDocumentRead
        // read → extract → normalize, on all cores.
        let read = inputs.parallelMap { input -> Result<Document, InputFailure> in
            defer { progress?() }
            return Self.readAndNormalize(input, options: options)
        }
        // probe: every cited URL once per run.
        var verdicts: [String: LinkCheck] = [:]
        if options.probed, let prober {
            let documents = read.compactMap { try? $0.get() }
            var requests = LinkTargets.requests(in: documents, catalog: options.catalog)
            if options.quotes {
                // The quote stage reads the pages quoting sentences cite: the probe keeps their bodies.
                let quoted = documents.reduce(into: Set<String>()) { $0.formUnion(QuoteStage.quotedURLs(in: $1, catalog: options.catalog)) }
                for i in requests.indices where quoted.contains(requests[i].url) { requests[i].keepsPage = true }
            }
            if !requests.isEmpty { verdicts = try prober.check(requests) }
        }
        // Each page read for quotes is parsed once, on all cores; the bodies go no further.
        let bodies = verdicts.values.filter { $0.pageBody != nil }.sorted { $0.url < $1.url }
        let parsed = bodies.parallelMap { PageText(html: $0.pageBody!) }
        let pages = Dictionary(uniqueKeysWithValues: zip(bodies.map(\.url), parsed))
        for check in bodies { verdicts[check.url]?.pageBody = nil }
        // check and suppress (directives), on all cores.
        let checks = verdicts
        let results = read.parallelMap { result -> Result<CheckedDocument, InputFailure> in
            result.map { document in
                var document = document
                if options.probed { LinkTargets.attach(checks, to: &document, catalog: options.catalog) }
                if options.probed, options.quotes {
                    QuoteStage.run(&document, pages: pages, catalog: options.catalog)
                }
                return Citeproof.checkNormalized(document, options: options)
            }
        }
        var documents: [CheckedDocument] = []
        var failures = earlier
        for result in results {
            switch result {
            case .success(let d): documents.append(d)
            case .failure(let f): failures.append(f)
            }
        }
        var report = Report(toolVersion: Citeproof.version, documents: documents, failures: failures, rules: options.activeRules)
        // suppress (baseline): findings recorded earlier no longer count.
        if let baseline = options.baseline {
            _ = baseline.apply(to: &report, baseDirectory: options.baseDirectory, name: options.baselineName)
        }
        return report
    }

    /// Runs every stage over `inputs` and hands each checked document to `emit`, in input order, as
    /// soon as its batch is done; returns only the counts. Drafts are read and checked on all cores a
    /// batch at a time, so a run over 100,000 drafts holds only the batch in flight and what `emit`
    /// keeps. The baseline is applied to each document before it is emitted.
    ///
    /// With a prober (`options.probed`), every cited URL must be known before the first is probed
    /// (each is probed once per run, however many drafts cite it): the run is then the whole-report
    /// `run(_:)`, whose documents are emitted at the end, and its memory grows with the drafts.
    /// `recordingBaseline` collects `RunSummary.baselineEntries` for `--write-baseline`.
    public func run(
        _ inputs: [CheckInput], failures earlier: [InputFailure] = [], recordingBaseline: Bool = false,
        emit: (CheckedDocument) throws -> Void
    ) throws -> RunSummary {
        let options = self.options
        var summary = RunSummary(failures: earlier)
        if recordingBaseline { summary.baselineEntries = [] }
        func add(_ checked: CheckedDocument) throws {
            summary.add(checked)
            if recordingBaseline {
                summary.baselineEntries! += Baseline.entries(recording: checked, baseDirectory: options.baseDirectory)
            }
            try emit(checked)
        }
        if options.probed, prober != nil {
            let report = try run(inputs, failures: earlier)
            summary.failures = report.failures
            for checked in report.documents { try add(checked) }
            return summary
        }
        let progress = onDocumentRead
        let known = options.baseline?.fingerprints
        @Sendable func check(_ batch: ArraySlice<CheckInput>) -> [Result<CheckedDocument, InputFailure>] {
            Array(batch).parallelMap { input -> Result<CheckedDocument, InputFailure> in
                defer { progress?() }
                return Self.readAndNormalize(input, options: options).map { document in
                    var checked = Citeproof.checkNormalized(document, options: options)
                    if let known {
                        _ = Baseline.apply(known, to: &checked, baseDirectory: options.baseDirectory, name: options.baselineName)
                    }
                    return checked
                }
            }
        }
        // The next batch is checked while the one before it is handed over (the reporters write on
        // this thread): two batches in flight at most.
        var start = 0
        var ready: [Result<CheckedDocument, InputFailure>] = []
        while start < inputs.count || !ready.isEmpty {
            let next = inputs[start..<min(start + Self.batchSize, inputs.count)]
            start += next.count
            let box = BatchBox()
            let group = DispatchGroup()
            if !next.isEmpty {
                DispatchQueue.global().async(group: group) { box.results = check(next) }
            }
            for result in ready {
                switch result {
                case .success(let checked): try add(checked)
                case .failure(let failure): summary.failures.append(failure)
                }
            }
            group.wait()
            ready = box.results
        }
        return summary
    }

    /// The results of a batch checked on another thread (read only after its group is waited on).
    private final class BatchBox: @unchecked Sendable {
        var results: [Result<CheckedDocument, InputFailure>] = []
    }

    /// Drafts read and checked together by the streamed run: enough to keep every core busy.
    static let batchSize = max(8, 4 * ProcessInfo.processInfo.activeProcessorCount)

    /// One draft through read, extract and normalize; a draft that cannot be read is a failure naming it.
    static func readAndNormalize(_ input: CheckInput, options: CheckOptions) -> Result<Document, InputFailure> {
        do {
            let bytes: [UInt8]
            switch input.load() {
            case .success(let loaded): bytes = loaded
            case .failure(let error): return .failure(InputFailure(path: input.path, message: error.description))
            }
            var document = try Citeproof.read(bytes: bytes, path: input.path, format: options.format, published: options.publication,
                keepingBody: options.keepsBody)
            NormalizeStage.run(&document, aliases: options.sourceAliases, catalog: options.catalog)
            return .success(document)
        } catch let error as InputError {
            return .failure(InputFailure(path: input.path, message: error.description))
        } catch {
            return .failure(InputFailure(path: input.path, message: "\(input.path): \(error)"))
        }
    }
}
