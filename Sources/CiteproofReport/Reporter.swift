import CiteproofCore

/// Renders a finished check run in one output format.
public protocol Reporter: Sendable {
    func render(_ report: Report) -> String
}
