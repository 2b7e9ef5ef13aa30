import CiteproofCore
import Testing
@testable import CiteproofProbe

/// The probe's login walls come from the platform table's rows, every host of each.
@Suite struct LoginWallHostTests {
    @Test func builtInHostsAreTheTablesLoginWalls() {
        let domains = Set(LoginWallHost.builtIn.map(\.domain))
        for host in ["x.com", "twitter.com", "instagram.com", "facebook.com", "threads.net", "threads.com", "linkedin.com", "tiktok.com"] {
            #expect(domains.contains(host), "\(host)")
        }
        #expect(!domains.contains("t.me"))
        let walled = PlatformCatalog.builtIn.rows.filter { $0.loginWall != nil }
        #expect(domains == Set(walled.flatMap(\.hosts)))
    }
}
