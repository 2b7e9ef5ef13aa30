import Testing
@testable import CiteproofCore

/// Handles checked against each platform's documented rule.
@Suite struct HandleCheckTests {
    struct HandleCase: Sendable, CustomStringConvertible {
        var handle: String
        var platform: Platform
        var kind: SourceKind
        var expected: [HandleProblem.Kind]
        var description: String { "\(platform.id):\(handle)" }
        init(_ handle: String, _ platform: Platform, _ expected: [HandleProblem.Kind] = [], kind: SourceKind = .account) {
            self.handle = handle
            self.platform = platform
            self.kind = kind
            self.expected = expected
        }
    }

    static let cases: [HandleCase] = [
        HandleCase("KM94310", .x), HandleCase("ELNAZ16424879", .x), HandleCase("a", .x), HandleCase("_", .x),
        HandleCase("abcdefghijklmno", .x), HandleCase("abcdefghijklmnop", .x, [.outsideCurrentLength]),
        HandleCase("abcdefghijklmnopqrst", .x, [.outsideCurrentLength]),
        HandleCase("abcdefghijklmnopqrstu", .x, [.tooLong]), HandleCase("example-name", .x, [.invalidCharacter]),
        HandleCase("some.user", .x, [.invalidCharacter]), HandleCase("search", .x, [.reservedName]),
        HandleCase("", .x, [.empty]),
        HandleCase("centerkaf", .telegram, kind: .channel), HandleCase("Qais_alkhazali", .telegram, kind: .channel),
        HandleCase("abcde", .telegram), HandleCase("abcd", .telegram, [.outsideCurrentLength]),
        HandleCase("abc", .telegram, [.tooShort]), HandleCase("1abcde", .telegram, [.invalidFirstCharacter]),
        HandleCase("_abcde", .telegram, [.invalidFirstCharacter]), HandleCase("abc-de", .telegram, [.invalidCharacter]),
        HandleCase(String(repeating: "a", count: 32), .telegram), HandleCase(String(repeating: "a", count: 33), .telegram, [.tooLong]),
        HandleCase("some.user_1", .instagram), HandleCase("some..user", .instagram, [.invalidSequence]),
        HandleCase("someuser.", .instagram, [.invalidLastCharacter]),
        HandleCase(String(repeating: "a", count: 31), .instagram, [.tooLong]),
        HandleCase("some.user", .tiktok), HandleCase("a", .tiktok, [.tooShort]), HandleCase("user.", .tiktok, [.invalidLastCharacter]),
        HandleCase("memrivideos", .youtube, kind: .channel), HandleCase("ab", .youtube, [.tooShort], kind: .channel),
        HandleCase("قناة_الرافدين", .youtube, kind: .channel),
        HandleCase("alrafidainnews", .facebook), HandleCase("abcd", .facebook, [.tooShort]),
        HandleCase("Some_User-1", .reddit), HandleCase("ab", .reddit, [.tooShort]),
        HandleCase("iraq", .reddit, kind: .channel), HandleCase("de", .reddit, [.outsideCurrentLength], kind: .channel),
        HandleCase("some-sub", .reddit, [.invalidCharacter], kind: .channel),
        HandleCase("someone.bsky.social", .bluesky), HandleCase("Gargron", .mastodon),
        HandleCase("jane-doe-123", .linkedin), HandleCase("jane_doe", .linkedin, [.invalidCharacter]),
        HandleCase("durov", .vk), HandleCase("zuck", .threads),
    ]

    @Test(arguments: cases)
    func checksHandle(_ testCase: HandleCase) {
        let problems = HandleCheck.validate(handle: testCase.handle, platform: testCase.platform, kind: testCase.kind)
        #expect(problems.map(\.kind) == testCase.expected)
    }

    @Test func messageNamesThePlatformRule() throws {
        let problem = try #require(HandleCheck.validate(handle: "abc", platform: .telegram).first)
        #expect(problem.severity == .warning)
        #expect(problem.message.contains("5–32 letters"))
        let legacy = try #require(HandleCheck.validate(handle: "abcdefghijklmnop", platform: .x).first)
        #expect(legacy.severity == .note)
        #expect(legacy.message.contains("up to 20"))
    }
}
