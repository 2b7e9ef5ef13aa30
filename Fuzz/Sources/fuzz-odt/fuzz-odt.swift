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
