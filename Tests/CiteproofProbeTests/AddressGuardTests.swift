import CiteproofProbe
import Testing

/// The address guard runs on the address curl actually connects to, on every hop.
@Suite struct AddressGuardTests {
    @Test func loopbackIsRefusedByDefault() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = loopbackConfiguration()
        configuration.allowedAddressClasses = []
        let result = await probeOne(server.url("/ok"), configuration)
        #expect(result.outcome == .excluded)
        #expect(result.detail.contains("127.0.0.1 is a loopback address"))
        try await Task.sleep(nanoseconds: 200_000_000)
        #expect(server.requests().isEmpty)  // no connection was ever made
    }

    @Test func hostNameResolvingToLoopbackIsRefused() async throws {
        let server = try TestServer()
        defer { server.stop() }
        var configuration = ProbeConfiguration()
        configuration.archiveEndpoint = nil
        configuration.retries = 0
        configuration.resolve = ["innocent.example:\(server.port)": "127.0.0.1"]
        let result = await probeOne("http://innocent.example:\(server.port)/ok", configuration)
        #expect(result.outcome == .excluded)
    }

    @Test func redirectToLinkLocalMetadataIsRefusedEvenWhenLoopbackIsAllowed() async throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = await probeOne(server.url("/to-metadata"))  // loopback allowed, link-local not
        #expect(result.outcome == .excluded)
        #expect(result.detail.contains("169.254.169.254 is a link-local address"))
        #expect(result.redirects == ["http://169.254.169.254/latest/meta-data/"])
    }

    @Test func allowPrivateHostsAllowsEveryClass() {
        var configuration = ProbeConfiguration()
        #expect(!configuration.allowPrivateHosts)
        configuration.allowPrivateHosts = true
        #expect(configuration.allowedAddressClasses == Set(AddressClass.allCases))
    }
}
