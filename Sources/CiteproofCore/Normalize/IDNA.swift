import CIDN2

/// Host names in their ASCII form, through libidn2's UTS #46 processing (nontransitional, input
/// NFC-normalized): full-width letters and dots, case, ignorable code points and `ß`/`ς` handled
/// as the WHATWG URL Standard's domain-to-ASCII does. `ｅｘａｍｐｌｅ.com` → `example.com`,
/// `Пример.испытание` → `xn--e1afmkfd.xn--80akhbyknj4f`.
public enum IDNA {
    /// The flags for WHATWG's domain-to-ASCII: UTS #46 nontransitional processing. Not
    /// `IDN2_USE_STD3_ASCII_RULES`: WHATWG does not use STD3 rules (it checks forbidden code points
    /// itself, in `HostNormalizer`), and libidn2 2.3 *drops* STD3-disallowed characters such as `_`
    /// (`a_b` → `ab`) under that flag instead of rejecting them.
    private static let flags = Int32(IDN2_NONTRANSITIONAL.rawValue | IDN2_NFC_INPUT.rawValue)

    /// `.`, `。`, `．`, `｡`: the label separators of UTS #46 (§2.3).
    private static let labelSeparators: Set<UInt32> = [0x2E, 0x3002, 0xFF0E, 0xFF61]

    /// The ASCII form of a host name: lowercase, labels with non-ASCII characters as A-labels
    /// (`xn--…`), or nil when a label is not a valid IDNA label (a disallowed code point, a bad
    /// A-label such as `xn--a`, a joiner or bidi rule broken, …).
    ///
    /// ASCII labels other than A-labels are only lowercased, as WHATWG does (no hyphen or DNS length
    /// checks: `-foo` and 64-letter labels are hosts on the web). A-labels and labels with non-ASCII
    /// characters go through libidn2 one label at a time, so its hyphen and length rules apply to them only.
    public static func asciiHost(_ host: String) -> String? {
        if host.utf8.allSatisfy({ $0 < 0x80 }) && !hasALabel(host) { return host.lowercased() }
        var labels: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in host.unicodeScalars {
            if labelSeparators.contains(scalar.value) {
                labels.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        labels.append(String(current))
        var ascii: [String] = []
        ascii.reserveCapacity(labels.count)
        for label in labels {
            if label.utf8.allSatisfy({ $0 < 0x80 }) && !isALabel(Substring(label)) {
                ascii.append(label.lowercased())
            } else {
                guard let converted = toASCII(label) else { return nil }
                ascii.append(converted)
            }
        }
        return ascii.joined(separator: ".")
    }

    /// One label through `idn2_to_ascii_8z`; nil when libidn2 reports an error.
    private static func toASCII(_ label: String) -> String? {
        // A C string ends at NUL; a label with one would be judged by its prefix.
        guard !label.utf8.contains(0) else { return nil }
        var output: UnsafeMutablePointer<CChar>? = nil
        let status = idn2_to_ascii_8z(label, &output, flags)
        defer { idn2_free(output) }
        guard status == Int32(IDN2_OK.rawValue), let output else { return nil }
        return String(cString: output).lowercased()
    }

    /// Whether a label starts with `xn--`, in any case (UTS #46 §4.1 step 4: such labels are decoded and checked).
    private static func isALabel(_ label: Substring) -> Bool {
        let bytes = label.utf8
        guard bytes.count >= 4 else { return false }
        var index = bytes.startIndex
        for expected in [UInt8(ascii: "x"), UInt8(ascii: "n"), UInt8(ascii: "-"), UInt8(ascii: "-")] {
            let byte = bytes[index]
            guard byte == expected || (byte >= 0x41 && byte <= 0x5A && byte | 0x20 == expected) else { return false }
            index = bytes.index(after: index)
        }
        return true
    }

    private static func hasALabel(_ host: String) -> Bool {
        host.split(separator: ".", omittingEmptySubsequences: false).contains(where: isALabel)
    }
}
