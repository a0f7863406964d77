#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Holds a document for one session. The lock file `FILE.lock` carries the
/// holder's pid for messages; the exclusion itself is an `flock`, which the
/// kernel drops when the holder dies, so a killed session never blocks the next.
public final class DocumentLock {
    public let path: String
    /// Set when this lock took over one left by a session that is gone.
    public let notice: String?
    private var fd: Int32

    /// Beside the file itself: a document reached through a symbolic link is locked where it lives,
    /// so two sessions cannot hold it through two different names.
    let lockPath: String

    init(path: String) throws(DocumentError) {
        self.path = path
        let target = AtomicFile.resolvingLink(path)
        let lockPath = target + ".lock"
        self.lockPath = lockPath
        while true {
            let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw .cannotLock(path: path, reason: AtomicFile.folderProblem(errno, lockPath))
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                let holder = DocumentLock.holder(fd)
                _ = close(fd)
                if code == EWOULDBLOCK { throw .locked(path: path, pid: holder ?? 0) }
                throw .cannotLock(path: path, reason: systemMessage(code))
            }
            // The previous holder may have removed the file between our open and
            // our flock; then we hold a lock on a name nobody sees. Start over.
            var opened = stat()
            var named = stat()
            guard fstat(fd, &opened) == 0, stat(lockPath, &named) == 0,
                  opened.st_ino == named.st_ino, opened.st_dev == named.st_dev
            else {
                _ = close(fd)
                continue
            }
            if let previous = DocumentLock.holder(fd), previous != getpid() {
                notice = "took over the lock of an okr session (pid \(previous)) that is no longer running"
            } else {
                notice = nil
            }
            let text = Array("\(getpid())\n".utf8)
            _ = ftruncate(fd, 0)
            _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress!, $0.count, 0) }
            self.fd = fd
            AtomicFile.removeLeftovers(of: target)
            return
        }
    }

    /// Removes the lock file and lets go. Safe to call more than once.
    public func release() {
        guard fd >= 0 else { return }
        unlink(lockPath)
        _ = close(fd)
        fd = -1
    }

    deinit { release() }

    /// The pid written in an open lock file, if any.
    private static func holder(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, 0) }
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[0..<n], as: UTF8.self).filter(\.isNumber)
        return Int32(text)
    }
}
