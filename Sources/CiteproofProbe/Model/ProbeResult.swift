import CiteproofCore

/// What probing one URL found: the core's `LinkCheck`, the one verdict record from the probe to the report.
public typealias ProbeResult = LinkCheck
