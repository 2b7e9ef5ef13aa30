import CiteproofCore
import FuzzSupport

/// libFuzzer entry point: the source normalizer over arbitrary text. A canonical form must be
/// a fixed point: identifying it again gives the same canonical form.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzDriver.string(data, size)
    guard let identity = SourceNormalizer.identify(text) else { return 0 }
    if let again = SourceNormalizer.identify(identity.canonical), again.canonical != identity.canonical {
        fatalError("not idempotent: \(text.debugDescription) → \(identity.canonical.debugDescription) → \(again.canonical.debugDescription)")
    }
    _ = SourceNormalizer.identify(text, defaultHandlePlatform: PlatformCatalog.builtIn.platforms.last ?? .x)
    return 0
}

/// The entry point SwiftPM's debug link makes `main`; hands over to libFuzzer.
@_cdecl("fuzz_normalizer_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzerMain.run(argc, argv, fuzz)
}
