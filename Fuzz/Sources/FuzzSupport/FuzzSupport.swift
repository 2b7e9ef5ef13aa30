import CiteproofCore

/// Shared driver for the reader targets: read the bytes as `format`, then run every rule.
/// A reader may refuse input only by throwing `InputError`; anything else is a finding.
public enum FuzzDriver {
    public static func readAndCheck(_ data: UnsafePointer<UInt8>, _ size: Int, format: DocumentFormat, path: String) {
        readAndCheck(Array(UnsafeBufferPointer(start: data, count: size)), format: format, path: path)
    }

    public static func readAndCheck(_ bytes: [UInt8], format: DocumentFormat, path: String) {
        do {
            let document = try Citeproof.read(bytes: bytes, path: path, format: format)
            _ = Citeproof.check(document)
        } catch is InputError {
            // A clear refusal is a correct answer.
        } catch {
            fatalError("\(format) reader threw a non-InputError: \(error)")
        }
    }

    /// The input as text (invalid UTF-8 repaired), for the string-level targets.
    public static func string(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }
}
