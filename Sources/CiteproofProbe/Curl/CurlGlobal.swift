import CCurl

/// `curl_global_init` exactly once per process, before the first handle.
enum CurlGlobal {
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK

    /// False when libcurl could not initialise (out of memory, broken TLS library).
    static func ensureInitialized() -> Bool { initialized }
}
