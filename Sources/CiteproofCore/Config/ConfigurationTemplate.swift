/// The commented `.citeproof.yml` that `citeproof init` writes. Every setting is shown with its
/// default, commented out, so the file parses to the defaults as written.
public enum ConfigurationTemplate {
    public static let fileName = ".citeproof.yml"

    /// The file's text; `rules` lists every known rule with its default severity.
    public static func text(rules: [RuleDescription]) -> String {
        let ruleLines = rules.map { "#   \($0.id): \($0.defaultSeverity.rawValue)" }.joined(separator: "\n")
        return """
            # citeproof configuration. citeproof looks for this file in the folder of the first
            # draft it checks and in every folder above it; `--config FILE` names one explicitly.
            # Command-line flags override what is set here. Unknown keys are errors.

            # Per-rule severity: off, error, warning or note. Defaults:
            # rules:
            \(ruleLines)

            # The publication date of the drafts (YYYY-MM-DD), when they do not say it themselves.
            # publishedDate: 2024-03-12

            # Exit 1 when a finding is at or above this severity: error, warning, note or none.
            # failOn: error

            # Named outlets and the canonical source they stand for.
            # sourceAliases:
            #   Riverton Ledger: rivertonledger.example.com

            # Extend the platform table for this run. An id of a built-in platform (x, telegram,
            # facebook, linkedin, discord, mastodon, …) adds hosts to it; any other id is a new
            # platform. Keys: hosts, canonicalHost, name, launched (YYYY-MM-DD, for
            # date-before-platform), accountPath and postPath (URL shapes with {handle} and {id}),
            # handlePattern (a regular expression handles must match, for invalid-handle).
            # platforms:
            #   x:
            #     hosts: [nitter.example]
            #   gab:
            #     name: Gab
            #     hosts: [gab.com]
            #     launched: 2016-08-15
            #     accountPath: "/{handle}"
            #     postPath: "/{handle}/posts/{id:digits}"
            #     handlePattern: "^[A-Za-z0-9_]{1,30}$"

            # Extra query parameters to strip from cited URLs on every host (tracking-parameters).
            # trackingParameters: [mc_cid, mc_eid]

            # URL probing (citeproof check --probe).
            # probe:
            #   exclude: [localhost, "\\\\.internal$"]
            #   maxConcurrency: 8
            #   perHostConcurrency: 2
            #   timeoutSeconds: 15
            #   userAgent: "citeproof (+https://example.org/citeproof)"
            #   allowPrivateHosts: false

            """
    }
}
