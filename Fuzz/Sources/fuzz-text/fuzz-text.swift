import CiteproofCore
import FuzzSupport

/// libFuzzer entry point: arbitrary bytes through the text reader, then every rule.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzDriver.readAndCheck(data, size, format: .text, path: "fuzz.txt")
    return 0
}
