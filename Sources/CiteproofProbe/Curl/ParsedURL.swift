import CCurl

/// A URL as libcurl parses it, so host matching agrees with what curl connects to.
struct ParsedURL: Hashable {
    /// The URL curl is given: credentials removed, otherwise as written.
    let string: String
    let scheme: String
    let host: String
    let path: String
    let query: String?

    /// Nil when curl cannot parse the string as a URL with a scheme and host.
    init?(_ text: String) {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, text, UInt32(CURLU_NON_SUPPORT_SCHEME)) == CURLUE_OK else {
            return nil
        }
        // No credentials ever leave the machine, even when the draft's URL carries some.
        curl_url_set(handle, CURLUPART_USER, nil, 0)
        curl_url_set(handle, CURLUPART_PASSWORD, nil, 0)
        guard let scheme = ParsedURL.part(handle, CURLUPART_SCHEME)?.lowercased(),
            let host = ParsedURL.part(handle, CURLUPART_HOST)?.lowercased(),
            let string = ParsedURL.part(handle, CURLUPART_URL)
        else { return nil }
        self.string = string
        self.scheme = scheme
        self.host = host
        self.path = ParsedURL.part(handle, CURLUPART_PATH) ?? "/"
        self.query = ParsedURL.part(handle, CURLUPART_QUERY)
    }

    var isHTTP: Bool { scheme == "http" || scheme == "https" }

    /// The host without a leading "www.", for same-site comparisons.
    var siteHost: String { host.hasPrefix("www.") ? String(host.dropFirst(4)) : host }

    /// True when `host` is `domain` or one of its subdomains.
    func hostIsWithin(_ domain: String) -> Bool {
        guard host.hasSuffix(domain) else { return false }
        if host.utf8.count == domain.utf8.count { return true }
        return host.utf8.dropLast(domain.utf8.count).last == UInt8(ascii: ".")
    }

    private static func part(_ handle: OpaquePointer, _ part: CURLUPart) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard curl_url_get(handle, part, &value, 0) == CURLUE_OK, let value else { return nil }
        defer { curl_free(value) }
        return String(cString: value)
    }
}
