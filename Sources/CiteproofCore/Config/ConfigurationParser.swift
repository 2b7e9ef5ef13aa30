import Foundation
import Yams

/// Reads `.citeproof.yml` strictly: unknown keys and bad values are errors naming the key and its line.
public enum ConfigurationParser {
    /// The keys a configuration file may hold at its top level.
    public static let topLevelKeys = [
        "rules", "publishedDate", "failOn", "sourceAliases", "platforms", "trackingParameters", "probe",
    ]
    static let probeKeys = [
        "exclude", "maxConcurrency", "perHostConcurrency", "perHostInterval", "retries", "timeoutSeconds", "userAgent",
        "allowPrivateHosts",
    ]
    static let platformKeys = ["hosts", "canonicalHost", "handlePattern", "name", "launched", "accountPath", "postPath"]

    /// Parses `text`; `path` names the file in errors. `knownRules` are the ids `rules:` may name.
    public static func parse(_ text: String, path: String, knownRules: [String]) throws -> Configuration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConfigurationError(path: path, line: nil, message: "not valid YAML: \(error)")
        }
        var config = Configuration(path: path)
        guard let root else { return config }  // an empty file: all defaults
        let reader = NodeReader(path: path)
        for (key, value) in try reader.mapping(root, name: "the file", allowed: topLevelKeys) {
            switch key {
            case "rules":
                for (rule, ruleNode, setting) in try reader.keyedMapping(value, name: "rules", allowed: nil) {
                    guard knownRules.contains(rule) else {
                        throw reader.error(ruleNode, "rules: unknown rule '\(rule)' (known: \(knownRules.joined(separator: ", ")))")
                    }
                    let word = try reader.choice(setting, key: "rules.\(rule)", among: ["off", "error", "warning", "note"])
                    config.ruleSeverities[rule] = word == "off" ? .some(nil) : Severity(rawValue: word)
                }
            case "publishedDate":
                let text = try reader.string(value, key: key)
                guard let date = CalendarDate(iso: text) else {
                    throw reader.error(value, "publishedDate must be a real date written YYYY-MM-DD (got '\(text)')")
                }
                config.publishedDate = date
            case "failOn":
                config.failOn = FailThreshold(
                    rawValue: try reader.choice(value, key: key, among: FailThreshold.allCases.map(\.rawValue)))
            case "sourceAliases":
                for (name, canonical) in try reader.mapping(value, name: key, allowed: nil) {
                    config.sourceAliases[name] = try reader.string(canonical, key: "sourceAliases.\(name)")
                }
            case "platforms":
                for (id, entry) in try reader.mapping(value, name: key, allowed: nil) {
                    config.platforms.append(try platform(id: id, entry, reader: reader))
                }
            case "trackingParameters":
                config.trackingParameters = try reader.strings(value, key: key)
            case "probe":
                config.probe = try probe(value, reader: reader)
            default:
                break  // unreachable: `mapping` rejected unknown keys
            }
        }
        return config
    }

    private static func platform(id: String, _ node: Node, reader: NodeReader) throws -> PlatformEntry {
        var entry = PlatformEntry(id: id, hosts: [])
        for (key, value) in try reader.mapping(node, name: "platforms.\(id)", allowed: platformKeys) {
            let name = "platforms.\(id).\(key)"
            switch key {
            case "hosts": entry.hosts = try reader.strings(value, key: name)
            case "canonicalHost": entry.canonicalHost = try reader.string(value, key: name)
            case "name": entry.name = try reader.string(value, key: name)
            case "launched":
                let text = try reader.string(value, key: name)
                guard let date = CalendarDate(iso: text) else {
                    throw reader.error(value, "\(name) must be a real date written YYYY-MM-DD (got '\(text)')")
                }
                entry.launched = date
            case "accountPath", "postPath":
                let template = try reader.string(value, key: name)
                guard let pattern = PlatformEntry.pathPattern(template, kind: key == "postPath" ? .post : .account) else {
                    throw reader.error(
                        value,
                        "\(name) must be a path such as '/@{handle}'\(key == "postPath" ? " with an {id}" : "") (got '\(template)')")
                }
                entry.paths.append(pattern)
            default:
                let pattern = try reader.string(value, key: name)
                try reader.requireRegex(pattern, value, key: name)
                entry.handlePattern = pattern
            }
        }
        // The post shape, the more specific, is tried first.
        entry.paths.sort { $0.kind == .post && $1.kind != .post }
        if entry.hosts.isEmpty, PlatformCatalog.builtIn.platform(id: id) == nil {
            throw reader.error(node, "platforms.\(id) needs a non-empty 'hosts' list (it is no built-in platform)")
        }
        return entry
    }

    private static func probe(_ node: Node, reader: NodeReader) throws -> ProbeSettings {
        var probe = ProbeSettings()
        for (key, value) in try reader.mapping(node, name: "probe", allowed: probeKeys) {
            let name = "probe.\(key)"
            switch key {
            case "exclude":
                probe.exclude = try reader.strings(value, key: name)
                for pattern in probe.exclude { try reader.requireRegex(pattern, value, key: name) }
            case "maxConcurrency": probe.maxConcurrency = try reader.positiveInt(value, key: name)
            case "perHostConcurrency": probe.perHostConcurrency = try reader.positiveInt(value, key: name)
            case "timeoutSeconds":
                guard value.scalar != nil, let seconds = value.float, seconds > 0, seconds.isFinite else {
                    throw reader.error(value, "\(name) must be a positive number of seconds (got \(reader.shown(value)))")
                }
                probe.timeoutSeconds = seconds
            case "perHostInterval":
                guard value.scalar != nil, let seconds = value.float, seconds >= 0, seconds.isFinite else {
                    throw reader.error(value, "\(name) must be a number of seconds, 0 or more (got \(reader.shown(value)))")
                }
                probe.perHostInterval = seconds
            case "retries":
                guard value.scalar != nil, let n = value.int, n >= 0 else {
                    throw reader.error(value, "\(name) must be a whole number, 0 or more (got \(reader.shown(value)))")
                }
                probe.retries = n
            case "userAgent": probe.userAgent = try reader.string(value, key: name)
            default:
                guard value.scalar != nil, let flag = value.bool else {
                    throw reader.error(value, "\(name) must be true or false (got \(reader.shown(value)))")
                }
                probe.allowPrivateHosts = flag
            }
        }
        return probe
    }
}

/// Typed access to YAML nodes with errors that carry the node's line.
struct NodeReader {
    var path: String

    func error(_ node: Node, _ message: String) -> ConfigurationError {
        ConfigurationError(path: path, line: node.mark?.line, message: message)
    }

    func shown(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return "'\(s.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The pairs of a mapping, keys as strings, in file order. `allowed` nil accepts any key.
    func mapping(_ node: Node, name: String, allowed: [String]?) throws -> [(String, Node)] {
        try keyedMapping(node, name: name, allowed: allowed).map { ($0.key, $0.value) }
    }

    /// Like `mapping`, with each key's node (for errors about the key itself).
    func keyedMapping(_ node: Node, name: String, allowed: [String]?) throws -> [(key: String, keyNode: Node, value: Node)] {
        if case .scalar(let s) = node, ["", "~", "null"].contains(s.string) { return [] }  // `rules:` with nothing under it
        guard let mapping = node.mapping else { throw error(node, "\(name) must be a mapping (got \(shown(node)))") }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                throw error(keyNode, "\(name): keys must be plain strings")
            }
            if let allowed, !allowed.contains(key) {
                let scope = name == "the file" ? "" : " in \(name)"
                throw ConfigurationError(
                    path: path, line: keyNode.mark?.line,
                    message: "unknown key '\(key)'\(scope) (known: \(allowed.joined(separator: ", ")))")
            }
            pairs.append((key, keyNode, value))
        }
        return pairs
    }

    func string(_ node: Node, key: String) throws -> String {
        guard let s = node.scalar?.string, !s.isEmpty else {
            throw error(node, "\(key) must be a non-empty string (got \(shown(node)))")
        }
        return s
    }

    func strings(_ node: Node, key: String) throws -> [String] {
        guard let sequence = node.sequence else { throw error(node, "\(key) must be a list (got \(shown(node)))") }
        return try sequence.map { try string($0, key: key) }
    }

    func choice(_ node: Node, key: String, among choices: [String]) throws -> String {
        guard let s = node.scalar?.string, choices.contains(s) else {
            throw error(node, "\(key) must be one of \(choices.joined(separator: ", ")) (got \(shown(node)))")
        }
        return s
    }

    func positiveInt(_ node: Node, key: String) throws -> Int {
        guard node.scalar != nil, let n = node.int, n > 0 else {
            throw error(node, "\(key) must be a positive whole number (got \(shown(node)))")
        }
        return n
    }

    func requireRegex(_ pattern: String, _ node: Node, key: String) throws {
        do {
            _ = try NSRegularExpression(pattern: pattern)
        } catch {
            throw self.error(node, "\(key): '\(pattern)' is not a valid regular expression")
        }
    }
}
