/// Normalizes URLs (RFC 3986 §6 syntax- and scheme-based normalization, with WHATWG's host rules),
/// then removes tracking parameters and platform host aliases.
///
/// Lowercases scheme and host, writes international hosts in Punycode, drops default ports,
/// empty userinfo, empty queries and fragments, resolves `.`/`..` segments, decodes escaped unreserved
/// characters and uppercases other escapes. Input without a scheme gets `defaultScheme`
/// (`Ahlulhaq.com/x` → `https://ahlulhaq.com/x`).
public struct URLNormalizer: Sendable {
    public var defaultScheme: String
    public var removesTrackingParameters: Bool
    /// Strip `www.`, `m.`, `mobile.` … where the platform table lists them as aliases.
    public var stripsPlatformAliases: Bool
    /// The platform table: host aliases and tracking parameters.
    public var catalog: PlatformCatalog

    public init(
        defaultScheme: String = "https", removesTrackingParameters: Bool = true, stripsPlatformAliases: Bool = true,
        catalog: PlatformCatalog = .builtIn
    ) {
        self.defaultScheme = defaultScheme
        self.removesTrackingParameters = removesTrackingParameters
        self.stripsPlatformAliases = stripsPlatformAliases
        self.catalog = catalog
    }

    /// Normalizes with the default options (memoized for the built-in table only).
    public static func normalize(_ input: String, catalog: PlatformCatalog = .builtIn) -> NormalizedURL? {
        guard catalog.isBuiltIn else { return URLNormalizer(catalog: catalog).normalize(input) }
        return memo.value(for: input) { URLNormalizer().normalize(input) }
    }

    private static let memo = Memo<NormalizedURL>()

    /// Default ports of the schemes whose URLs always have a host.
    static let defaultPorts: [String: Int] = ["http": 80, "https": 443, "ws": 80, "wss": 443, "ftp": 21]

    /// The normalized URL, or nil when `input` is not a URL (empty, bad host, bad port).
    public func normalize(_ input: String) -> NormalizedURL? {
        if let fast = normalizePlainASCII(input) { return fast }
        return normalizeInGeneral(input)
    }

    /// Every input: trimmed and cleaned, any scheme, userinfo, ports, IP addresses, international hosts.
    func normalizeInGeneral(_ input: String) -> NormalizedURL? {
        let text = Self.cleaned(input)
        guard !text.isEmpty else { return nil }
        var scheme: String?
        var rest = Substring(text)
        if let colon = text.firstIndex(of: ":"), Self.isScheme(text[..<colon], followedBy: text[text.index(after: colon)...]) {
            scheme = text[..<colon].lowercased()
            rest = text[text.index(after: colon)...]
        }
        let special = scheme.map { Self.defaultPorts[$0] != nil } ?? true
        if let scheme, !special {
            guard rest.hasPrefix("//") else {
                return NormalizedURL(
                    url: scheme + ":" + PercentEncoding.normalize(rest, as: .opaque), scheme: scheme, host: nil,
                    port: nil, path: String(rest), query: nil, fragment: nil, removedParameters: [], platform: nil)
            }
            rest = rest.dropFirst(2)
        } else if scheme != nil {
            rest = rest.drop { $0 == "/" || $0 == "\\" }
        } else if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
        } else if rest.hasPrefix("/") {
            return pathOnly(rest)
        }
        return absolute(scheme: scheme ?? defaultScheme.lowercased(), special: special, rest)
    }

    private func absolute(scheme: String, special: Bool, _ rest: Substring) -> NormalizedURL? {
        let stops: Set<Character> = special ? ["/", "?", "#", "\\"] : ["/", "?", "#"]
        let authorityEnd = rest.firstIndex { stops.contains($0) } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        var userinfo: Substring = ""
        var hostPort = authority
        if let at = authority.lastIndex(of: "@") {
            userinfo = authority[..<at]
            hostPort = authority[authority.index(after: at)...]
        }
        var rawHost = hostPort
        var port: Int?
        let portColon = hostPort.hasPrefix("[")
            ? hostPort.firstIndex(of: "]").flatMap { close in hostPort[close...].firstIndex(of: ":") }
            : hostPort.lastIndex(of: ":")
        if let colon = portColon {
            rawHost = hostPort[..<colon]
            let digits = hostPort[hostPort.index(after: colon)...]
            if !digits.isEmpty {
                let significant = digits.drop { $0 == "0" }
                guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), significant.count <= 5,
                    let value = Int(significant.isEmpty ? "0" : significant), value <= 65535
                else { return nil }
                port = value == Self.defaultPorts[scheme] ? nil : value
            }
        }
        guard let host = HostNormalizer.normalize(rawHost) else { return nil }
        return assembled(scheme: scheme, special: special, userinfo: userinfo, host: host, port: port, rest[authorityEnd...])
    }

    /// The URL from its parsed scheme, userinfo, normalized host and port, and what follows the authority.
    private func assembled(
        scheme: String, special: Bool, userinfo: Substring, host: String, port: Int?, _ afterAuthority: Substring
    ) -> NormalizedURL {
        var host = host
        let platform = catalog.platform(forHost: host)
        if stripsPlatformAliases, let platform, let stripped = Self.strippingAlias(host, of: platform) { host = stripped }

        let (remainder, rawQuery, fragment) = Self.splitQueryAndFragment(afterAuthority)
        let pathText = special && remainder.utf8.contains(UInt8(ascii: "\\")) ? String(remainder).replacingBackslashes() : String(remainder)
        let path = Self.normalizedPath(pathText)
        let domain = RegistrableDomain.of(host: host) ?? host
        let (query, removed) = cleanedQuery(rawQuery, domain: domain)

        var user = ""
        if userinfo.contains(where: { $0 != ":" }) {
            let parts = userinfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            user = PercentEncoding.normalize(parts[0], as: .userinfo)
            if parts.count == 2, !parts[1].isEmpty { user += ":" + PercentEncoding.normalize(parts[1], as: .userinfo) }
            user += "@"
        }
        let portText = port.map { ":\($0)" } ?? ""
        var url = "\(scheme)://\(user)\(host)\(portText)\(path)"
        if let query { url += "?" + query }
        if let fragment { url += "#" + fragment }
        return NormalizedURL(
            url: url, scheme: scheme, host: host, port: port, path: path, query: query, fragment: fragment,
            removedParameters: removed, platform: platform?.id)
    }

    /// The common case on bytes, or nil to leave the input to `normalizeInGeneral`: printable ASCII
    /// without a backslash, an `http(s):` scheme or none, and a host of letters, digits, `-`, `_` and
    /// dots that is no IPv4 address, has no A-label and no trailing dot, without userinfo or port. On
    /// such input `normalizeInGeneral` trims nothing and compares characters that are bytes, so both
    /// decide alike (`URLNormalizerFastPathTests` compares them).
    func normalizePlainASCII(_ input: String) -> NormalizedURL? {
        let bytes = input.utf8
        var firstColon: String.Index?
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
            if byte == UInt8(ascii: ":"), firstColon == nil { firstColon = index }
        }
        var start = bytes.startIndex
        var scheme: String
        if let colon = firstColon, let named = Self.plainScheme(bytes[..<colon]) {
            // `http:` is followed by any number of slashes, as in `normalizeInGeneral`.
            guard let named else { return nil }
            scheme = named
            start = bytes.index(after: colon)
            while start < bytes.endIndex, bytes[start] == UInt8(ascii: "/") { start = bytes.index(after: start) }
        } else {
            scheme = defaultScheme == "https" ? "https" : defaultScheme.lowercased()
            if bytes.starts(with: "//".utf8) {
                start = bytes.index(start, offsetBy: 2)
            } else if bytes.first == UInt8(ascii: "/") {
                return nil
            }
        }
        // The host: up to `/`, `?` or `#`.
        var end = start
        var labelStart = start
        var hasUppercase = false
        while end < bytes.endIndex {
            let byte = bytes[end]
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
                UInt8(ascii: "_"):
                break
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                hasUppercase = true
            case UInt8(ascii: "."):
                guard !Self.isALabel(bytes[labelStart..<end]) else { return nil }
                labelStart = bytes.index(after: end)
            default:
                return nil
            }
            end = bytes.index(after: end)
        }
        // Empty, a trailing dot, an A-label, or a last label that makes an IPv4 address (or an invalid host).
        let last = bytes[labelStart..<end]
        guard start < end, !last.isEmpty, !Self.isALabel(last),
            !last.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            !(last.count >= 2 && last.first == UInt8(ascii: "0") && last.dropFirst().first.map({ $0 | 0x20 }) == UInt8(ascii: "x"))
        else { return nil }
        let hostText = input[start..<end]
        let host = hasUppercase ? hostText.lowercased() : String(hostText)
        return assembled(scheme: scheme, special: true, userinfo: "", host: host, port: nil, input[end...])
    }

    /// For the bytes before an input's first colon: `http` or `https` (`.some`), what may be another
    /// scheme (`.some(nil)`: the general path decides), or nil when they cannot be a scheme (a host
    /// name with a dot, a path), so that the colon is in the path.
    private static func plainScheme(_ candidate: Substring.UTF8View) -> String?? {
        if candidate.count == 4 || candidate.count == 5 {
            let lowered = candidate.map { $0 | 0x20 }
            if lowered.elementsEqual("http".utf8) { return .some("http") }
            if lowered.elementsEqual("https".utf8) { return .some("https") }
        }
        guard let first = candidate.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z") else { return nil }
        for byte in candidate {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "+"), UInt8(ascii: "-"):
                continue
            default:
                return nil  // a dot, a slash …: no scheme
            }
        }
        return .some(nil)
    }

    /// `xn--` in any case at the start of a label.
    private static func isALabel(_ label: Substring.UTF8View) -> Bool {
        var bytes = label.makeIterator()
        return bytes.next().map { $0 | 0x20 } == UInt8(ascii: "x") && bytes.next().map { $0 | 0x20 } == UInt8(ascii: "n")
            && bytes.next() == UInt8(ascii: "-") && bytes.next() == UInt8(ascii: "-")
    }

    private func pathOnly(_ rest: Substring) -> NormalizedURL {
        let (remainder, rawQuery, fragment) = Self.splitQueryAndFragment(rest)
        let path = Self.normalizedPath(String(remainder))
        let (query, removed) = cleanedQuery(rawQuery, domain: nil)
        var url = path
        if let query { url += "?" + query }
        if let fragment { url += "#" + fragment }
        return NormalizedURL(
            url: url, scheme: nil, host: nil, port: nil, path: path, query: query, fragment: fragment,
            removedParameters: removed, platform: nil)
    }

    /// What follows the authority, cut into the path, the raw query and the normalized fragment.
    private static func splitQueryAndFragment(_ text: Substring) -> (path: Substring, query: Substring?, fragment: String?) {
        var remainder = text
        var fragment: String?
        if let hash = remainder.firstIndex(of: "#") {
            let raw = remainder[remainder.index(after: hash)...]
            fragment = raw.isEmpty ? nil : PercentEncoding.normalize(raw, as: .fragment)
            remainder = remainder[..<hash]
        }
        var query: Substring?
        if let mark = remainder.firstIndex(of: "?") {
            query = remainder[remainder.index(after: mark)...]
            remainder = remainder[..<mark]
        }
        return (remainder, query, fragment)
    }

    /// The query with tracking parameters removed (nil when nothing is left), and what was removed.
    private func cleanedQuery(_ raw: Substring?, domain: String?) -> (String?, [String]) {
        guard let raw, !raw.isEmpty else { return (nil, []) }
        let normalized = PercentEncoding.normalize(raw, as: .query)
        guard removesTrackingParameters else { return (normalized, []) }
        var kept: [Substring] = []
        var removed: [String] = []
        for parameter in normalized.split(separator: "&", omittingEmptySubsequences: false) {
            let name = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let decodedName = PercentEncoding.decode(name) ?? String(name)
            if !decodedName.isEmpty, catalog.isTracking(decodedName, domain: domain) {
                removed.append(String(parameter))
            } else {
                kept.append(parameter)
            }
        }
        let query = kept.joined(separator: "&")
        return (query.isEmpty && !removed.isEmpty ? nil : query, removed)
    }

    /// Percent-encoding normalized per segment, then `.` and `..` removed (RFC 3986 §5.2.4).
    static func normalizedPath(_ path: String) -> String {
        guard !path.isEmpty else { return "/" }
        if isNormalPath(path) { return path }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var output: [String] = []
        for (offset, raw) in segments.enumerated() {
            let segment = PercentEncoding.normalize(raw, as: .path)
            let isLast = offset == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        return "/" + output.joined(separator: "/")
    }

    /// Whether `normalizedPath` would give `path` back: it starts with `/`, has no `.` or `..`
    /// segment, and no segment that percent-encoding normalization changes.
    private static func isNormalPath(_ path: String) -> Bool {
        guard path.utf8.first == UInt8(ascii: "/"), !PercentEncoding.changes(path, as: .path) else { return false }
        // Dots alone between slashes (or at the end).
        var dots = 0
        var segmentStart = true
        for byte in path.utf8.dropFirst() {
            if byte == UInt8(ascii: "/") {
                if segmentStart, dots == 1 || dots == 2 { return false }
                dots = 0
                segmentStart = true
            } else if segmentStart, byte == UInt8(ascii: "."), dots < 2 {
                dots += 1
            } else {
                segmentStart = false
                dots = 0
            }
        }
        return !(segmentStart && (dots == 1 || dots == 2))
    }

    /// Trims what surrounds a URL in text and drops tabs and newlines inside it (as browsers do).
    static func cleaned(_ input: String) -> String {
        let trimmed = input.unicodeScalars.drop { $0.value <= 0x20 }.reversed().drop { $0.value <= 0x20 }.reversed()
        var scalars = String.UnicodeScalarView()
        for scalar in trimmed where scalar != "\t" && scalar != "\n" && scalar != "\r" { scalars.append(scalar) }
        return String(scalars)
    }

    /// `https:` is a scheme; `example.com:8080` and `localhost:80/x` are a host and a port.
    static func isScheme(_ candidate: Substring, followedBy rest: Substring) -> Bool {
        guard let first = candidate.first, first.isASCII, first.isLetter,
            candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return false }
        if candidate.contains(".") { return false }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, defaultPorts[candidate.lowercased()] == nil {
            let after = rest.dropFirst(digits.count).first
            if after == nil || after == "/" || after == "?" || after == "#" { return false }
        }
        return true
    }

    /// `www.twitter.com` → `twitter.com` when `www` is an alias subdomain of the platform.
    static func strippingAlias(_ host: String, of platform: Platform) -> String? {
        for base in platform.hosts where host.hasSuffix("." + base) {
            let label = host.dropLast(base.count + 1)
            if platform.aliasSubdomains.contains(String(label)) { return base }
        }
        return nil
    }

    /// `centerkaf.t.me` → (`centerkaf`, `t.me`).
    static func handleSubdomain(_ host: String, of platform: Platform) -> (handle: String, host: String)? {
        for base in platform.handleSubdomainHosts where host.hasSuffix("." + base) {
            let label = host.dropLast(base.count + 1)
            if !label.isEmpty, !label.contains("."), !platform.aliasSubdomains.contains(String(label)) {
                return (String(label), base)
            }
        }
        return nil
    }
}

extension String {
    fileprivate func replacingBackslashes() -> String {
        String(map { $0 == "\\" ? "/" : $0 })
    }
}
