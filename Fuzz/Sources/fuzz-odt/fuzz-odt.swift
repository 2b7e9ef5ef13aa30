import CiteproofCore
import FuzzSupport

/// libFuzzer entry point: an .odt through the reader, then every rule. Inputs starting with `PK`
/// are archives as they are; others are `content.xml NUL meta.xml`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let archive = StoredZip.fuzzArchive(bytes, parts: ["content.xml", "meta.xml"])
    FuzzDriver.readAndCheck(archive, format: .odt, path: "fuzz.odt")
    return 0
}

/// The entry point SwiftPM's debug link makes `main`; hands over to libFuzzer.
@_cdecl("fuzz_odt_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzerMain.run(argc, argv, fuzz)
}
