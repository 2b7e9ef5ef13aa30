import CiteproofCore
import FuzzSupport

/// libFuzzer entry point: arbitrary bytes through the text reader, then every rule.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzDriver.readAndCheck(data, size, format: .text, path: "fuzz.txt")
    return 0
}

/// The entry point SwiftPM's debug link makes `main`; hands over to libFuzzer.
@_cdecl("fuzz_text_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzerMain.run(argc, argv, fuzz)
}
