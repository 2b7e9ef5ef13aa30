/// Classifies IP addresses into the non-public `AddressClass`es, from a table of prefixes.
enum AddressClassifier {
    struct Range {
        let prefix: [UInt8]
        let bits: Int
        let addressClass: AddressClass
    }

    static let ipv4Ranges: [Range] = [
        Range(prefix: [0], bits: 8, addressClass: .unspecified),
        Range(prefix: [10], bits: 8, addressClass: .privateNetwork),
        Range(prefix: [100, 64], bits: 10, addressClass: .privateNetwork),
        Range(prefix: [127], bits: 8, addressClass: .loopback),
        Range(prefix: [169, 254], bits: 16, addressClass: .linkLocal),
        Range(prefix: [172, 16], bits: 12, addressClass: .privateNetwork),
        Range(prefix: [192, 168], bits: 16, addressClass: .privateNetwork),
        Range(prefix: [224], bits: 4, addressClass: .multicast),
        Range(prefix: [240], bits: 4, addressClass: .unspecified),  // reserved, and 255.255.255.255
    ]

    static let ipv6Ranges: [Range] = [
        Range(prefix: [UInt8](repeating: 0, count: 15) + [1], bits: 128, addressClass: .loopback),
        Range(prefix: [UInt8](repeating: 0, count: 16), bits: 128, addressClass: .unspecified),
        Range(prefix: [0xfc], bits: 7, addressClass: .privateNetwork),
        Range(prefix: [0xfe, 0x80], bits: 10, addressClass: .linkLocal),
        Range(prefix: [0xfe, 0xc0], bits: 10, addressClass: .privateNetwork),  // deprecated site-local
        Range(prefix: [0xff], bits: 8, addressClass: .multicast),
    ]

    /// IPv6 prefixes whose last 32 bits are an IPv4 address that is what really gets reached.
    static let embeddedIPv4Prefixes: [[UInt8]] = [
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff],  // IPv4-mapped ::ffff:a.b.c.d
        [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0],  // NAT64 64:ff9b::a.b.c.d
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],  // deprecated IPv4-compatible ::a.b.c.d
    ]

    /// The class of a 4- or 16-byte address, nil for a public address.
    static func classify(_ bytes: [UInt8]) -> AddressClass? {
        if bytes.count == 4 { return match(bytes, in: ipv4Ranges) }
        guard bytes.count == 16 else { return .unspecified }
        if let direct = match(bytes, in: ipv6Ranges) { return direct }
        for prefix in embeddedIPv4Prefixes where bytes.starts(with: prefix) {
            return match(Array(bytes[12...]), in: ipv4Ranges)
        }
        return nil
    }

    private static func match(_ bytes: [UInt8], in ranges: [Range]) -> AddressClass? {
        ranges.first { range in
            var remaining = range.bits
            for (index, prefixByte) in range.prefix.enumerated() where remaining > 0 {
                let mask: UInt8 = remaining >= 8 ? 0xff : ~(0xff >> UInt8(remaining))
                if bytes[index] & mask != prefixByte & mask { return false }
                remaining -= 8
            }
            return true
        }?.addressClass
    }

    /// Dotted or colon notation for messages.
    static func describe(_ bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        return stride(from: 0, to: bytes.count, by: 2).map {
            String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16)
        }.joined(separator: ":")
    }
}
