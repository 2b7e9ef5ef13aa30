import CiteproofCore

/// What probing a URL found: an exhaustive set of outcomes, never a bare status code.
public enum ProbeOutcome: String, Sendable, Codable, CaseIterable {
    case ok
    case redirected
    case dead
    case unreachable
    case unverifiable
    case soft404 = "soft-404"
    case excluded
    case unsupported
}
