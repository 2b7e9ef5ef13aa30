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
            let requests = LinkTargets.requests(in: read.compactMap { try? $0.get() }, catalog: options.catalog)
            if !requests.isEmpty { verdicts = try prober.check(requests) }
        }
        // check and suppress (directives), on all cores.
        let checks = verdicts
        let results = read.parallelMap { result -> Result<CheckedDocument, InputFailure> in
            result.map { document in
                var document = document
                if options.probed { LinkTargets.attach(checks, to: &document, catalog: options.catalog) }
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

    /// One draft through read, extract and normalize; a draft that cannot be read is a failure naming it.
    static func readAndNormalize(_ input: CheckInput, options: CheckOptions) -> Result<Document, InputFailure> {
        do {
            let bytes: [UInt8]
            switch input.load() {
            case .success(let loaded): bytes = loaded
            case .failure(let error): return .failure(InputFailure(path: input.path, message: error.description))
            }
            var document = try Citeproof.read(bytes: bytes, path: input.path, format: options.format, published: options.publication)
            NormalizeStage.run(&document, aliases: options.sourceAliases, catalog: options.catalog)
            return .success(document)
        } catch let error as InputError {
            return .failure(InputFailure(path: input.path, message: error.description))
        } catch {
            return .failure(InputFailure(path: input.path, message: "\(input.path): \(error)"))
        }
    }
}
