#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a reporter writes: an open file descriptor (written in 1 MiB pieces as the report is
/// produced, so a large report never sits in memory whole) or memory (`render`, tests).
public final class ReportOutput {
    private enum Destination {
        case memory
        case file(Int32, path: String)
    }

    private let destination: Destination
    private var buffer: [UInt8] = []
    private var failure: String?
    private static let flushSize = 1 << 20

    private init(_ destination: Destination) {
        self.destination = destination
        if case .file = destination { buffer.reserveCapacity(Self.flushSize + 4096) }
    }

    /// Collects the report in memory; `text` gives it.
    public static func memory() -> ReportOutput { ReportOutput(.memory) }

    /// Writes to `fileDescriptor` (not closed here); `path` names it in errors.
    public init(fileDescriptor: Int32, path: String) {
        destination = .file(fileDescriptor, path: path)
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    /// What a memory output holds.
    public var text: String { String(decoding: buffer, as: UTF8.self) }

    /// The bytes a memory output holds.
    var bytes: [UInt8] { buffer }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        flushIfFull()
    }

    @inline(__always)
    func append(_ byte: UInt8) { buffer.append(byte) }

    @inline(__always)
    func append<C: Collection>(contentsOf bytes: C) where C.Element == UInt8 { buffer.append(contentsOf: bytes) }

    func flushIfFull() {
        if buffer.count >= Self.flushSize, case .file = destination { drain() }
    }

    /// Writes out what is buffered; throws the first write error of the whole output.
    public func flush() throws {
        if case .file = destination { drain() }
        if let failure { throw ReportOutputError(description: failure) }
    }

    private func drain() {
        guard case .file(let fd, let path) = destination else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = "\(path): cannot write report: \(String(cString: strerror(errno)))"
                    return
                }
                offset += n
            }
        }
    }
}

public struct ReportOutputError: Error, CustomStringConvertible {
    public var description: String
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif
