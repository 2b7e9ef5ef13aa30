import CiteproofCore
import Foundation

/// Turns the command line's PATH arguments into inputs: files, directories (recursive, by
/// extension, sorted) and `-` for standard input.
struct InputCollector {
    struct Input: Sendable {
        var path: String
        var bytes: [UInt8]
    }

    var maxBytes: Int

    /// Inputs that could be read, and one error per input that could not.
    func collect(_ paths: [String]) -> (inputs: [Input], errors: [InputError]) {
        var inputs: [Input] = []
        var errors: [InputError] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                inputs.append(Input(path: "<stdin>", bytes: [UInt8](data)))
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
                for file in files {
                    switch load(file) {
                    case .success(let input): inputs.append(input)
                    case .failure(let error): errors.append(error)
                    }
                }
            } else {
                switch load(path) {
                case .success(let input): inputs.append(input)
                case .failure(let error): errors.append(error)
                }
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

    private func load(_ path: String) -> Result<Input, InputError> {
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
            return .success(Input(path: path, bytes: [UInt8](data)))
        } catch {
            return .failure(.unreadable(path, reason: error.localizedDescription))
        }
    }
}
