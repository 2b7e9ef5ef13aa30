import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The servers (`citeproof serve`, `citeproof lsp`, `citeproof mcp`) are executables of their own,
/// built beside `citeproof`, so that the CLI's start-up and build never pay for a server's
/// dependencies. Their subcommands here only replace this process with the sibling executable,
/// passing the arguments through unchanged (standard input and output stay the same descriptors,
/// which stdio servers need).
enum SiblingExecutable {
    /// The folder that holds the running `citeproof` executable (symlinks resolved).
    static var folder: URL? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path).deletingLastPathComponent()
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// Replaces this process with `name` from the same folder; returns only by throwing.
    static func exec(_ name: String, arguments: [String]) throws -> Never {
        guard let folder else { throw ValidationError("cannot locate the citeproof executable's folder") }
        let path = folder.appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw ValidationError(
                "\(name) is not installed next to citeproof (looked for \(path)); build it with `swift build --product \(name)`")
        }
        fflush(nil)  // every open output stream
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) }
        argv.append(nil)
        execv(path, &argv)
        let reason = String(cString: strerror(errno))
        throw ValidationError("cannot start \(path): \(reason)")
    }
}
