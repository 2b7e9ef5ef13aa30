import Foundation
import ZIPFoundation

/// A .docx or .odt package opened in memory, read defensively: only named parts are looked up
/// (nothing is ever extracted to disk), and every part is inflated through a counting consumer
/// that stops a zip bomb at the limit, whatever the headers declare.
struct OfficeArchive {
    /// Limits on what a package may inflate to.
    struct Limits: Sendable {
        var maxPartBytes = 64 * 1024 * 1024
        var maxTotalBytes = 256 * 1024 * 1024
        /// Largest inflated/compressed ratio tolerated once a part passes `ratioFloorBytes`.
        var maxRatio = 200
        var ratioFloorBytes = 16 * 1024 * 1024
    }

    let path: String
    let kind: String
    let limits: Limits
    private let archive: Archive
    private var inflatedTotal = 0

    /// Opens `bytes` as a ZIP package; `kind` (".docx") names the format in error messages.
    init(bytes: [UInt8], path: String, kind: String, limits: Limits = Limits()) throws {
        self.path = path
        self.kind = kind
        self.limits = limits
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
            throw InputError.malformed(path, reason: "not a valid \(kind): not a ZIP archive")
        }
        if let problem = OfficeArchiveBounds.problem(in: bytes) {
            throw InputError.malformed(path, reason: "not a valid \(kind) (ZIP archive is truncated or corrupt: \(problem))")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw InputError.malformed(path, reason: "not a valid \(kind) (ZIP archive is truncated or corrupt)")
        }
        // A central directory that lists nothing readable is as bad as none.
        guard archive.makeIterator().next() != nil else {
            throw InputError.malformed(path, reason: "not a valid \(kind) (ZIP archive is truncated or corrupt)")
        }
    }

    /// Whether the package holds a member with exactly this name.
    func contains(_ name: String) -> Bool { archive[name] != nil }

    /// The inflated bytes of the member `name`, or nil when there is none.
    mutating func part(_ name: String) throws -> Data? {
        guard let entry = archive[name], entry.type == .file else { return nil }
        let declared = Int(clamping: entry.uncompressedSize)
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        if declared > limits.maxPartBytes {
            throw bomb("\(name) would inflate to \(declared) bytes (limit \(limits.maxPartBytes))")
        }
        if declared > limits.ratioFloorBytes, declared / compressed > limits.maxRatio {
            throw bomb("\(name) is compressed \(declared / compressed):1 (limit \(limits.maxRatio):1)")
        }
        var data = Data()
        var count = 0
        let limits = self.limits
        let total = inflatedTotal
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                count += chunk.count
                if count > declared { throw PartOverrun.pastDeclaredSize }
                if count > limits.maxPartBytes || total + count > limits.maxTotalBytes { throw PartOverrun.pastLimit }
                data.append(chunk)
            }
        } catch PartOverrun.pastDeclaredSize {
            throw bomb("\(name) inflates past its declared size of \(declared) bytes")
        } catch PartOverrun.pastLimit {
            throw bomb("\(name) inflates past the limit of \(limits.maxPartBytes) bytes")
        } catch {
            throw InputError.malformed(path, reason: "not a valid \(kind): cannot inflate \(name) (\(error))")
        }
        inflatedTotal += count
        return data
    }

    private enum PartOverrun: Error { case pastDeclaredSize, pastLimit }

    private func bomb(_ detail: String) -> InputError {
        .malformed(path, reason: "refused \(kind) that looks like a zip bomb: \(detail)")
    }
}

extension OfficeArchive {
    /// Resolves a relationship target against the folder of its source part (`word/`),
    /// refusing any target that climbs out of the package.
    static func resolve(target: String, from folder: String) -> String? {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}
