import Foundation

/// What the probe rules share: every probed citation with its note and location.
enum LinkRuleSupport {
    struct Probed {
        var footnote: String?
        var citation: Citation
        var check: LinkCheck
    }

    /// Probed citations whose verdict is `outcome`, one per note and URL.
    static func probed(_ document: Document, outcome: LinkOutcome) -> [Probed] {
        var seen = Set<String>()
        var result: [Probed] = []
        for (footnote, citation) in document.allCitations {
            guard let check = citation.probe, check.outcome == outcome else { continue }
            guard seen.insert("\(footnote ?? "-")|\(check.url)").inserted else { continue }
            result.append(Probed(footnote: footnote, citation: citation, check: check))
        }
        return result
    }

    static func evidence(_ p: Probed) -> [Evidence] {
        var e = [Evidence(kind: "probe", text: "\(p.check.url): \(p.check.detail)", footnote: p.footnote)]
        if !p.check.redirects.isEmpty {
            e.append(Evidence(kind: "redirects", text: ([p.check.url] + p.check.redirects).joined(separator: " → ")))
        }
        return e
    }

    static func where_(_ p: Probed) -> String {
        p.footnote.map { "note [\($0)] links to" } ?? "a credit links to"
    }

    /// A small example draft and the verdict its rule triggers on.
    static func example(_ url: String, _ outcome: LinkOutcome, status: Int?, detail: String, finalURL: String? = nil,
                        suggested: String? = nil, archive: String? = nil, pageDate: CalendarDate? = nil, cited: String = "May 13, 2024")
        -> RuleExample
    {
        RuleExample(
            "---\ndate: 2024-05-14\n---\n\nThe port reopened.[^1]\n\n[^1]: Velmora Herald, \(url), \(cited).\n",
            linkChecks: [
                LinkCheck(
                    url: url, outcome: outcome, httpStatus: status, finalURL: finalURL,
                    redirects: finalURL.map { [$0] } ?? [], suggestedURL: suggested, checkedAt: Date(timeIntervalSince1970: 1_715_677_200),
                    archiveURL: archive, pageDate: pageDate, detail: detail)
            ])
    }
}
