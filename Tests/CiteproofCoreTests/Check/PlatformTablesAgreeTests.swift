import Testing
@testable import CiteproofCore

/// The source normalizer's platform table and the date rules' launch table must not drift apart:
/// every platform both know has the same first-post date (for Telegram, the channels' date).
@Suite struct PlatformTablesAgreeTests {
    @Test func launchDatesAgree() {
        var compared = 0
        for platform in Platform.all {
            guard let launch = DatePlatformLaunches.platform(id: platform.id) else { continue }
            let launchDate = launch.channelsLaunched ?? launch.launched
            #expect(launchDate == platform.foundedDate, "\(platform.id): \(launchDate) vs \(platform.foundedDate)")
            compared += 1
        }
        #expect(compared >= 8)
    }
}
