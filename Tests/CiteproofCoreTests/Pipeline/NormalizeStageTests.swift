import Foundation
import Testing
@testable import CiteproofCore

/// The normalize stage runs once and leaves on each citation everything later stages need: the
/// canonical identity, its registrable domain and the time its post id encodes.
@Suite struct NormalizeStageTests {
    static let draft = """
        Posts went round.[^1] A site reported it.[^2] The account had said so.[^3]

        [^1]: https://twitter.com/jack/status/20, March 21, 2006.
        [^2]: See https://www.bbc.co.uk/news/world-123, April 3, 2021.
        [^3]: Twitter.com/KM94310, April 3, 2021.

        """

    static func identities() throws -> [SourceIdentity] {
        let report = try CheckRun(options: CheckOptions(format: .markdown)).run([CheckInput(path: "d.md", bytes: Array(draft.utf8))])
        let document = try #require(report.documents.first).document
        return document.definitions.compactMap { $0.citations.first?.source?.identity }
    }

    @Test func identitiesCarryTheirRegistrableDomain() throws {
        let ids = try Self.identities()
        #expect(ids.map(\.registrableDomain) == ["x.com", "bbc.co.uk", "x.com"])
    }

    @Test func aPostCarriesTheTimeItsIdEncodes() throws {
        let ids = try Self.identities()
        // Status 20 predates snowflake ids: no time. An account has none either.
        #expect(ids[0].idTime == nil)
        #expect(ids[2].idTime == nil)
        let snowflake = "https://x.com/someone/status/1378485200000000000, April 3, 2021."
        let report = try CheckRun(options: CheckOptions(format: .markdown))
            .run([CheckInput(path: "d.md", bytes: Array("Said.[^1]\n\n[^1]: \(snowflake)\n".utf8))])
        let identity = try #require(report.documents.first?.document.definitions.first?.citations.first?.source?.identity)
        let expected = Date(timeIntervalSince1970: Double((1_378_485_200_000_000_000 >> 22) + 1_288_834_974_657) / 1000)
        #expect(identity.idTime == expected)
    }
}
