import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock(2)` on a lock file, held until `unlock` (or the process ends: the kernel drops
/// it then, so a crashed process never leaves the lock held). The lock file is left in place: removing
/// it would let two processes lock two different files of the same name.
final class FileLock {
    private var descriptor: Int32

    /// Waits until the lock on `path` (created when missing) is this process's.
    init(path: String) throws {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw LockError("\(path): cannot open the lock file (\(String(cString: strerror(errno))))") }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw LockError("\(path): cannot lock (\(reason))")
            }
        }
    }

    func unlock() {
        guard descriptor >= 0 else { return }
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { unlock() }

    struct LockError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
