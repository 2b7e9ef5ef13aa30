import Foundation
import Testing
@testable import CiteproofCore

/// `CheckRun.run(_:emit:)`: documents handed over in input order as their batch is checked, the same
/// findings and counts as the whole report, the baseline applied to each document.
@Suite struct StreamedRunTests {
    static func fixtureInputs() throws -> [CheckInput] {
        let folder = TestData.fixtures.appendingPathComponent("integrity")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".expected") }.sorted()
        return try names.map { CheckInput(path: "integrity/\($0)", bytes: try TestData.bytes(folder.appendingPathComponent($0))) }
    }

    /// Which inputs have been loaded so far, shared with the inputs' loaders.
    final class LoadLog: @unchecked Sendable {
        private var loaded = Set<Int>()
        private let lock = NSLock()
        func record(_ index: Int) { lock.withLock { _ = loaded.insert(index) } }
        func contains(_ index: Int) -> Bool { lock.withLock { loaded.contains(index) } }
        var count: Int { lock.withLock { loaded.count } }
    }

    @Test func firstDocumentIsEmittedBeforeTheLastInputIsRead() throws {
        let draft = Array("A claim.[^1]\n\n[^1]: Reuters, March 3, 2021.\n".utf8)
        let total = 200
        let log = LoadLog()
        let inputs = (0..<total).map { index in
            CheckInput(path: "draft-\(index).md") {
                log.record(index)
                return .success(draft)
            }
        }
        var emitted: [String] = []
        var loadedWhenFirstEmitted: Int?
        let summary = try CheckRun().run(inputs) { checked in
            if emitted.isEmpty {
                loadedWhenFirstEmitted = log.count
                #expect(!log.contains(total - 1), "the first document waits for no later batch")
            }
            emitted.append(checked.document.path)
        }
        #expect(emitted == inputs.map(\.path), "emitted in input order")
        #expect(summary.documents == total)
        // The batch being written and the next one being checked: never more than two in flight.
        #expect(try #require(loadedWhenFirstEmitted) <= 2 * CheckRun.batchSize)
        #expect(log.count == total)
    }

    @Test func summaryAndFindingsEqualTheWholeReport() throws {
        var inputs = try Self.fixtureInputs()
        inputs.append(CheckInput(path: "gone.md") { .failure(.notFound("gone.md")) })
        let run = CheckRun(options: CheckOptions(publishedOverride: CalendarDate(iso: "2024-05-14")))
        let report = try run.run(inputs)
        var streamed: [CheckedDocument] = []
        var summary = try run.run(inputs, recordingBaseline: true) { streamed.append($0) }
        #expect(streamed.map(\.document.path) == report.documents.map(\.document.path))
        #expect(streamed.map { $0.findings.map(\.message) } == report.documents.map { $0.findings.map(\.message) })
        #expect(Baseline(entries: summary.baselineEntries ?? []) == Baseline(recording: report, baseDirectory: nil))
        summary.baselineEntries = nil
        #expect(summary == RunSummary(report))
        #expect(summary.failures.map(\.path) == ["gone.md"])
        #expect(summary.errors + summary.warnings + summary.notes > 0, "the fixtures have findings")
    }

    @Test func baselineIsAppliedToEachStreamedDocument() throws {
        let inputs = try Self.fixtureInputs()
        var options = CheckOptions(publishedOverride: CalendarDate(iso: "2024-05-14"))
        let before = try CheckRun(options: options).run(inputs)
        let findings = before.documents.reduce(0) { $0 + $1.findings.filter { !$0.suppressed }.count }
        options.baseline = Baseline(recording: before, baseDirectory: nil)
        options.baselineName = "old.json"
        var reasons: Set<String> = []
        let summary = try CheckRun(options: options).run(inputs) { checked in
            for finding in checked.findings { reasons.insert(finding.suppression?.reason ?? "counted") }
        }
        #expect(summary.errors + summary.warnings + summary.notes == 0)
        #expect(summary.suppressed == findings + before.documents.reduce(0) { $0 + $1.findings.filter(\.suppressed).count })
        #expect(reasons.contains("recorded in old.json"))
        #expect(summary.worstSeverity == nil)
    }
}

/// `--shard K/N`: FNV-1a of the path modulo N; every path in exactly one shard.
@Suite struct InputShardTests {
    @Test func fnv1aIsTheStandardHash() {
        #expect(InputShard.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(InputShard.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(InputShard.fnv1a("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test func everyPathIsInExactlyOneShard() throws {
        let paths = (0..<3000).map { "drafts/\($0 / 100)/note-\($0).md" }
        for n in [1, 2, 3, 7] {
            let shards = (1...n).map { InputShard(index: $0, count: n)! }
            var sizes = Array(repeating: 0, count: n)
            for path in paths {
                let owners = shards.filter { $0.contains(path) }
                #expect(owners.count == 1, "\(path) in \(owners) of \(n)")
                sizes[owners[0].index - 1] += 1
            }
            #expect(sizes.allSatisfy { $0 > paths.count / n / 2 }, "a fair split: \(sizes)")
        }
    }

    @Test(arguments: ["0/2", "3/2", "1/0", "-1/2", "2", "a/b", "1/2/3", "", "/2", "1/"])
    func malformedOrOutOfRangeIsRefused(_ text: String) {
        #expect(InputShard(text) == nil)
    }

    @Test func wellFormedIsParsed() throws {
        let shard = try #require(InputShard("2/8"))
        #expect(shard.index == 2 && shard.count == 8 && shard.description == "2/8")
        #expect(InputShard("1/1")?.contains("anything") == true)
    }
}
