/// Query parameters that track a click rather than name content, after the ClearURLs rule sets:
/// its global provider, and per-site providers for sites that are no platform. Platforms' own
/// trackers are in their rows (`Platform.trackingParameters`); `PlatformCatalog.isTracking` reads both.
/// Parameters that identify content (`watch?v=`, `profile.php?id=`, `story_fbid`) are never listed.
public struct TrackingParameterRule: Hashable, Sendable {
    /// Registrable domains the rule applies to; empty for every host.
    public var domains: [String]
    /// Exact names, compared without regard to case.
    public var names: [String]
    /// Name prefixes (`utm_`).
    public var prefixes: [String]

    public init(domains: [String] = [], names: [String] = [], prefixes: [String] = []) {
        self.domains = domains
        self.names = names
        self.prefixes = prefixes
    }

    public static let all: [TrackingParameterRule] = [
        // Every host: campaign tags and ad click ids.
        TrackingParameterRule(
            names: [
                "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
                "igshid", "igsh", "mc_cid", "mc_eid", "mc_tc", "_ga", "_gl", "_gac", "_openstat", "mkt_tok",
                "ml_subscriber", "ml_subscriber_hash", "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid",
                "vero_conv", "vero_id", "wickedid", "_hsenc", "_hsmi", "__hsfp", "__hssc", "__hstc", "__s",
                "hsctatracking", "fb_action_ids", "fb_action_types", "fb_ref", "fb_source", "action_object_map",
                "action_type_map", "action_ref_map", "gs_l", "cmpid", "wt_mc", "wtrid", "echobox", "spm",
                "tracking_source", "ref_src", "ref_url", "__twitter_impression", "mibextid", "rdt",
            ],
            prefixes: ["utm_", "hmb_", "otm_", "itm_", "pk_", "mtm_", "ga_"]),
        // Sites that are no platform (a platform's own trackers are in its row of the platform table).
        TrackingParameterRule(domains: ["spotify.com"], names: ["si", "context"]),
        TrackingParameterRule(domains: ["amazon.com"], names: ["ref_", "pf_rd_r", "pf_rd_p", "pd_rd_r", "pd_rd_w", "crid", "sprefix"]),
        // News sites' own click trackers (`?tid=ss_tw`, `?itid=lk_inline`, `?smid=tw-share`): per host, since
        // `tid` elsewhere is content (a forum's thread id).
        TrackingParameterRule(domains: ["washingtonpost.com"], names: ["tid", "itid"]),
        TrackingParameterRule(domains: ["nytimes.com"], names: ["smid", "smtyp"]),
    ]

    /// Whether the parameter `name` on a host of registrable domain `domain` is a tracker by these rules.
    static func isTracking(_ name: String, domain: String?) -> Bool {
        let name = name.lowercased()
        return all.contains { rule in
            (rule.domains.isEmpty || domain.map(rule.domains.contains) == true)
                && (rule.names.contains(name) || rule.prefixes.contains { name.hasPrefix($0) })
        }
    }
}
