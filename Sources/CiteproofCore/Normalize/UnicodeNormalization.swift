import Foundation

extension String {
    /// Unicode Normalization Form C, as IDNA requires before Punycode.
    var precomposedForIDNA: String { precomposedStringWithCanonicalMapping }
}
