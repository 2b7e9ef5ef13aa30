/// The commented `.citeproof.yml` that `citeproof init` writes. Every setting is shown with its
/// default, commented out, so the file parses to the defaults as written, and uncommenting a
/// setting's lines changes nothing until its value is edited. Examples are prose, never a
/// commented setting. `ConfigurationTemplateTests` holds each stated default to the code's.
public enum ConfigurationTemplate {
    public static let fileName = ".citeproof.yml"

    /// The probe's defaults as the template states them. They live in `CiteproofProbe`'s
    /// `ProbeConfiguration`, which this module cannot see; a test compares the two.
    public enum ProbeDefaults {
        public static let maxConcurrency = 32
        public static let perHostConcurrency = 2
        public static let perHostInterval = 0.1
        public static let timeoutSeconds = 20
        public static let retries = 2
        public static let userAgent = "citeproof/0.1.0 (+https://github.com/citeproof/citeproof; link checker)"
    }

    /// The file's text; `rules` lists every known rule with its default severity.
    public static func text(rules: [RuleDescription]) -> String {
        let ruleLines = rules.map { "#   \($0.id): \($0.defaultSeverity.rawValue)" }.joined(separator: "\n")
        return """
            # citeproof configuration. citeproof looks for this file in the folder of the first
            # draft it checks and in every folder above it; `--config FILE` names one explicitly.
            # Command-line flags override what is set here. Unknown keys are errors.
            # Each setting below is commented out and shows its default value.

            # Per-rule severity: off, error, warning or note. Each rule's default severity is shown.
            # rules:
            \(ruleLines)

            # The publication date of the drafts, written YYYY-MM-DD. When set, it overrides the date
            # a draft states itself (front matter, a meta tag, a dateline); `--published` overrides it
            # in turn. Not set by default: each draft's own date is used, for example
            # "publishedDate: 2024-03-12" dates every draft March 12, 2024.

            # Exit 1 when a finding is at or above this severity: error, warning, note or none.
            # failOn: \(FailThreshold.defaultThreshold.rawValue)

            # Named outlets and the canonical source they stand for, for example
            # "Riverton Ledger: rivertonledger.example.com" under sourceAliases. None by default.
            # sourceAliases: {}

            # Extend the platform table for this run. None by default. An id of a built-in platform
            # (x, telegram, facebook, linkedin, discord, mastodon, …) adds hosts to it; any other id
            # is a new platform. Keys: hosts, canonicalHost, name, launched (YYYY-MM-DD, for
            # date-before-platform), accountPath and postPath (URL shapes with {handle} and {id}),
            # handlePattern (a regular expression handles must match, for invalid-handle). For
            # example "x: {hosts: [nitter.example]}" makes nitter.example links X/Twitter links, and
            # "gab: {name: Gab, hosts: [gab.com], launched: 2016-08-15, postPath: '/{handle}/posts/{id:digits}'}"
            # adds a platform.
            # platforms: {}

            # Extra query parameters to strip from cited URLs on every host (tracking-parameters),
            # for example [mc_cid, mc_eid]. None by default (the built-in list, utm_* and the like,
            # always applies).
            # trackingParameters: []

            # URL probing (citeproof check --probe). exclude takes hosts or regular expressions,
            # for example [localhost, "\\\\.internal$"]. timeoutSeconds bounds one whole request;
            # a timeout, connection failure, 5xx or 429 is retried \(ProbeDefaults.retries) times. perHostInterval is the
            # least time in seconds between two requests to one host (lychee's default is 0.05; 0 for
            # a server of your own).
            # probe:
            #   exclude: []
            #   maxConcurrency: \(ProbeDefaults.maxConcurrency)
            #   perHostConcurrency: \(ProbeDefaults.perHostConcurrency)
            #   perHostInterval: \(ProbeDefaults.perHostInterval)
            #   retries: \(ProbeDefaults.retries)
            #   timeoutSeconds: \(ProbeDefaults.timeoutSeconds)
            #   userAgent: "\(ProbeDefaults.userAgent)"
            #   allowPrivateHosts: false

            """
    }
}
