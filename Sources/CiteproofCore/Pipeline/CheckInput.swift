import Foundation

/// A draft to check: bytes already in memory (standard input, an upload, an editor's buffer) or a
/// file, read only when `load` is called, on whichever core checks it, so that a run over many
/// drafts holds only those in progress.
public struct CheckInput: Sendable {
    /// The path reports name (`<stdin>` for standard input).
    public var path: String
    var preloaded: [UInt8]?
    var loader: (@Sendable () -> Result<[UInt8], InputError>)?
    var maxBytes: Int

    /// A draft held in memory; `path` names it in reports and chooses its format by extension.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.preloaded = bytes
        self.maxBytes = Int.max
    }

    /// A file, read when it is checked.
    public init(file path: String, maxBytes: Int = Citeproof.defaultMaxInputBytes) {
        self.path = path
        self.preloaded = nil
        self.maxBytes = maxBytes
    }

    /// A draft fetched by `load` when it is checked (from a database, an object store…); `path`
    /// names it in reports and chooses its format by extension.
    public init(path: String, load: @escaping @Sendable () -> Result<[UInt8], InputError>) {
        self.path = path
        self.preloaded = nil
        self.loader = load
        self.maxBytes = Int.max
    }

    public func load() -> Result<[UInt8], InputError> {
        if let preloaded { return .success(preloaded) }
        if let loader { return loader() }
        return InputCollector(maxBytes: maxBytes).load(path)
    }
}

/// Turns PATH arguments into inputs: files, directories (recursive, by extension, sorted) and `-`
/// for standard input.
public struct InputCollector {
    public var maxBytes: Int

    public init(maxBytes: Int = Citeproof.defaultMaxInputBytes) {
        self.maxBytes = maxBytes
    }

    /// The inputs the paths name, and one error per path that names none.
    public func collect(_ paths: [String]) -> (inputs: [CheckInput], errors: [InputError]) {
        var inputs: [CheckInput] = []
        var errors: [InputError] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                inputs.append(CheckInput(path: "<stdin>", bytes: [UInt8](data)))
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append(.notFound(path))
                continue
            }
            if isDir.boolValue {
                let files = draftFiles(under: path)
                if files.isEmpty { errors.append(.noDrafts(path)) }
                inputs += files.map { CheckInput(file: $0, maxBytes: maxBytes) }
            } else {
                inputs.append(CheckInput(file: path, maxBytes: maxBytes))
            }
        }
        return (inputs, errors)
    }

    private func draftFiles(under directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            guard FormatDetector.format(forPath: relative) != nil else { continue }
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }

    func load(_ path: String) -> Result<[UInt8], InputError> {
        let fm = FileManager.default
        guard let attributes = try? fm.attributesOfItem(atPath: path) else {
            return .failure(.unreadable(path, reason: "permission denied or not accessible"))
        }
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular, type != .typeSymbolicLink {
            return .failure(.notAFile(path))
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > maxBytes { return .failure(.tooLarge(path, bytes: size, limit: maxBytes)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.unreadable(path, reason: "permission denied"))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            if data.count > maxBytes { return .failure(.tooLarge(path, bytes: data.count, limit: maxBytes)) }
            return .success([UInt8](data))
        } catch {
            return .failure(.unreadable(path, reason: error.localizedDescription))
        }
    }
}
