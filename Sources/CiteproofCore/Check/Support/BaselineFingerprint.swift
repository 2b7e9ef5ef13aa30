/// The identity of a finding that survives edits above it: built from the rule, the document's
/// path (relative to the run's base directory) and `Finding.subject` — never the line number.
///
/// SARIF's `partialFingerprints` and the baseline file use the same value, so an alert dismissed
/// in code scanning and a finding recorded in a baseline are the same finding.
public enum FindingFingerprint {
    /// Bumped when the recipe changes; part of every fingerprint.
    public static let version = "v1"

    /// The fingerprint of one finding. A finding without a subject falls back to its message.
    public static func base(of finding: Finding, documentPath: String) -> String {
        let identity = finding.subject ?? "message:" + finding.message
        let material = [version, finding.rule, documentPath, identity].joined(separator: "\u{1F}")
        return String(SHA256.hex(Array(material.utf8)).prefix(32))
    }

    /// Fingerprints of a document's findings, in the same order. When several findings share
    /// a fingerprint, the second and later ones get `:2`, `:3`… in report order, so each stays distinct.
    public static func fingerprints(for findings: [Finding], documentPath: String) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let base = base(of: finding, documentPath: documentPath)
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return count == 1 ? base : "\(base):\(count)"
        }
    }
}
