#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and crash-safe replacement of files.
///
/// A write goes to a temporary file in the same folder, is flushed to disk,
/// renamed over the target and the folder is flushed too: after a crash at
/// any moment the target is the old version or the new one, never a mix.
enum AtomicFile {
    /// Prefix of temporary files, so a later session can clear leftovers of a killed one.
    static func temporaryPrefix(for path: String) -> String {
        let (folder, name) = split(path)
        return folder + "/." + name + ".tmp-"
    }

    /// The file's new bytes are what `produce` hands to the function it is given, one piece after
    /// another: a large document's parts, encoded on several threads, are written as they come, not
    /// joined first.
    typealias Producer = @Sendable (_ emit: @escaping @Sendable ([UInt8]) -> Void) -> Void

    static func replace(_ given: String, writing produce: @escaping Producer) throws(DocumentError) {
        _ = try replace(given, writing: produce, judging: nil as (@Sendable () -> Bool)?) { $0 }
    }

    /// `replace(_:writing:)` that puts the new file in place only if `keeps` accepts what `judge` says.
    /// The judge runs on another processor while the file is written and flushed (an import validates
    /// the document meanwhile), and a file not kept is removed, the path left as it was. Without a
    /// judge the file is kept, and no thread is started.
    static func replace<Verdict: Sendable>(
        _ given: String, writing produce: @escaping Producer, judging judge: (@Sendable () -> Verdict)?, keeps: (Verdict) -> Bool
    ) throws(DocumentError) -> Verdict? {
        // A symbolic link stays a link: the file it points to is replaced, beside itself.
        let path = resolvingLink(given)
        let temporary = temporaryPrefix(for: path) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var existingMode: mode_t = 0o644
        var replaced = 0
        var existing = stat()
        if stat(path, &existing) == 0 {
            switch existing.st_mode & S_IFMT {
            case S_IFDIR: throw .isFolder(path: given)
            case S_IFREG:
                existingMode = existing.st_mode & 0o777
                replaced = Int(existing.st_size)
            // A device or a pipe (/dev/stdout, /dev/full, a FIFO) is written to, never renamed over:
            // replacing it would put a plain file where the device was.
            default:
                let verdict = judge?()
                if let verdict, !keeps(verdict) { return verdict }
                try writeInPlace(path, produce, naming: given)
                return verdict
            }
        }
        let mode = existingMode
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .cannotSave(path: given, reason: folderProblem(errno, path)) }
        let large = replaced >= largeFile
        @Sendable func flush() -> DocumentError? {
            if large { dropCache(of: path) }
            do throws(DocumentError) {
                try writeAll(fd, produce, naming: given)
                if fsync(fd) != 0 { throw DocumentError.cannotSave(path: given, reason: systemMessage()) }
                // Keep the mode the file had, whatever the umask says.
                _ = fchmod(fd, mode)
                if close(fd) != 0 { throw DocumentError.cannotSave(path: given, reason: systemMessage()) }
                return nil
            } catch {
                _ = close(fd)
                return error
            }
        }
        let failure: DocumentError?
        var verdict: Verdict?
        if let judge {
            (failure, verdict) = ParallelChunks.both(flush, judge)
        } else {
            failure = flush()
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
        if let verdict, !keeps(verdict) {
            unlink(temporary)
            return verdict
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            if code == EISDIR { throw .isFolder(path: given) }
            throw .cannotSave(path: given, reason: systemMessage(code))
        }
        syncFolder(of: path)
        return verdict
    }

    /// Writes to something that is not a regular file, as it is.
    private static func writeInPlace(_ path: String, _ produce: Producer, naming given: String) throws(DocumentError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotSave(path: given, reason: systemMessage()) }
        defer { _ = close(fd) }
        try writeAll(fd, produce, naming: given)
    }

    /// Every piece `produce` hands on, written to `fd` in turn; after a failure the rest are let go.
    private static func writeAll(_ fd: Int32, _ produce: Producer, naming given: String) throws(DocumentError) {
        let writing = Writing()
        produce { bytes in
            guard writing.failure == nil else { return }
            do throws(DocumentError) { try writeAll(fd, bytes, path: given) } catch { writing.failure = error }
            if bytes.count >= largeFile { startWriteback(fd, from: writing.offset, count: bytes.count) }
            writing.offset += bytes.count
        }
        if let error = writing.failure { throw error }
    }

    /// How far a file's writing has come, and its first failure. Unchecked: a producer hands its
    /// pieces on one at a time.
    private final class Writing: @unchecked Sendable {
        var offset = 0
        var failure: DocumentError?
    }

    /// Files from this size have their pieces sent to the disk as they are written, and the file
    /// they replace let go of the page cache beforehand.
    private static let largeFile = 1 << 20

    /// Starts writing `count` bytes from `offset` to the disk without waiting for it (posix_fadvise's
    /// DONTNEED on Linux starts writeback of the range; the pages just written, not yet on disk, stay
    /// cached). The fsync before the rename then has little left to wait for: 42 MB of import took 16 ms.
    private static func startWriteback(_ fd: Int32, from offset: Int, count: Int) {
        #if os(Linux)
        _ = posix_fadvise(fd, off_t(offset), off_t(count), POSIX_FADV_DONTNEED)
        #endif
    }

    /// Lets go of the cached pages of the file about to be replaced, on the thread that writes the new
    /// one: when the rename dropped the last link to 42 MB of cached pages, freeing them took 9 ms
    /// while nothing else ran.
    private static func dropCache(of path: String) {
        #if os(Linux)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED)
        _ = close(fd)
        #endif
    }

    /// The file a symbolic link leads to, or `path` itself when it is no link or leads nowhere.
    static func resolvingLink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(DocumentError) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                write(fd, raw.baseAddress! + written, raw.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotSave(path: path, reason: systemMessage())
            }
            written += n
        }
    }

    /// Makes the rename itself durable.
    private static func syncFolder(of path: String) {
        let fd = open(split(path).folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        _ = close(fd)
    }

    static func contents(of path: String, limit: Int) throws(DocumentError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .notFound(path: path) }
            if code == EISDIR { throw .isFolder(path: path) }
            throw .unreadable(path: path, reason: systemMessage(code))
        }
        defer { _ = close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: systemMessage()) }
        if info.st_mode & S_IFMT == S_IFDIR { throw .isFolder(path: path) }
        if Int(info.st_size) > limit { throw .tooLarge(path: path, bytes: Int(info.st_size)) }
        // The size stat reports is read straight into the array (one copy, not two); reading goes on
        // in chunks only if the file turns out longer, as it may while someone else writes it.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size) + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { throw .unreadable(path: path, reason: systemMessage(failure)) }
        if bytes.count <= Int(info.st_size) { return bytes }
        if bytes.count > limit { throw .tooLarge(path: path, bytes: bytes.count) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: systemMessage())
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit { throw .tooLarge(path: path, bytes: bytes.count) }
        }
        return bytes
    }

    /// A character device, pipe or socket at `path` (through links): written to in place, never replaced.
    static func isStream(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let kind = info.st_mode & S_IFMT
        return kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Removes temporary files a killed writer left beside `path`.
    static func removeLeftovers(of path: String) {
        let (folder, name) = split(path)
        let prefix = "." + name + ".tmp-"
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if entryName.hasPrefix(prefix) { unlink(folder + "/" + entryName) }
        }
    }

    /// Folder and file name of a path; `.` when it has no folder.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// Why a file cannot be created in the folder, in words a person can act on.
    static func folderProblem(_ code: Int32, _ path: String) -> String {
        let name = split(path).folder
        let folder = name == "." ? "you are in" : TextSafety.neutralise(name)
        switch code {
        case EACCES, EPERM: return "the folder \(folder) is not writable (\(systemMessage(code)))"
        case EROFS: return "the folder \(folder) is on a read-only file system"
        case ENOENT: return "the folder \(folder) does not exist"
        default: return systemMessage(code)
        }
    }
}
