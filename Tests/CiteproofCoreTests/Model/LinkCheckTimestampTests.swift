import Foundation
import Testing
@testable import CiteproofCore

/// `LinkCheck.iso8601` prints what `ISO8601DateFormatter` prints, without making one per verdict.
@Suite struct LinkCheckTimestampTests {
    @Test func sameAsTheFormatter() {
        let formatter = ISO8601DateFormatter()
        var seconds: [Double] = [0, -1, -0.5, 0.999, 59.999, 86_399.5, 86_400, 951_782_400, 1_715_677_200, 1_715_677_200.75,
                                 4_102_444_799.9, -2_208_988_800, 253_402_300_799, 253_402_300_800, -30_000_000_000]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 { seconds.append(Double.random(in: -5e10...2e11, using: &generator)) }
        for s in seconds {
            let date = Date(timeIntervalSince1970: s)
            #expect(LinkCheck.iso8601(date) == formatter.string(from: date), "\(s)")
        }
    }
}
