/// Host normalization: percent-decoding, IDNA (libidn2, UTS #46) to the ASCII form, IPv4 forms, validation.
enum HostNormalizer {
    /// Code points a domain may not contain (WHATWG's forbidden domain code points).
    private static let forbidden: Set<Character> = [" ", "#", "%", "/", ":", "<", ">", "?", "@", "[", "\\", "]", "^", "|"]

    /// Controls, the replacement character and noncharacters cannot be in a domain.
    private static func isDisallowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x7F || value == 0xFFFD || (0xFDD0...0xFDEF).contains(value)
            || value & 0xFFFE == 0xFFFE
    }

    /// The canonical host, or nil when the host is invalid. A trailing dot is removed.
    static func normalize<S: StringProtocol>(_ raw: S) -> String? {
        if raw.hasPrefix("[") {
            guard raw.hasSuffix("]"), raw.count > 2,
                raw.dropFirst().dropLast().allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." })
            else { return nil }
            return raw.lowercased()
        }
        guard let decoded = PercentEncoding.decode(raw), !decoded.isEmpty,
            !decoded.contains(where: forbidden.contains),
            !decoded.unicodeScalars.contains(where: isDisallowed),
            var host = IDNA.asciiHost(decoded),
            // Again after IDNA, as WHATWG checks: full-width `％` maps to a forbidden `%`.
            !host.contains(where: forbidden.contains)
        else { return nil }
        // Trailing dots first, so that `12.0...` is the address `12.0.0.0` that `12.0` is.
        while host.hasSuffix(".") { host.removeLast() }
        switch IPv4.parse(host) {
        case .address(let dotted): return dotted
        case .invalid: return nil
        case .notIPv4: break
        }
        return host.isEmpty ? nil : host
    }
}

/// WHATWG IPv4 host parsing: `0x7f.1` → `127.0.0.1`.
enum IPv4 {
    enum Result: Equatable { case notIPv4, invalid, address(String) }

    static func parse(_ host: String) -> Result {
        var parts = host.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
        guard let last = parts.last, !last.isEmpty, endsInNumber(last) else { return .notIPv4 }
        guard parts.count <= 4 else { return .invalid }
        var numbers: [UInt64] = []
        for part in parts {
            guard let value = number(part) else { return .invalid }
            numbers.append(value)
        }
        guard numbers.dropLast().allSatisfy({ $0 <= 255 }) else { return .invalid }
        let lastLimit = UInt64(1) << (8 * UInt64(5 - numbers.count))
        guard numbers[numbers.count - 1] < lastLimit else { return .invalid }
        var address = numbers[numbers.count - 1]
        for (index, value) in numbers.dropLast().enumerated() { address += value << (8 * UInt64(3 - index)) }
        let octets = (0..<4).map { String((address >> (8 * UInt64(3 - $0))) & 0xFF) }
        return .address(octets.joined(separator: "."))
    }

    /// Decimal digits, or `0x` and hex digits: a host ending so is an IPv4 address or invalid.
    private static func endsInNumber(_ label: Substring) -> Bool {
        if label.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        let lowered = label.lowercased()
        return lowered.hasPrefix("0x") && lowered.dropFirst(2).allSatisfy { $0.isASCII && $0.isHexDigit }
    }

    private static func number(_ part: Substring) -> UInt64? {
        guard !part.isEmpty else { return nil }
        var text = part
        var radix = 10
        if text.count >= 2, text.lowercased().hasPrefix("0x") {
            text = text.dropFirst(2)
            radix = 16
            if text.isEmpty { return 0 }
        } else if text.count >= 2, text.hasPrefix("0") {
            text = text.dropFirst()
            radix = 8
        }
        text = text.drop { $0 == "0" }
        if text.isEmpty { return 0 }
        guard text.count <= 16 else { return nil }
        return UInt64(text, radix: radix)
    }
}
