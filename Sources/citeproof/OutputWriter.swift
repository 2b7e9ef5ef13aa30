import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report to a file atomically (a temporary file in the same folder, then a rename),
/// or to standard output. A target that exists and is not a regular file (`/dev/null`, a FIFO,
/// `/dev/stdout`) is written to in place: renaming over it would replace the device.
enum OutputWriter {
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                throw WriteError(description: "\(path): is a directory, not a report file")
            }
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw WriteError(description: "\(path): cannot be opened for writing")
            }
            defer { try? handle.close() }
            handle.write(Data(text.utf8))
            return
        }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw WriteError(description: "\(path): folder \(dir.path) does not exist")
        }
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).citeproof-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temp)
            // rename(2) replaces the target atomically: readers see the old report or the new one.
            // (FileManager.replaceItemAt on Linux fails on every second overwrite of the same file.)
            guard rename(temp.path, url.path) == 0 else {
                throw WriteError(description: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw WriteError(description: "\(path): cannot write report: \(error)")
        }
    }
}
