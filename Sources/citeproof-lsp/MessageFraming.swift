import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the reader found in the input stream: a message body, a frame it could not read (its
/// headers were wrong; the stream goes on after them), or the end of the input.
enum Frame: Equatable {
    case message([UInt8])
    case malformed(String)
    case end
}

/// Reads Language Server Protocol frames (`Content-Length: N\r\n…\r\n\r\n` then N bytes) from a file
/// descriptor through its own buffer. Headers and bodies are both taken from that one buffer, so a
/// header line and the body after it can never be split between two readers.
final class FrameReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// The largest body accepted; a bigger one is skipped and reported as malformed.
    let maxBodyBytes: Int

    init(descriptor: Int32 = 0, maxBodyBytes: Int = 256 * 1024 * 1024) {
        self.descriptor = descriptor
        self.maxBodyBytes = maxBodyBytes
    }

    /// The next frame; blocks until one is complete or the input ends.
    func next() -> Frame {
        guard let header = readHeaderBlock() else { return .end }
        var length: Int?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else {
                return .malformed("a header line without a colon: \(line.prefix(80))")
            }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-length" {
                guard let n = Int(value), n >= 0 else { return .malformed("Content-Length is not a length: \(value.prefix(40))") }
                length = n
            }
        }
        guard let length else { return .malformed("a frame without a Content-Length header") }
        if length > maxBodyBytes {
            skip(length)
            return .malformed("a frame of \(length) bytes, more than the \(maxBodyBytes) accepted")
        }
        guard let body = take(length) else { return .end }
        return .message(body)
    }

    /// The bytes up to the blank line that ends a header block (without it), as text; nil at the end.
    private func readHeaderBlock() -> String? {
        var searchFrom = start
        while true {
            if let end = find([13, 10, 13, 10], from: searchFrom) {
                let text = String(decoding: buffer[start..<end], as: UTF8.self)
                start = end + 4
                return text
            }
            searchFrom = max(start, buffer.count - 3)
            // A header block of a megabyte is no header block: drop it so the stream can recover.
            if buffer.count - start > 1 << 20 { start = buffer.count; compact() }
            if !fill() {
                return nil
            }
        }
    }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= buffer.count {
            if buffer[i] == needle[0], buffer[i + 1] == needle[1], buffer[i + 2] == needle[2], buffer[i + 3] == needle[3] {
                return i
            }
            i += 1
        }
        return nil
    }

    private func take(_ count: Int) -> [UInt8]? {
        while buffer.count - start < count {
            if !fill() { return nil }
        }
        let body = Array(buffer[start..<start + count])
        start += count
        compact()
        return body
    }

    private func skip(_ count: Int) {
        var left = count
        while left > 0 {
            let available = buffer.count - start
            if available == 0, !fill() { return }
            let n = min(left, buffer.count - start)
            start += n
            left -= n
            compact()
        }
    }

    /// Drops consumed bytes once they are most of the buffer.
    private func compact() {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    /// Reads what the descriptor has (at least one byte); false at the end of the input.
    private func fill() -> Bool {
        if atEnd { return false }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
                return true
            }
            if n < 0, errno == EINTR { continue }
            atEnd = true
            return false
        }
    }
}

/// Writes frames to a file descriptor, one whole frame at a time whatever the thread.
final class FrameWriter: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()

    init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
    }

    func write(_ body: [UInt8]) {
        let frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        lock.lock()
        defer { lock.unlock() }
        var offset = 0
        while offset < frame.count {
            let n = frame.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, frame.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return  // the client went away; the reader sees the end of the input next
            }
            offset += n
        }
    }
}
