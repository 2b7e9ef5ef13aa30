import Foundation

/// Undoes the messy ways sources are written in notes, before they are identified:
/// stray whitespace after a slash (`Telegram.me/ Qais_alkhazali`), wrapping angle brackets,
/// quotes or parentheses, trailing punctuation, and defanged links (`hxxps://example[.]com`).
enum SourceSpelling {
    static func tidy(_ raw: String) -> String {
        if isTidy(raw) { return raw }
        return memo.value(for: raw) { computeTidy(raw) } ?? raw
    }

    /// Printable ASCII that `computeTidy` gives back unchanged (most URLs and handles): no space to
    /// trim or join at, no bracket a defanging or a wrapper needs, no `hxxp`, no punctuation at the end.
    static func isTidy(_ raw: String) -> Bool {
        let bytes = raw.utf8
        guard let first = bytes.first, let last = bytes.last else { return false }
        for byte in bytes {
            switch byte {
            case 0x21...0x7E where byte != UInt8(ascii: "[") && byte != UInt8(ascii: "(") && byte != UInt8(ascii: "{"):
                continue
            default:
                return false
            }
        }
        switch first {
        case UInt8(ascii: "<"), UInt8(ascii: "\""), UInt8(ascii: "'"): return false
        default: break
        }
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
            UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
            return false
        default: break
        }
        return !(bytes.count >= 4 && bytes.prefix(4).map({ $0 | 0x20 }).elementsEqual("hxxp".utf8))
    }

    private static let memo = Memo<String>()

    private static func computeTidy(_ raw: String) -> String {
        var text = raw.trimmingWhitespace()
        var changed = true
        while changed {
            changed = false
            let before = text
            // Again after each unwrapping: `<hxxps://…>` is defanged once the `<` is gone.
            text = undoDefanging(text)
            text = stripWrapping(text)
            text = stripTrailingPunctuation(text)
            text = text.trimmingWhitespace()
            changed = text != before
        }
        return joiningSplitPath(text)
    }

    /// `hxxp://` → `http://`, `[.]` `(.)` `[dot]` → `.`, `[:]` → `:`.
    static func undoDefanging(_ text: String) -> String {
        var result = text
        for (pattern, replacement) in defangings {
            result = result.replacingEvery(pattern, with: replacement)
        }
        // Only a scheme: `hxxp192t.me` is a host name, not a defanged `http`.
        let lowered = result.lowercased()
        if lowered.hasPrefix("hxxp://") || lowered.hasPrefix("hxxps://") { result = "http" + result.dropFirst(4) }
        return result
    }

    private static let defangings: [(String, String)] = [
        ("[.]", "."), ("(.)", "."), ("{.}", "."), ("[dot]", "."), ("(dot)", "."), ("[:]", ":"), ("[://]", "://"),
        ("[/]", "/"),
    ]

    private static let wrappers: [(Character, Character)] = [
        ("<", ">"), ("(", ")"), ("[", "]"), ("\"", "\""), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"),
    ]

    static func stripWrapping(_ text: String) -> String {
        guard let first = text.first, let last = text.last, text.count >= 2 else { return text }
        for (open, close) in wrappers where first == open && last == close {
            return String(text.dropFirst().dropLast())
        }
        if first == "<" { return String(text.dropFirst()) }
        return text
    }

    /// Sentence punctuation after a source, and a closing bracket that opens nowhere in it.
    static func stripTrailingPunctuation(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last {
            if ".,;:!?>”’\"'".contains(last) {
                text = text.dropLast()
            } else if last == ")" && !text.contains("(") || last == "]" && !text.contains("[") {
                text = text.dropLast()
            } else {
                break
            }
        }
        return String(text)
    }

    /// `Telegram.me/ Qais_alkhazali` → `Telegram.me/Qais_alkhazali`: whitespace next to a slash
    /// in something that starts like a domain or a URL.
    static func joiningSplitPath(_ text: String) -> String {
        var tokens = text.whitespaceSeparatedWords()
        guard tokens.count >= 2, tokens[0].contains(".") || tokens[0].contains("://") else { return text }
        var joined = false
        while tokens.count >= 2, tokens[0].hasSuffix("/") || tokens[1].hasPrefix("/") {
            tokens[0] += tokens.remove(at: 1)
            joined = true
        }
        return joined ? tokens.joined(separator: " ") : text
    }
}

extension String {
    /// Whitespace trimmed from both ends. By scalar, as `whitespaceSeparatedWords` splits: a combining
    /// mark after a space makes one `Character` with it that `Character.isWhitespace` calls whitespace,
    /// so trimming by `Character` dropped the mark on a second pass (found by Fuzz/fuzz-normalizer).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// Replaces every occurrence, comparing without regard to case.
    func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        if target.utf8.allSatisfy({ $0 < 0x80 }) { return replacingEveryASCII(target, with: replacement) }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target, options: .caseInsensitive) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    /// `replacingEvery` for an ASCII target, on bytes (an ASCII byte is never part of a longer
    /// UTF-8 sequence); the string itself when the target does not occur, the common case.
    private func replacingEveryASCII(_ target: String, with replacement: String) -> String {
        let needle = target.utf8.map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) }
        var text = self
        return text.withUTF8 { bytes -> String in
            func matches(at i: Int) -> Bool {
                for k in 0..<needle.count {
                    let b = bytes[i + k]
                    if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != needle[k] { return false }
                }
                return true
            }
            var output: [UInt8] = []
            var copied = 0
            var i = 0
            while i + needle.count <= bytes.count {
                if matches(at: i) {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                    output.append(contentsOf: replacement.utf8)
                    i += needle.count
                    copied = i
                } else {
                    i += 1
                }
            }
            guard copied > 0 || !output.isEmpty else { return self }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Runs of whitespace folded to one space, ends trimmed.
    func foldingWhitespace() -> String {
        whitespaceSeparatedWords().joined(separator: " ")
    }

    /// The runs of non-whitespace scalars. By scalar, not by `Character`: a combining mark after a
    /// space makes one grapheme with it, which a second pass would then fold away (found by
    /// Fuzz/fuzz-normalizer).
    func whitespaceSeparatedWords() -> [String] {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (nearly every source): split the bytes.
            return utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }).map { String(decoding: $0, as: UTF8.self) }
        }
        return unicodeScalars.split(whereSeparator: \.properties.isWhitespace).map { String(String.UnicodeScalarView($0)) }
    }
}
