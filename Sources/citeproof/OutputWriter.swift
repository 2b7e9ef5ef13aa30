import CiteproofReport
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report to a file atomically (a temporary file in the same folder, then a rename),
/// or to standard output. A target that exists and is not a regular file (`/dev/null`, a FIFO,
/// `/dev/stdout`) is written to in place: renaming over it would replace the device.
/// The report is written as the reporter produces it, never held whole in memory here.
enum OutputWriter {
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ text: String, to path: String?) throws {
        try write(to: path) { $0.write(text) }
    }

    static func write(to path: String?, _ produce: (ReportOutput) throws -> Void) throws {
        guard let path, path != "-" else {
            let output = ReportOutput(fileDescriptor: STDOUT_FILENO, path: "standard output")
            try produce(output)
            try output.flush()
            return
        }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                throw WriteError(description: "\(path): is a directory, not a report file")
            }
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else { throw WriteError(description: "\(path): cannot be opened for writing") }
            defer { close(fd) }
            let output = ReportOutput(fileDescriptor: fd, path: path)
            try produce(output)
            try output.flush()
            return
        }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw WriteError(description: "\(path): folder \(dir.path) does not exist")
        }
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).citeproof-\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard fd >= 0 else {
            throw WriteError(description: "\(path): cannot write report: \(String(cString: strerror(errno)))")
        }
        var open = true
        do {
            let output = ReportOutput(fileDescriptor: fd, path: path)
            try produce(output)
            try output.flush()
            open = false
            guard close(fd) == 0 else { throw WriteError(description: "\(path): cannot write report: \(String(cString: strerror(errno)))") }
            // rename(2) replaces the target atomically: readers see the old report or the new one.
            // (FileManager.replaceItemAt on Linux fails on every second overwrite of the same file.)
            guard rename(temp, url.path) == 0 else {
                throw WriteError(description: "\(path): cannot write report: \(String(cString: strerror(errno)))")
            }
        } catch {
            if open { close(fd) }
            unlink(temp)
            if let error = error as? WriteError { throw error }
            throw WriteError(description: "\(error)")
        }
    }
}
