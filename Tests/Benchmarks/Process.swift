#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seconds on the monotonic clock.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// One finished child process: wall time from fork to reaped, its peak resident memory, its exit status.
struct ProcessRun {
    var seconds: Double
    var peakKiB: Int
    var status: Int32
}

struct BenchFailure: Error, CustomStringConvertible {
    var description: String
}

/// A C argument or environment vector, allocated before a fork so the child only calls async-signal-safe functions.
final class CStrings {
    let pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) {
        pointers = strings.map { strdup($0) } + [nil]
    }

    deinit { pointers.forEach { free($0) } }

    func withVector<R>(_ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) throws -> R) rethrows -> R {
        try pointers.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }
}

/// Starts and times child processes with fork/exec and wait4.
///
/// fork rather than posix_spawn: Linux charges the memory of the address space a
/// process had before exec to its peak (`ru_maxrss`). posix_spawn's vfork shares the
/// whole parent's, so every child would look as big as this benchmark; a fork copies
/// only the page tables of the parent's private pages, which stay small here because
/// the big document is generated in a separate process.
enum Child {
    /// The environment of this process as `NAME=value` strings, with `changes` laid over it.
    static func environment(_ changes: [String: String] = [:]) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        var entry = environ
        while let pointer = entry.pointee {
            let item = String(cString: pointer)
            let name = String(item.prefix { $0 != "=" })
            if let value = changes[name] {
                result.append("\(name)=\(value)")
            } else {
                result.append(item)
            }
            seen.insert(name)
            entry += 1
        }
        for (name, value) in changes.sorted(by: { $0.key < $1.key }) where !seen.contains(name) {
            result.append("\(name)=\(value)")
        }
        return result
    }

    /// Runs `arguments` (an absolute path first) with stdin, stdout and stderr on /dev/null.
    static func run(_ arguments: [String], environment: [String]? = nil, directory: String? = nil) throws -> ProcessRun {
        let argv = CStrings(arguments)
        let envp = CStrings(environment ?? Child.environment())
        let folder = directory.map { CStrings([$0]) }
        let null = open("/dev/null", O_RDWR | O_CLOEXEC)
        guard null >= 0 else { throw BenchFailure(description: "cannot open /dev/null") }
        defer { close(null) }
        return try argv.withVector { argvPointer in
            try envp.withVector { envpPointer in
                let start = monotonicSeconds()
                let pid = fork()
                if pid == 0 {
                    dup2(null, 0)
                    dup2(null, 1)
                    dup2(null, 2)
                    if let folder, chdir(folder.pointers[0]!) != 0 { _exit(126) }
                    execve(argvPointer[0]!, argvPointer, envpPointer)
                    _exit(127)
                }
                guard pid > 0 else { throw BenchFailure(description: "fork failed") }
                return try reap(pid, start: start, what: arguments[0])
            }
        }
    }

    /// Waits for `pid` and returns its time since `start` and its peak memory.
    static func reap(_ pid: pid_t, start: Double, what: String) throws -> ProcessRun {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchFailure(description: "wait4 failed for \(what)") }
        }
        let end = monotonicSeconds()
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        if code == 127 { throw BenchFailure(description: "could not start \(what)") }
        // Linux reports KiB, macOS bytes.
        #if canImport(Darwin)
        let kib = Int(usage.ru_maxrss) / 1024
        #else
        let kib = Int(usage.ru_maxrss)
        #endif
        return ProcessRun(seconds: end - start, peakKiB: kib, status: code)
    }

    /// Runs a program and returns what it printed on stdout (for finding tools, not for timing).
    static func capture(_ arguments: [String]) -> String? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        let argv = CStrings(arguments)
        let envp = CStrings(Child.environment())
        let pid = argv.withVector { a in
            envp.withVector { e in
                let pid = fork()
                if pid == 0 {
                    dup2(fds[1], 1)
                    close(fds[0])
                    close(fds[1])
                    execve(a[0]!, a, e)
                    _exit(127)
                }
                return pid
            }
        }
        close(fds[1])
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n > 0 { output += buffer[0..<n] } else if n < 0 && errno == EINTR { continue } else { break }
        }
        close(fds[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard status == 0 else { return nil }
        return String(decoding: output, as: UTF8.self)
    }

    /// The first executable called `name` on PATH.
    static func find(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}

/// Runs a program in a fresh pseudo-terminal and times how long it takes to show `prompt`.
enum Terminal {
    struct PromptRun {
        var toPrompt: Double
        var process: ProcessRun
    }

    /// Starts `arguments` in a pty, waits for `prompt` in its output (escape sequences ignored),
    /// then sends `quit` and waits for the program to end.
    static func firstPrompt(
        _ arguments: [String], prompt: String, quit: String, environment: [String], directory: String, timeout: Double = 10
    ) throws -> PromptRun {
        let argv = CStrings(arguments)
        let envp = CStrings(environment)
        let folder = CStrings([directory])
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        let wanted = Array(prompt.utf8)
        let (pid, start) = argv.withVector { a in
            envp.withVector { e in
                let start = monotonicSeconds()
                let pid = forkpty(&master, nil, nil, &size)
                if pid == 0 {
                    if chdir(folder.pointers[0]!) != 0 { _exit(126) }
                    execve(a[0]!, a, e)
                    _exit(127)
                }
                return (pid, start)
            }
        }
        guard pid > 0 else { throw BenchFailure(description: "forkpty failed") }
        defer { close(master) }
        var raw: [UInt8] = []
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var toPrompt: Double?
        let deadline = start + timeout
        while toPrompt == nil {
            let remaining = deadline - monotonicSeconds()
            guard remaining > 0 else {
                kill(pid, SIGKILL)
                _ = try? Child.reap(pid, start: start, what: arguments[0])
                throw BenchFailure(description: "no \"\(prompt)\" from \(arguments[0]) within \(timeout)s; it printed: \(String(decoding: seen.suffix(300), as: UTF8.self))")
            }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(remaining * 1000))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                break
            }
            let now = monotonicSeconds()
            raw += buffer[0..<n]
            // Filter all of it each time: an escape sequence may be split across reads.
            seen = Terminal.withoutEscapes(raw[...])
            if contains(seen, wanted) { toPrompt = now - start }
        }
        guard let toPrompt else {
            _ = try? Child.reap(pid, start: start, what: arguments[0])
            throw BenchFailure(description: "\(arguments[0]) closed the terminal before \"\(prompt)\"; it printed: \(String(decoding: seen.suffix(300), as: UTF8.self))")
        }
        let keys = Array(quit.utf8)
        _ = keys.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        // Drain the output so the child never blocks on a full terminal while it exits.
        while true {
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 2000)
            if ready <= 0 { break }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
        }
        let process = try Child.reap(pid, start: start, what: arguments[0])
        return PromptRun(toPrompt: toPrompt, process: process)
    }

    /// The bytes without CSI and OSC escape sequences and without the prompt markers some editors add.
    static func withoutEscapes(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            if byte == 0x1B, i + 1 < bytes.endIndex {
                if bytes[i + 1] == UInt8(ascii: "[") {
                    i += 2
                    while i < bytes.endIndex, !(0x40...0x7E).contains(bytes[i]) { i += 1 }
                    i += 1
                    continue
                }
                if bytes[i + 1] == UInt8(ascii: "]") {
                    i += 2
                    while i < bytes.endIndex, bytes[i] != 0x07, bytes[i] != 0x1B { i += 1 }
                    i += 1
                    continue
                }
                i += 2
                continue
            }
            if byte >= 0x20 || byte == 0x0A { out.append(byte) }
            i += 1
        }
        return out
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
