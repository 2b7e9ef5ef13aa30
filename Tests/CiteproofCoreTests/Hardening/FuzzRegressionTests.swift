import Foundation
import Testing
@testable import CiteproofCore

/// Every input the fuzzers found a crash, hang or OOM with (`Fuzz/regressions/<target>/`) goes
/// through the same entry point again and must return, or throw `InputError` (a hang guard stops the
/// run if one never returns; `Fuzz/smoke.sh` replays them under the fuzz binaries' own timeouts).
/// For `fuzz-docx` and `fuzz-odt` the files are the archives the harness handed to the reader
/// (starting with `PK`, so the fuzz binaries replay them as they are too).
///
/// Only the targets that have regressions have a case here (today fuzz-docx, fuzz-odt and
/// fuzz-normalizer); `everyRegressionFolderIsReplayed` fails when a new folder appears without one,
/// and a listed folder that is missing or empty fails its case.
@Suite struct FuzzRegressionTests {
    static let regressions = TestData.packageRoot.appendingPathComponent("Fuzz/regressions")

    /// The inputs of a target, sorted; records an issue (the case fails) when there are none.
    static func inputs(_ target: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [URL] {
        let folder = regressions.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { !$0.hasPrefix(".") } ?? []
        if names.isEmpty {
            Issue.record("Fuzz/regressions/\(target) is missing or empty: this case would assert nothing", sourceLocation: sourceLocation)
        }
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    static let readerTargets: [(target: String, format: DocumentFormat)] = [("fuzz-docx", .docx), ("fuzz-odt", .odt)]
    static let otherTargets = ["fuzz-normalizer"]

    static func expectReturns(_ name: String, _ body: () throws -> Void) {
        HangGuard.watch(name) {
            do {
                try body()
            } catch is InputError {
            } catch {
                Issue.record("\(name): threw \(error), not an InputError")
            }
        }
    }

    @Test func everyRegressionFolderIsReplayed() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.regressions.path).filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(Self.readerTargets.map(\.target) + Self.otherTargets),
            "Fuzz/regressions holds \(folders.sorted()): give each target folder a case in this suite")
    }

    @Test(arguments: readerTargets.map(\.target))
    func aReaderCrashInputNowReadsOrIsRefused(_ target: String) throws {
        let format = Self.readerTargets.first { $0.target == target }!.format
        for url in Self.inputs(target) {
            let bytes = try TestData.bytes(url)
            Self.expectReturns("\(target)/\(url.lastPathComponent)") {
                _ = Citeproof.check(try Citeproof.read(bytes: bytes, path: "fuzz", format: format))
            }
        }
    }

    @Test func aNormalizerCrashInputNowNormalizes() throws {
        let inputs = Self.inputs("fuzz-normalizer")
        for url in inputs {
            let text = String(decoding: try TestData.bytes(url), as: UTF8.self)
            Self.expectReturns("fuzz-normalizer/\(url.lastPathComponent)") {
                if let identity = SourceNormalizer.identify(text) {
                    #expect(SourceNormalizer.identify(identity.canonical)?.canonical == identity.canonical)
                }
            }
        }
    }

    /// Found by fuzz-normalizer (`t.me/\``) under AddressSanitizer: `psl_registrable_domain` returns a
    /// pointer into its argument, and the Swift string's temporary C copy was freed before the result
    /// was read (heap-use-after-free). The result must be the registrable domain, every time.
    @Test func theRegistrableDomainIsReadWhileTheHostIsAlive() {
        var g = SeededGenerator(seed: 0x5EED_0004)
        for _ in 0..<2000 {
            let label = g.string(from: "abcdefghijklmnopqrstuvwxyz0123456789", count: Int.random(in: 1...20, using: &g))
            let sub = g.string(from: "abcdefghijklmnopqrstuvwxyz", count: Int.random(in: 1...12, using: &g))
            let suffix = g.pick(["com", "co.uk", "org", "com.au", "de"])
            // The prefix keeps the label out of the Public Suffix List's private section (`no.com`, `us.com`).
            #expect(RegistrableDomain.of(host: "\(sub).cp-\(label).\(suffix)") == "cp-\(label).\(suffix)")
        }
        #expect(SourceNormalizer.identify("t.me/`") != nil)
    }

    /// Found by fuzz-normalizer: a page of a platform row that serves many hosts came out as the
    /// literal template `{host}`, and a site under a platform's domain as that domain (`twitter.com`),
    /// which identifies again as the platform (`x.com`).
    @Test func platformSitesAreNamedByARealHostThatIsAFixedPoint() {
        for raw in ["https://fosstodon.org/about", "https://mas.to/explore", "https://blog.twitter.com/official",
                    "https://help.x.com/en", "https://twktte.redd.it/x"] {
            let identity = SourceNormalizer.identify(raw)
            #expect(identity.map { !$0.canonical.contains("{") } == true, "\(raw) → \(identity?.canonical ?? "nil")")
            #expect(identity.flatMap { SourceNormalizer.identify($0.canonical)?.canonical } == identity?.canonical, "\(raw)")
        }
    }
}
