import CCurl

/// What the engine does after a transfer of the probing phase ends.
enum ProbeStep: Equatable {
    /// The same request again after a delay in seconds.
    case retry(afterSeconds: Double)
    /// A different request right away (a redirect hop or the GET fallback); the job is already updated.
    case next
    case verdict
}

/// Turns one response into the job's next step; host quirks and status meanings come from data tables.
struct ResponseClassifier {
    let configuration: ProbeConfiguration
    let exclusions: ExclusionMatcher
    /// The configured login-wall table with lower-cased domains, matched against curl's lower-cased hosts.
    let loginWalls: [LoginWallHost]

    init(configuration: ProbeConfiguration, exclusions: ExclusionMatcher) {
        self.configuration = configuration
        self.exclusions = exclusions
        self.loginWalls = configuration.loginWallHosts.map { LoginWallHost(domain: $0.domain.lowercased(), reason: $0.reason) }
    }

    /// HEAD answers that may only mean the server mishandles HEAD: confirm with GET before believing them.
    static let headFallbackStatuses: Set<Int> = [400, 403, 404, 405, 406, 410, 500, 501]
    /// curl failures on HEAD that usually mean the server mishandles HEAD.
    static let headFallbackErrors: Set<CURLcode> = [
        CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_PARTIAL_FILE, CURLE_WEIRD_SERVER_REPLY, CURLE_HTTP2,
        CURLE_HTTP2_STREAM,
    ]
    /// curl failures worth another attempt.
    static let retryableErrors: Set<CURLcode> = [
        CURLE_OPERATION_TIMEDOUT, CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_GOT_NOTHING,
        CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE, CURLE_HTTP2, CURLE_HTTP2_STREAM,
        CURLE_SSL_CONNECT_ERROR,
    ]
    static let retryableStatuses: Set<Int> = [429, 500, 502, 503, 504]
    static let deadStatuses: Set<Int> = [404, 410]
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]
    static let permanentRedirectStatuses: Set<Int> = [301, 308]

    func advance(_ job: inout ProbeJob, with response: TransferResponse, random: inout some RandomNumberGenerator)
        -> ProbeStep
    {
        if let refusal = response.refusal {
            return finish(&job, .excluded, "refused to connect: \(refusal) (see allowedAddressClasses)", response)
        }
        if response.headerLimitExceeded {
            return finish(&job, .unverifiable, "response headers exceed \(configuration.maxHeaderBytes) bytes", response)
        }
        let code = CURLcode(rawValue: UInt32(response.curlCode))
        if code != CURLE_OK {
            return failedTransfer(&job, code: code, response, random: &random)
        }
        let status = response.status
        if Self.redirectStatuses.contains(status), let location = response.redirectURL {
            return redirect(&job, to: location, status: status, response)
        }
        if job.method == .head, Self.headFallbackStatuses.contains(status), !job.triedGETFallback {
            return fallBackToGET(&job)
        }
        if Self.retryableStatuses.contains(status), job.attempt < configuration.retries {
            return retry(&job, retryAfter: response.retryAfterSeconds, random: &random)
        }
        switch status {
        case 200..<300:
            return success(&job, response)
        case _ where Self.deadStatuses.contains(status):
            return finish(&job, .dead, "HTTP \(status)", response)
        case 429:
            return finish(&job, .unverifiable, "HTTP 429 (rate limited)\(attempts(job))", response)
        case 500..<600:
            return finish(&job, .unreachable, "HTTP \(status)\(attempts(job))", response)
        case 401, 403, 407:
            return finish(&job, .unverifiable, "HTTP \(status) (access denied to anonymous clients)", response)
        case 300..<400:
            return finish(&job, .unverifiable, "HTTP \(status) without a usable Location", response)
        default:
            return finish(&job, .unverifiable, "HTTP \(status)", response)
        }
    }

    private func failedTransfer(
        _ job: inout ProbeJob, code: CURLcode, _ response: TransferResponse, random: inout some RandomNumberGenerator
    ) -> ProbeStep {
        if job.method == .head, Self.headFallbackErrors.contains(code), !job.triedGETFallback {
            return fallBackToGET(&job)
        }
        if Self.retryableErrors.contains(code), job.attempt < configuration.retries {
            return retry(&job, retryAfter: nil, random: &random)
        }
        let reason = response.curlError + attempts(job)
        if code == CURLE_COULDNT_RESOLVE_HOST {
            return finish(&job, .dead, "host not found: \(job.current.host)\(attempts(job))", response)
        }
        if code == CURLE_UNSUPPORTED_PROTOCOL {
            return finish(&job, .unsupported, reason, response)
        }
        return finish(&job, .unreachable, reason, response)
    }

    private func redirect(_ job: inout ProbeJob, to location: String, status: Int, _ response: TransferResponse)
        -> ProbeStep
    {
        guard job.hops.count < configuration.maxRedirects else {
            return finish(&job, .unverifiable, "more than \(configuration.maxRedirects) redirects", response)
        }
        guard let next = ParsedURL(location) else {
            return finish(&job, .unverifiable, "HTTP \(status) to an invalid URL: \(location)", response)
        }
        guard next.isHTTP else {
            job.hops.append((next.string, status))
            return finish(&job, .unsupported, "redirects to a \(next.scheme): URL", response)
        }
        if next.string == job.request.url || next.string == job.original.string
            || job.hops.contains(where: { $0.url == next.string })
        {
            job.hops.append((next.string, status))
            return finish(&job, .unverifiable, "redirect loop (the site may expect cookies)", response)
        }
        job.hops.append((next.string, status))
        if let excluded = exclusions.match(next) {
            return finish(&job, .excluded, "redirects to \(next.string): \(excluded)", response)
        }
        job.current = next
        job.attempt = 0
        return .next
    }

    private func fallBackToGET(_ job: inout ProbeJob) -> ProbeStep {
        job.method = .get
        job.triedGETFallback = true
        job.attempt = 0
        return .next
    }

    private func retry(_ job: inout ProbeJob, retryAfter: Int?, random: inout some RandomNumberGenerator)
        -> ProbeStep
    {
        let backoff = configuration.retryBaseDelay * Double(1 << min(job.attempt, 20))
        let jittered = backoff * Double.random(in: 0.5...1.5, using: &random)
        let delay = retryAfter.map { Double($0) } ?? jittered
        job.attempt += 1
        return .retry(afterSeconds: min(max(0, delay), configuration.maxRetryDelay))
    }

    private func success(_ job: inout ProbeJob, _ response: TransferResponse) -> ProbeStep {
        let original = job.original
        let final = job.current
        let redirected = !job.hops.isEmpty
        let facts = response.bodyRead ? PageScanner.scan(response.body) : PageFacts()
        job.verdict = Verdict(outcome: .ok, detail: "HTTP \(response.status)", pageDate: facts.publishedDate)
        let wall = loginWalls.first { original.hostIsWithin($0.domain) || final.hostIsWithin($0.domain) }
        if let wall {
            return finish(&job, .unverifiable, wall.reason, response)
        }
        if redirected, SoftNotFoundSigns.isLoginPath(final.path) {
            return finish(&job, .unverifiable, "redirects to a login page", response)
        }
        if redirected, SoftNotFoundSigns.pathNamesError(final.path) {
            return finish(&job, .soft404, "redirects to an error page", response)
        }
        if redirected, original.path.count > 1, final.path == "/", final.query == nil, original.siteHost == final.siteHost {
            return finish(&job, .soft404, "deep link redirects to the site's home page", response)
        }
        if let title = facts.title, SoftNotFoundSigns.titleSaysNotFound(title) {
            return finish(&job, .soft404, "page title says \"\(title.prefix(120))\"", response)
        }
        let permanentPrefix = job.hops.prefix { Self.permanentRedirectStatuses.contains($0.status) }
        if let suggestion = permanentPrefix.last?.url {
            let step = finish(&job, .redirected, "moved permanently (HTTP \(permanentPrefix.first!.status))", response)
            job.verdict?.suggestedURL = suggestion
            return step
        }
        return finish(&job, .ok, "HTTP \(response.status)", response)
    }

    private func finish(_ job: inout ProbeJob, _ outcome: ProbeOutcome, _ detail: String, _ response: TransferResponse)
        -> ProbeStep
    {
        let pageDate = job.verdict?.pageDate
        job.verdict = Verdict(
            outcome: outcome, detail: detail, httpStatus: response.status == 0 ? nil : response.status,
            finalURL: job.hops.last?.url, redirects: job.hops.map(\.url), pageDate: pageDate)
        if job.request.keepsPage, outcome == .ok || outcome == .redirected, response.bodyRead, !response.body.isEmpty {
            job.verdict?.pageBody = response.body
            job.verdict?.pageTruncated = response.body.count >= configuration.maxBodyBytes
        }
        return .verdict
    }

    private func attempts(_ job: ProbeJob) -> String {
        job.attempt == 0 ? "" : " after \(job.attempt + 1) attempts"
    }
}
