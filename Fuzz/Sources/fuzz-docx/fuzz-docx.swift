import CiteproofCore
import FuzzSupport

/// libFuzzer entry point: a .docx through the reader, then every rule. Inputs starting with `PK`
/// are archives as they are; others are `document.xml NUL footnotes.xml NUL endnotes.xml NUL settings.xml`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let archive = StoredZip.fuzzArchive(
        bytes, parts: ["word/document.xml", "word/footnotes.xml", "word/endnotes.xml", "word/settings.xml"])
    FuzzDriver.readAndCheck(archive, format: .docx, path: "fuzz.docx")
    return 0
}

/// The entry point SwiftPM's debug link makes `main`; hands over to libFuzzer.
@_cdecl("fuzz_docx_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzerMain.run(argc, argv, fuzz)
}
