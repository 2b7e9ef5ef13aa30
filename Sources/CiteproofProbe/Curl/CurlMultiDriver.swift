import CCurl

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One libcurl multi handle and its easy handles, driven from a single thread. Not Sendable on purpose:
/// create, use and drop it on the probe thread.
final class CurlMultiDriver {
    private let multi: UnsafeMutableRawPointer
    private let configuration: ProbeConfiguration
    private var requestHeaders: UnsafeMutablePointer<curl_slist>?
    private var resolveList: UnsafeMutablePointer<curl_slist>?
    private var idleHandles: [UnsafeMutableRawPointer] = []
    private var running: [UnsafeMutableRawPointer: (token: Int, spec: TransferSpec, context: TransferContext)] = [:]

    var activeCount: Int { running.count }

    /// `hosts` is the number of distinct hosts the run will ask (it sizes the connection cache).
    init?(configuration: ProbeConfiguration, hosts: Int) {
        guard CurlGlobal.ensureInitialized(), let multi = curl_multi_init() else { return nil }
        self.multi = multi
        self.configuration = configuration
        // The scheduler keeps at most `maxConcurrency` transfers in flight; the connections kept open between
        // them are another matter. libcurl's default cache holds 4 per easy handle in the multi at the moment, and a
        // total cap of `maxConcurrency` evicts idle connections: over more hosts than that, nearly every request
        // opened a new connection (2,000 URLs on 200 hosts: 2,622 connections for 2,800 requests). Keep one idle
        // connection per host and per-host slot, within a file-descriptor budget.
        let connections = CurlMultiDriver.connectionCacheSize(
            hosts: hosts, perHost: configuration.perHostConcurrency, maxConcurrency: configuration.maxConcurrency,
            descriptorLimit: CurlMultiDriver.openFileLimit())
        citeproof_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, connections)
        citeproof_multi_setopt_long(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, connections)
        requestHeaders = curl_slist_append(nil, "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
        for (hostPort, address) in configuration.resolve.sorted(by: { $0.key < $1.key }) {
            resolveList = curl_slist_append(resolveList, "\(hostPort):\(address)")
        }
    }

    deinit {
        for handle in running.keys {
            curl_multi_remove_handle(multi, handle)
            curl_easy_cleanup(handle)
        }
        for handle in idleHandles { curl_easy_cleanup(handle) }
        curl_multi_cleanup(multi)
        curl_slist_free_all(requestHeaders)
        curl_slist_free_all(resolveList)
    }

    /// Starts `spec`; `token` comes back with its response. Returns false when curl refuses to start it.
    func start(_ spec: TransferSpec, token: Int) -> Bool {
        guard let handle = idleHandles.popLast() ?? curl_easy_init() else { return false }
        let context = TransferContext(
            handle: handle, allowedAddresses: spec.allowedAddresses, body: spec.body,
            maxBodyBytes: configuration.maxBodyBytes, maxHeaderBytes: configuration.maxHeaderBytes)
        configure(handle, spec, context)
        guard curl_multi_add_handle(multi, handle) == CURLM_OK else {
            curl_easy_cleanup(handle)
            return false
        }
        running[handle] = (token, spec, context)
        return true
    }

    private func configure(_ handle: UnsafeMutableRawPointer, _ spec: TransferSpec, _ context: TransferContext) {
        curl_easy_reset(handle)
        citeproof_easy_setopt_string(handle, CURLOPT_URL, spec.url)
        if spec.method == .head {
            citeproof_easy_setopt_long(handle, CURLOPT_NOBODY, 1)
        } else {
            citeproof_easy_setopt_long(handle, CURLOPT_HTTPGET, 1)
        }
        citeproof_easy_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        citeproof_easy_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        citeproof_easy_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)  // the engine follows, checking each hop
        citeproof_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(configuration.connectTimeout))
        citeproof_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, milliseconds(configuration.totalTimeout))
        citeproof_easy_setopt_string(handle, CURLOPT_USERAGENT, configuration.userAgent)
        citeproof_easy_setopt_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        citeproof_easy_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "")
        citeproof_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        citeproof_easy_setopt_string(handle, CURLOPT_PROXY, "")  // a proxy would hide the real target from the guard
        citeproof_easy_setopt_long(handle, CURLOPT_NETRC, Int(CURL_NETRC_IGNORED.rawValue))
        citeproof_easy_setopt_pointer(handle, CURLOPT_HTTPHEADER, requestHeaders)
        if let resolveList { citeproof_easy_setopt_pointer(handle, CURLOPT_RESOLVE, resolveList) }
        citeproof_easy_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION, bodyWriteCallback)
        citeproof_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, context.userData)
        citeproof_easy_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION, headerWriteCallback)
        citeproof_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, context.userData)
        citeproof_easy_setopt_opensocket_callback(handle, guardedOpenSocketCallback)
        citeproof_easy_setopt_pointer(handle, CURLOPT_OPENSOCKETDATA, context.userData)
    }

    /// Lets curl make progress and returns the transfers that finished.
    func perform() -> [(token: Int, response: TransferResponse)] {
        var stillRunning: Int32 = 0
        curl_multi_perform(multi, &stillRunning)
        var finished: [(Int, TransferResponse)] = []
        var queued: Int32 = 0
        while let message = curl_multi_info_read(multi, &queued) {
            // Read the message before removing its handle: removal invalidates it.
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle else { continue }
            let code = message.pointee.data.result
            guard let transfer = running.removeValue(forKey: handle) else { continue }
            let response = collect(handle, code: code, spec: transfer.spec, context: transfer.context)
            curl_multi_remove_handle(multi, handle)
            idleHandles.append(handle)
            finished.append((transfer.token, response))
        }
        return finished
    }

    /// Waits for socket activity, curl's own timers, or `timeoutMs`.
    func poll(timeoutMs: Int) {
        curl_multi_poll(multi, nil, 0, Int32(clamping: timeoutMs), nil)
    }

    private func collect(
        _ handle: UnsafeMutableRawPointer, code: CURLcode, spec: TransferSpec, context: TransferContext
    ) -> TransferResponse {
        var status = 0
        citeproof_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var redirect: UnsafeMutablePointer<CChar>?
        citeproof_easy_getinfo_string(handle, CURLINFO_REDIRECT_URL, &redirect)
        var retryAfter: curl_off_t = 0
        citeproof_easy_getinfo_off_t(handle, CURLINFO_RETRY_AFTER, &retryAfter)
        let stoppedByUs = code == CURLE_WRITE_ERROR && context.stoppedByUs
        return TransferResponse(
            spec: spec,
            curlCode: stoppedByUs ? Int(CURLE_OK.rawValue) : Int(code.rawValue),
            curlError: String(cString: curl_easy_strerror(code)),
            status: status,
            redirectURL: redirect.map { String(cString: $0) },
            retryAfterSeconds: retryAfter > 0 ? Int(retryAfter) : nil,
            refusal: context.refusal,
            headerLimitExceeded: context.headerLimitExceeded,
            body: context.body,
            bodyRead: context.bodyDecision == .keep)
    }

    /// Connections open at once (busy and idle): enough for every host's slots, at least the global limit, at most
    /// half the descriptors the process may open (and 4,096).
    static func connectionCacheSize(hosts: Int, perHost: Int, maxConcurrency: Int, descriptorLimit: Int) -> Int {
        let floor = max(1, maxConcurrency)
        let wanted = max(1, hosts).multipliedReportingOverflow(by: max(1, perHost))
        let budget = min(4096, max(floor, descriptorLimit / 2))
        return min(budget, max(floor, wanted.overflow ? Int.max : wanted.partialValue))
    }

    /// The soft limit on open file descriptors (1,024 when it cannot be read).
    static func openFileLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 1024 }
        return Int(clamping: limit.rlim_cur)  // RLIM_INFINITY is the largest rlim_t
    }

    private func milliseconds(_ seconds: Double) -> Int { Int((max(0.001, seconds) * 1000).rounded()) }
}
