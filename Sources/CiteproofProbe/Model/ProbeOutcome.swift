import CiteproofCore

/// What probing a URL found (the model's `LinkOutcome`: ok, redirected, dead, unreachable,
/// unverifiable, soft-404, excluded, unsupported).
public typealias ProbeOutcome = LinkOutcome
