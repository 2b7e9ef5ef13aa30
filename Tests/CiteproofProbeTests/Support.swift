import CiteproofProbe
import Foundation

/// Fast settings for loopback tests: loopback allowed (and nothing else), short timeouts and backoff.
func loopbackConfiguration() -> ProbeConfiguration {
    var configuration = ProbeConfiguration()
    configuration.allowedAddressClasses = [.loopback]
    configuration.archiveEndpoint = nil
    configuration.perHostConcurrency = 16
    configuration.perHostInterval = 0
    configuration.connectTimeout = 2
    configuration.totalTimeout = 3
    configuration.retries = 1
    configuration.retryBaseDelay = 0.05
    configuration.maxRetryDelay = 2
    return configuration
}

/// Probes one URL.
func probeOne(_ url: String, _ configuration: ProbeConfiguration = loopbackConfiguration()) async -> ProbeResult {
    await Prober(configuration: configuration).probe([ProbeRequest(url: url)])[0]
}

/// A value shared with a `@Sendable` callback.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func withLock<Result>(_ body: (inout Value) -> Result) -> Result { lock.withLock { body(&value) } }
}
