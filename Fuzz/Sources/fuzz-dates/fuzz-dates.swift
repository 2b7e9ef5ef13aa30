import CiteproofCore
import FuzzSupport

/// libFuzzer entry point: the date scanner over arbitrary text, checking what it promises:
/// ranges lie inside the text, in order, and `parse` of a found mention's text finds it again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzDriver.string(data, size)
    let reference = CalendarDate(year: 2021, month: 4, day: 4)
    let utf8 = Array(text.utf8)
    var previousEnd = 0
    for bareYears in [false, true] {
        previousEnd = 0
        for mention in DateScanner(referenceDate: reference, includeBareYears: bareYears).mentions(in: text) {
            precondition(mention.utf8Range.lowerBound >= previousEnd && mention.utf8Range.upperBound <= utf8.count)
            previousEnd = mention.utf8Range.upperBound
            precondition(String(decoding: utf8[mention.utf8Range], as: UTF8.self) == mention.text)
            if let value = mention.value, mention.problem == nil {
                precondition(CalendarDate(year: value.year, month: value.month, day: value.day) == value)
            }
        }
    }
    _ = DateScanner().parse(text)
    return 0
}

/// The entry point SwiftPM's debug link makes `main`; hands over to libFuzzer.
@_cdecl("fuzz_dates_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzerMain.run(argc, argv, fuzz)
}
