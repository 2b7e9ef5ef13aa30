/// A post dated before its platform existed.
public struct DateBeforePlatformRule: Rule {
    public static let description = RuleDescription(
        id: "date-before-platform",
        name: "Post dated before its platform",
        summary: "A citation of a platform post is dated before the platform (or its channels) existed.",
        rationale: """
            No tweet predates March 21, 2006 and no Telegram channel post predates September 22, 2015. A date \
            before the platform's launch is a typo in the year (or the wrong source).
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("The channel posted an image.[^1]\n\n[^1]: https://t.me/centerkaf/1234, April 3, 2012.\n"),
            RuleExample("One user wrote: \"Leave.\"[^1]\n\n[^1]: Twitter.com/mernashamari, April 3, 2001.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("One user wrote: \"Leave.\"[^1]\n\n[^1]: Twitter.com/mernashamari, April 3, 2020.\n"),
            RuleExample("The site said so.[^1]\n\n[^1]: Ahlulhaq.com, April 3, 2001.\n"),
        ])

    public init() {}

    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        document.datedCitations.compactMap { item in
            guard let date = item.citation.date, date.role == .citation, let first = date.value,
                let key = item.platformKey(in: context.catalog), let platform = context.catalog.platform(id: key),
                let launch = platform.launch, claims(platform, item: item, catalog: context.catalog)
            else { return nil }
            let launchDay = launchDate(launch, item: item, catalog: context.catalog)
            let lastReadings = [DateRuleText.lastDay(date) ?? first] + date.alternatives
            guard lastReadings.allSatisfy({ $0 < launchDay }) else { return nil }
            let what = launchDay == launch.channels ? "\(platform.name) channels" : platform.name
            return finding(
                "\(item.footnote.map { "note [\($0)]" } ?? "the credit") dates a source on \(platform.name) "
                    + "\(DateRuleText.describe(date)), before \(what) existed (\(launchDay.longDescription))",
                context: context, footnote: item.footnote, location: item.location,
                evidence: [
                    Evidence(kind: "platform-launch", text: launch.event),
                    Evidence(kind: "citation", text: item.quoted, footnote: item.footnote, location: item.citation.location),
                ],
                subject: item.citation.text)
        }
    }

    /// Telegram posts and channels date from channels' launch; accounts from the app's.
    private func launchDate(_ launch: PlatformLaunch, item: DatedCitation, catalog: PlatformCatalog) -> CalendarDate {
        guard let channels = launch.channels else { return launch.date }
        if let kind = item.citation.source?.identity?.kind {
            return kind == .channel || kind == .post || kind == .message ? channels : launch.date
        }
        let urls = item.citation.urls + [item.citation.source?.raw].compactMap { $0 }
        return urls.contains { DateIdentifierDecoders.isPostURL($0, catalog: catalog) } ? channels : launch.date
    }

    /// Whether the platform's own table row claims the source: the fediverse row also matches `/@user`
    /// pages on any host (older software, other sites), whose dates its launch says nothing about.
    private func claims(_ platform: Platform, item: DatedCitation, catalog: PlatformCatalog) -> Bool {
        guard platform.matchesAnyHost else { return true }
        let canonical = item.citation.source?.identity.map(\.canonical) ?? item.citation.urls.first
        guard let host = canonical.flatMap({ URLNormalizer.normalize($0, catalog: catalog)?.host }) else { return false }
        return platform.hosts.contains(host)
    }
}
