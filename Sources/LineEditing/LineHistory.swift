import CEditLine
#if canImport(Glibc)
import Glibc
#endif

/// The lines typed in earlier sessions, kept in libedit's history and in a
/// file that grows by one line per answer, so a killed process loses nothing
/// already entered. The file is libedit's own format (`H_LOAD` reads it); lines
/// are appended here rather than with `H_NSAVE_FP`, which writes one entry too
/// many in some libedit versions.
public final class LineHistory {
    /// Entries kept in memory and, after compaction, in the file.
    static let capacity: Int32 = 1000

    let handle: OpaquePointer
    private let path: String?
    private var newest: String?

    /// `$XDG_STATE_HOME/okr/history`, else `$HOME/.local/state/okr/history`;
    /// nil when neither variable gives an absolute folder.
    public static func defaultPath(_ environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/okr/history"
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return (home == "/" ? "" : home) + "/.local/state/okr/history"
        }
        return nil
    }

    /// `defaultPath` for this process's environment.
    public static func defaultPath() -> String? {
        var environment: [String: String] = [:]
        for name in ["XDG_STATE_HOME", "HOME"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return defaultPath(environment)
    }

    /// Loads the file at `path` if there is one; nil `path` keeps history for this run only.
    init?(path: String?) {
        guard let handle = cel_history_init(Self.capacity) else { return nil }
        self.handle = handle
        self.path = path
        guard let path else { return }
        let loaded = cel_history_load(handle, path)
        newest = cel_history_newest(handle).map { String(cString: $0) }
        // The file only grows while appending; rewrite it when it holds far more than is kept.
        if loaded > Self.capacity * 3 / 2 { compact(path) }
    }

    deinit {
        history_end(handle)
    }

    /// Adds a line the person typed, unless it is blank or repeats the previous one.
    func record(_ line: String) {
        guard line.contains(where: { !$0.isWhitespace }), line != newest else { return }
        _ = cel_history_enter(handle, line)
        newest = line
        guard let path, Self.makeParentFolders(of: path) else { return }
        Self.append(line, to: path)
    }

    /// The header libedit writes first and checks on load.
    static let header = "_HiStOrY_V2_\n"

    /// One line in the file: bytes that are not visible ASCII (and the
    /// backslash) as `\ooo` octal escapes, which libedit's `strunvis` decodes.
    static func encode(_ line: String) -> String {
        var encoded = ""
        for byte in line.utf8 {
            if (0x21...0x7E).contains(byte) && byte != UInt8(ascii: "\\") {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let octal = String(byte, radix: 8)
                encoded += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            }
        }
        return encoded + "\n"
    }

    /// Appends with one write(2), so concurrent sessions never interleave inside a line.
    private static func append(_ line: String, to path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { Glibc.close(fd) }
        _ = fchmod(fd, 0o600)
        let isNew = lseek(fd, 0, SEEK_END) == 0
        let text = (isNew ? header : "") + encode(line)
        _ = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
    }

    /// Writes the kept entries to a temporary file and renames it over the old one.
    private func compact(_ path: String) {
        let temporary = path + ".tmp"
        guard cel_history_save(handle, temporary) >= 0 else {
            unlink(temporary)
            return
        }
        rename(temporary, path)
    }

    /// Creates the missing folders above `path`, private to the user.
    static func makeParentFolders(of path: String) -> Bool {
        var folder = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/").dropLast() {
            folder += "/" + component
            if mkdir(folder, 0o700) != 0 && errno != EEXIST { return false }
        }
        return true
    }
}
