import CPSL

/// The registrable domain of a host ("eTLD+1"), by the Public Suffix List built into libpsl.
///
/// `news.bbc.co.uk` → `bbc.co.uk`; `user.github.io` → `user.github.io` (github.io is a public suffix).
public enum RegistrableDomain {
    /// libpsl's built-in list: immutable after load, safe to read from any thread.
    nonisolated(unsafe) private static let list: OpaquePointer? = psl_builtin()

    /// The registrable domain of `host` (lowercase ASCII or punycode; a trailing dot is ignored),
    /// or nil when the host is an IP address, a public suffix itself, or has no known top-level domain.
    public static func of(host: String) -> String? {
        var host = host.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        guard let list, !host.isEmpty, !isIPAddress(host), hasKnownTopLevelDomain(host) else { return nil }
        // libpsl returns a pointer into the string it was given, so copy the result while that
        // C string is still alive (an implicitly bridged argument dies when the call returns).
        return host.withCString { cHost in
            psl_registrable_domain(list, cHost).map { String(cString: $0) }
        }
    }

    /// Whether the last label of `host` is a top-level domain the Public Suffix List knows
    /// (`news`, `com`, `xn--p1ai`), without libpsl's implicit `*` rule that accepts anything.
    public static func hasKnownTopLevelDomain(_ host: String) -> Bool {
        guard let list, let last = host.lowercased().split(separator: ".").last, !last.isEmpty else { return false }
        return psl_is_public_suffix2(list, String(last), Int32(PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE)) != 0
    }

    /// Whether `host` is itself a public suffix (`co.uk`, `github.io`).
    public static func isPublicSuffix(_ host: String) -> Bool {
        guard let list else { return false }
        return psl_is_public_suffix2(list, host.lowercased(), Int32(PSL_TYPE_ANY | PSL_TYPE_NO_STAR_RULE)) != 0
    }

    static func isIPAddress(_ host: String) -> Bool {
        if host.hasPrefix("[") { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) && $0.count <= 3 }
    }
}
