import Foundation

/// Finds and loads `.citeproof.yml`: the file `--config` names, or the first one found in the
/// folder of the first input and the folders above it. Shared by the CLI and the servers.
public enum ConfigLocator {
    /// The configuration to use (the defaults when there is no file).
    public static func load(explicit: String?, firstInput: String?) throws -> Configuration {
        guard let path = explicit ?? discover(from: firstInput) else { return Configuration() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, line: nil, message: "cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(path: path, line: nil, message: "the configuration file is not UTF-8")
        }
        return try ConfigurationParser.parse(text, path: path, knownRules: RuleRegistry.all.map { $0.description.id })
    }

    /// The nearest `.citeproof.yml` at or above the folder of `input` (the working directory for `-` or none).
    public static func discover(from input: String?) -> String? {
        let fm = FileManager.default
        var folder: URL
        if let input, input != "-" {
            var isDir: ObjCBool = false
            let url = URL(fileURLWithPath: input).standardizedFileURL
            folder = fm.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue ? url : url.deletingLastPathComponent()
        } else {
            folder = URL(fileURLWithPath: fm.currentDirectoryPath)
        }
        while true {
            let candidate = folder.appendingPathComponent(ConfigurationTemplate.fileName).path
            if fm.fileExists(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}
