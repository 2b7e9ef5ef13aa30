import Testing
@testable import CiteproofCore

/// twitter-text's conformance cases for usernames, lists, mentions and replies.
@Suite struct TwitterTextConformanceTests {
    static func load(_ name: String) -> [TwitterTextCase] {
        guard let text = try? ConformanceFiles.text(name) else { return [] }
        return TwitterTextCase.parse(text)
    }

    static let validation = load("twitter-text-validate-usernames.yml")
    static let extraction = load("twitter-text-extract-mentions.yml")

    @Test func readsEveryCase() {
        #expect(Self.validation.count == 9)
        #expect(Self.extraction.count == 44)
    }

    @Test(arguments: validation)
    func validatesUsernamesAndLists(_ testCase: TwitterTextCase) {
        guard case .bool(let expected) = testCase.expected else {
            Issue.record("expected a boolean")
            return
        }
        if testCase.section == "usernames" {
            #expect(MentionExtractor.isValidUsername(testCase.text) == expected)
            // The platform table's X rule agrees on the name without its @.
            let problems = HandleCheck.validate(handle: String(testCase.text.dropFirst()), platform: .x)
            #expect(problems.isEmpty == expected)
        } else {
            #expect(MentionExtractor.isValidList(testCase.text) == expected)
        }
    }

    @Test(arguments: extraction)
    func extractsLikeTwitterText(_ testCase: TwitterTextCase) {
        switch (testCase.section, testCase.expected) {
        case ("mentions", .list(let names)):
            #expect(MentionExtractor.mentions(in: testCase.text).map { .string($0.screenName) } == names)
        case ("mentions_with_indices", .maps(let expected)):
            let found = MentionExtractor.mentions(in: testCase.text)
            #expect(found.map(Self.describe(withList: false)) == expected)
        case ("mentions_or_lists_with_indices", .maps(let expected)):
            let found = MentionExtractor.mentionsOrLists(in: testCase.text)
            #expect(found.map(Self.describe(withList: true)) == expected)
        case ("replies", .string(let name)):
            #expect(MentionExtractor.replyScreenName(in: testCase.text) == name)
        case ("replies", .null):
            #expect(MentionExtractor.replyScreenName(in: testCase.text) == nil)
        default:
            Issue.record("unexpected case shape in section \(testCase.section)")
        }
    }

    static func describe(withList: Bool) -> (Mention) -> [String: TwitterTextCase.Value] {
        { mention in
            var map: [String: TwitterTextCase.Value] = [
                "screen_name": .string(mention.screenName),
                "indices": .list([.int(mention.range.lowerBound), .int(mention.range.upperBound)]),
            ]
            if withList { map["list_slug"] = .string(mention.listSlug) }
            return map
        }
    }
}
