/// Punycode (RFC 3492) encoding, and the ASCII form of internationalized host names.
public enum Punycode {
    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
    private static let initialBias = 72, initialN = 0x80

    /// Encodes one label's code points (RFC 3492 §6.3). `bücher` → `bcher-kva`.
    /// Returns nil on arithmetic overflow (absurdly long input).
    public static func encode(_ label: String) -> String? {
        let codePoints = label.unicodeScalars.map { Int($0.value) }
        var output = String(String.UnicodeScalarView(label.unicodeScalars.filter(\.isASCII)))
        let basicCount = output.unicodeScalars.count
        var handled = basicCount
        if basicCount > 0 { output.append("-") }
        var n = initialN, delta = 0, bias = initialBias
        while handled < codePoints.count {
            guard let next = codePoints.filter({ $0 >= n }).min() else { return nil }
            let (step, overflow) = (next - n).multipliedReportingOverflow(by: handled + 1)
            guard !overflow, delta <= Int(Int32.max) - step else { return nil }
            delta += step
            n = next
            for codePoint in codePoints {
                if codePoint < n { delta += 1 }
                guard codePoint == n else { continue }
                var q = delta
                var k = base
                while true {
                    let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                    if q < t { break }
                    output.append(digit(t + (q - t) % (base - t)))
                    q = (q - t) / (base - t)
                    k += base
                }
                output.append(digit(q))
                bias = adapt(delta: delta, pointCount: handled + 1, isFirst: handled == basicCount)
                delta = 0
                handled += 1
            }
            delta += 1
            n += 1
        }
        return output
    }

    /// The ASCII form of a host name: each label lowercased, and labels with non-ASCII
    /// characters written `xn--` + Punycode (IDNA 2008's A-label form, without its
    /// mapping tables: lowercasing and NFC are the mapping applied). `Пример.испытание`
    /// → `xn--e1afmkfd.xn--80akhbyknj4f`. Ideographic full stops separate labels too.
    public static func asciiHost(_ host: String) -> String? {
        var labels: [String] = []
        var current = ""
        for scalar in host.unicodeScalars {
            if labelSeparators.contains(scalar.value) {
                labels.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        labels.append(current)
        var ascii: [String] = []
        for label in labels {
            let folded = label.lowercased().precomposedForIDNA
            if folded.unicodeScalars.allSatisfy(\.isASCII) {
                ascii.append(folded)
            } else {
                guard let encoded = encode(folded) else { return nil }
                ascii.append("xn--" + encoded)
            }
        }
        return ascii.joined(separator: ".")
    }

    /// `.`, `。`, `．`, `｡` (UTS 46 treats all four as label separators).
    private static let labelSeparators: Set<UInt32> = [0x2E, 0x3002, 0xFF0E, 0xFF61]

    private static func digit(_ value: Int) -> Character {
        let scalar = value < 26 ? 0x61 + value : 0x30 + value - 26
        return Character(Unicode.Scalar(UInt8(scalar)))
    }

    private static func adapt(delta: Int, pointCount: Int, isFirst: Bool) -> Int {
        var delta = isFirst ? delta / damp : delta / 2
        delta += delta / pointCount
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }
}
