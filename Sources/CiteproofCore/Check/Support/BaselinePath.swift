/// Paths as reports and baselines write them: relative to a base directory (the working
/// directory of the run), with `/` separators, so the same draft has the same path on every checkout.
public enum BaselinePath {
    /// `path` relative to `base` (an absolute directory). A relative `path` is taken as relative to
    /// `base` already and only tidied (`./a/../b.md` → `b.md`). Paths outside `base` get `..` steps.
    public static func relative(_ path: String, to base: String?) -> String {
        guard path.hasPrefix("/") else { return tidy(path) }
        guard let base, base.hasPrefix("/") else { return tidy(path) }
        let target = components(path)
        let from = components(base)
        var common = 0
        while common < target.count, common < from.count, target[common] == from[common] { common += 1 }
        let steps = Array(repeating: "..", count: from.count - common) + target[common...]
        return steps.isEmpty ? "." : steps.joined(separator: "/")
    }

    /// Removes `.` steps, resolves `..` where possible and collapses repeated slashes.
    static func tidy(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", absolute { continue }
            parts.append(String(part))
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    private static func components(_ path: String) -> [String] {
        tidy(path).split(separator: "/").map(String.init)
    }
}
