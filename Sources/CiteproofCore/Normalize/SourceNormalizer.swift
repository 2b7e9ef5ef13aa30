import Foundation

/// Turns a source as written in a note into its canonical identity.
///
/// `Twitter.com/KM94310`, `https://mobile.twitter.com/km94310?s=20` and `@KM94310` are all
/// `x.com/km94310`; `Telegram.me/ Qais_alkhazali` is `t.me/qais_alkhazali`; `news.bbc.co.uk/x`
/// is the website `bbc.co.uk`; `MEMRI TV Clip No. 7700` is a named source.
public enum SourceNormalizer {
    /// The identity of `raw`: a URL, a bare `domain/path`, an `@handle` (on `defaultHandlePlatform`
    /// unless the handle's form names another: `@user@instance` is Mastodon, `@name.bsky.social`
    /// Bluesky), or a name. Nil when `raw` holds no letter or digit. Platforms come from `catalog`;
    /// results are memoized for the built-in table only.
    public static func identify(
        _ raw: String, defaultHandlePlatform: Platform = .x, catalog: PlatformCatalog = .builtIn
    ) -> SourceIdentity? {
        guard catalog.isBuiltIn else { return computeIdentity(raw, defaultHandlePlatform: defaultHandlePlatform, catalog: catalog) }
        return memo.value(for: defaultHandlePlatform.id + "\u{0}" + raw) {
            computeIdentity(raw, defaultHandlePlatform: defaultHandlePlatform, catalog: catalog)
        }
    }

    private static let memo = Memo<SourceIdentity>()

    private static func computeIdentity(
        _ raw: String, defaultHandlePlatform: Platform, catalog: PlatformCatalog
    ) -> SourceIdentity? {
        let text = SourceSpelling.tidy(raw)
        let hasLetterOrDigit = text.isAllASCII
            ? text.utf8.contains { ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
            : text.contains { $0.isLetter || $0.isNumber }
        guard hasLetterOrDigit else { return nil }
        if let handle = handleIdentity(text, defaultPlatform: defaultHandlePlatform, catalog: catalog) { return handle }
        if looksLikeURL(text), let identity = urlIdentity(text, catalog: catalog) { return identity }
        return SourceIdentity(kind: .named, canonical: text.foldingWhitespace())
    }

    /// Whether `text` is a URL or starts with a host name under a real top-level domain.
    static func looksLikeURL(_ text: String) -> Bool {
        // ASCII text (nearly every source) on bytes: there a character is a byte ("\r\n" aside, whitespace either way).
        let ascii = text.isAllASCII
        if ascii {
            guard !text.utf8.contains(where: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }) else { return false }
            if text.containsBytes("://") { return true }
        } else {
            guard !text.contains(where: \.isWhitespace) else { return false }
            if text.contains("://") { return true }
        }
        let host = text.prefix { !"/?#:".contains($0) }
        let isHostSpelling = ascii
            ? host.utf8.allSatisfy { ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }
            : host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
        guard host.contains("."), !host.hasPrefix("."), !host.hasPrefix("@"), isHostSpelling,
            let ascii = IDNA.asciiHost(String(host))
        else { return false }
        return RegistrableDomain.hasKnownTopLevelDomain(ascii) || IPv4.parse(ascii) != .notIPv4
    }

    // MARK: - Handles

    /// `@name`, `@name@instance`.
    static func handleIdentity(_ text: String, defaultPlatform: Platform, catalog: PlatformCatalog = .builtIn) -> SourceIdentity? {
        guard text.first == "@" || text.first == "＠" else { return nil }
        let parts = text.dropFirst().split(separator: "@", omittingEmptySubsequences: false)
        guard let name = parts.first, !name.isEmpty,
            name.allSatisfy({ $0.isLetter || $0.isNumber || "_.-".contains($0) })
        else { return nil }
        if parts.count == 2 {
            return urlIdentity("https://\(parts[1])/@\(name)", catalog: catalog)
        }
        guard parts.count == 1 else { return nil }
        let lowered = name.lowercased()
        let platform = catalog.platform(forHandleEnding: lowered) ?? defaultPlatform
        guard let path = platform.mentionPath else { return nil }
        let url = "https://\(platform.canonicalHost)" + path.replacingEvery("{handle}", with: String(name))
        guard let identity = urlIdentity(url, catalog: catalog) else {
            return nil
        }
        return SourceIdentity(
            kind: identity.kind, platform: identity.platform, handle: identity.handle, id: identity.id,
            canonical: identity.canonical, url: nil)
    }

    // MARK: - URLs

    static func urlIdentity(_ text: String, catalog: PlatformCatalog = .builtIn) -> SourceIdentity? {
        let unbanged = text.replacingEvery("/#!/", with: "/")
        guard let normalized = URLNormalizer.normalize(unbanged, catalog: catalog), var host = normalized.host, isPlausibleHost(host) else {
            return nil
        }
        let isBareHost = !(text.isAllASCII ? text.containsBytes("://") : text.contains("://")) && normalized.path == "/" && normalized.query == nil
            && normalized.fragment == nil
        let url = isBareHost ? nil : normalized.url
        var segments = normalized.path.utf8.contains(UInt8(ascii: "%"))
            ? normalized.path.split(separator: "/").map { Substring(PercentEncoding.decode($0) ?? String($0)) }
            : normalized.path.split(separator: "/")
        var platform = catalog.platform(forHost: host)
        if let platform, let split = URLNormalizer.handleSubdomain(host, of: platform) {
            host = split.host
            segments.insert(Substring(split.handle), at: 0)
        }
        let query = queryParameters(normalized.query)
        var anyHost = false
        if platform == nil {
            platform = catalog.anyHostPlatform
            anyHost = true
        }
        if let platform {
            for pattern in platform.paths {
                if let only = pattern.host, only != host { continue }
                if anyHost, !pattern.template.hasPrefix("/@") { continue }
                guard var captures = PathTemplate.match(pattern.template, segments: segments) else { continue }
                captures = captures.mapValues(trimmedCapture)
                guard !captures.values.contains(where: \.isEmpty) else { continue }
                guard pattern.query.allSatisfy({ name, capture in
                    guard let value = query[name].map(trimmedCapture), !value.isEmpty else { return false }
                    captures[capture] = value
                    return true
                }) else { continue }
                if let handle = captures["handle"], platform.reservedNames.contains(handle.lowercased()) { continue }
                let handle = captures["handle"].map { platform.caseInsensitiveHandles ? $0.lowercased() : $0 }
                var values = captures
                values["host"] = platform.canonicalHost == "{host}" ? host : platform.canonicalHost
                values["handle"] = handle ?? ""
                let canonical = fill(pattern.canonical, with: values)
                return SourceIdentity(
                    kind: pattern.kind, platform: platform.id, handle: handle, id: captures["id"],
                    canonical: canonical, url: url)
            }
        }
        // A platform page that is no account or post (a search, a hashtag): the platform's site.
        if !anyHost, let platform {
            return SourceIdentity(kind: .website, platform: platform.id, canonical: siteName(of: platform, host: host), url: url)
        }
        let domain = siteDomain(of: host)
        // `blog.twitter.com` is on X's domain: its site is the platform's, as `twitter.com` itself is.
        if let owner = catalog.platform(forHost: domain), !owner.matchesAnyHost {
            return SourceIdentity(kind: .website, platform: owner.id, canonical: siteName(of: owner, host: domain), url: url)
        }
        return SourceIdentity(kind: .website, canonical: domain, url: url)
    }

    static func isCaptureDelimiter(_ character: Character) -> Bool {
        character.unicodeScalars.contains {
            $0.value < 0x20 || $0.value == 0x7F || $0.properties.isWhitespace || "#?%/\\\"<>`{}|^".unicodeScalars.contains($0)
        }
    }

    /// The registrable domain of a host, after the sentence punctuation that ends it (`3.0;`,
    /// `example.com....)`); the host is normalized again once that is gone, so that the domain is a
    /// fixed point (`3.0` is the IPv4 address `3.0.0.0`; found by Fuzz/fuzz-normalizer).
    static func siteDomain(of host: String) -> String {
        var host = host
        for _ in 0..<4 {
            let trimmed = SourceSpelling.stripTrailingPunctuation(host)
            guard trimmed != host else { break }
            host = HostNormalizer.normalize(trimmed) ?? trimmed
        }
        return RegistrableDomain.of(host: host) ?? host
    }

    /// A host a site can have: letters, digits, `-`, `_` and dots (IDNs are Punycode by now), or an
    /// IP literal. WHATWG URLs allow `(htthttps(())` as a host; a source that names one is a name,
    /// not a site (found by Fuzz/fuzz-normalizer: its canonical form lost its brackets when read again).
    static func isPlausibleHost(_ host: String) -> Bool {
        if host.hasPrefix("[") { return true }
        return host.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x2E
                || (byte >= 0x41 && byte <= 0x5A)
        }
    }

    /// A canonical template with its `{name}`s replaced by `values` (unknown names stay as written).
    static func fill(_ template: String, with values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The canonical site of a platform page: its canonical host, or the page's own host for rows
    /// that serve many hosts (`{host}`: a Mastodon instance).
    static func siteName(of platform: Platform, host: String) -> String {
        platform.canonicalHost == "{host}" ? host : platform.canonicalHost
    }

    /// A path capture without the sentence punctuation, spaces and control characters that end it
    /// (`twitter.com/name:/…`): they are not part of a handle or an id, and would make the canonical
    /// form change when identified again (found by Fuzz/fuzz-normalizer).
    static func trimmedCapture(_ capture: String) -> String {
        // Letters, digits, `_` and `-` (most handles and ids) hold nothing to trim.
        if capture.utf8.allSatisfy({ ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D }) {
            return capture
        }
        // A percent-decoded capture ends at the first character that delimits a URL or cannot stand
        // in one (`%23` decodes to `#`, which would start a fragment when the canonical form is read again).
        var text = String(capture.prefix { !isCaptureDelimiter($0) })
        while true {
            let trimmed = SourceSpelling.stripTrailingPunctuation(String(text.reversed().drop {
                $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.value < 0x20 || $0.value == 0x7F }
            }.reversed()))
            if trimmed == text { return text }
            text = trimmed
        }
    }

    /// Decoded query parameters by name (the first of repeated names).
    static func queryParameters(_ query: String?) -> [String: String] {
        var result: [String: String] = [:]
        for parameter in (query ?? "").split(separator: "&") {
            let pair = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = PercentEncoding.decode(pair[0]) ?? String(pair[0])
            let value = pair.count > 1 ? PercentEncoding.decode(pair[1]) ?? String(pair[1]) : ""
            if result[name] == nil { result[name] = value }
        }
        return result
    }
}

extension String {
    /// Whether every byte is ASCII: then each character is one byte ("\r\n" aside), and byte tests decide as character tests do.
    var isAllASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
