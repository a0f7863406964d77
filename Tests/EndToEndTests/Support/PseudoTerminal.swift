import Foundation

/// Runs a program in a real pseudo-terminal, as a person at a keyboard would:
/// keys go in through the master side, everything the program draws comes
/// back out, escape sequences and all.
///
/// The child gets a fresh session with the pty as its controlling terminal
/// (forkpty), so Ctrl-C and resizes reach it as they would in a terminal.
/// Everything is allocated before the fork and the child only calls
/// async-signal-safe functions (sigaction, sigprocmask, chdir, execve, _exit),
/// because the test runner is multi-threaded.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Keys as a terminal sends them.
    enum Key {
        static let enter = "\r"
        static let tab = "\t"
        static let up = "\u{1B}[A"
        static let down = "\u{1B}[B"
        static let left = "\u{1B}[D"
        static let right = "\u{1B}[C"
        static let backspace = "\u{7F}"
        static let ctrlC = "\u{03}"
        static let ctrlD = "\u{04}"
        static let ctrlR = "\u{12}"
        static let ctrlU = "\u{15}"
    }

    /// Serialises forks so that no child inherits another test's master side.
    private static let forkLock = NSLock()

    let pid: pid_t
    private let master: Int32
    /// Where HOME and XDG_STATE_HOME point unless the caller sets them.
    let home: TemporaryFolder
    private(set) var output: [UInt8] = []
    /// Output before this index has been matched by an earlier `expect`.
    private var searchStart = 0
    private var exitStatus: Int32?

    init(
        executable: String,
        arguments: [String],
        environment: [String: String] = [:],
        directory: String? = nil,
        columns: Int = 80,
        rows: Int = 24
    ) throws {
        home = try TemporaryFolder()
        var variables = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "HOME": home.url.path,
            "XDG_STATE_HOME": home.path("state"),
        ]
        variables.merge(environment) { _, given in given }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let folder = directory.flatMap { strdup($0) }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
            folder.map { free($0) }
        }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        var masterSide: Int32 = -1
        // The runner's threads may block or ignore signals; the child starts as from a shell.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaultAction = sigaction()
        defaultAction.__sigaction_handler.sa_handler = SIG_DFL
        let resetSignals = [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGWINCH, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD]

        Self.forkLock.lock()
        let child = forkpty(&masterSide, nil, nil, &size)
        if child == 0 {
            for sig in resetSignals {
                sigaction(sig, &defaultAction, nil)
            }
            sigprocmask(SIG_SETMASK, &noSignals, nil)
            if let folder, chdir(folder) != 0 { _exit(126) }
            execve(argv[0]!, argv, envp)
            _exit(127)
        }
        if masterSide >= 0 { _ = fcntl(masterSide, F_SETFD, FD_CLOEXEC) }
        Self.forkLock.unlock()

        guard child > 0 else {
            throw Failure(description: "forkpty failed: \(String(cString: strerror(errno)))")
        }
        pid = child
        master = masterSide
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        if !hungUp { close(master) }
    }

    /// Types `text` as UTF-8 bytes.
    func send(_ text: String) {
        send(bytes: Array(text.utf8))
    }

    func send(bytes: [UInt8]) {
        guard !hungUp else { return }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
            } else if written < 0 && errno != EINTR && errno != EAGAIN {
                return
            }
        }
    }

    /// Waits until the output since the last match contains `text`. The default is generous: on a
    /// loaded two-core machine a child can wait seconds for the processor (seen at 10 s in a full run).
    func expect(_ text: String, timeout: Double = 30) throws {
        let wanted = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = find(wanted) {
                searchStart = range
                return
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                throw Failure(description: "no \(Self.printable(wanted)) within \(timeout)s; recent output: \(recentOutput)")
            }
            if !readAvailable(waitingUpTo: remaining) && find(wanted) == nil {
                throw Failure(description: "the program closed the terminal before printing \(Self.printable(wanted)); recent output: \(recentOutput)")
            }
        }
    }

    /// Reads whatever the program has written, waiting up to `seconds` for the first bytes.
    func collect(waitingUpTo seconds: Double = 0) {
        guard !hungUp else { return }
        readAvailable(waitingUpTo: seconds)
        while hasOutputReady() && readAvailable(waitingUpTo: 0) {}
    }

    /// Whether the output from byte `start` on contains `text` (without moving the match position).
    func printed(_ text: String, since start: Int) -> Bool {
        let wanted = Array(text.utf8)
        guard output.count - start >= wanted.count else { return false }
        var index = start
        while index + wanted.count <= output.count {
            if output[index] == wanted[0] && output[index..<index + wanted.count].elementsEqual(wanted) { return true }
            index += 1
        }
        return false
    }

    /// Types a large paste: writes while reading what the program echoes, so neither side's
    /// buffer can fill up and block the other.
    func paste(bytes: [UInt8], timeout: Double = 120) throws {
        guard !hungUp else { throw Failure(description: "pasting into a terminal that was hung up") }
        let deadline = Date().addingTimeInterval(timeout)
        var offset = 0
        while offset < bytes.count {
            guard deadline.timeIntervalSinceNow > 0 else {
                throw Failure(description: "pasting stalled after \(offset) of \(bytes.count) bytes; recent output: \(recentOutput)")
            }
            var descriptors = pollfd(fd: master, events: Int16(POLLIN | POLLOUT), revents: 0)
            guard poll(&descriptors, 1, 100) >= 0 || errno == EINTR else { continue }
            if descriptors.revents & Int16(POLLIN) != 0 {
                readAvailable(waitingUpTo: 0)
            }
            if descriptors.revents & Int16(POLLOUT) != 0 {
                let chunk = min(1024, bytes.count - offset)
                let written = bytes[offset..<offset + chunk].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
                if written > 0 { offset += written }
            }
            if descriptors.revents & Int16(POLLHUP | POLLERR) != 0 && descriptors.revents & Int16(POLLIN) == 0 {
                throw Failure(description: "the terminal closed while pasting; recent output: \(recentOutput)")
            }
        }
    }

    /// Closes the terminal, as when its window is closed: the program loses its input mid-line.
    func hangUp() {
        guard !hungUp else { return }
        hungUp = true
        close(master)
    }

    private var hungUp = false

    private func hasOutputReady() -> Bool {
        guard !hungUp else { return false }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    /// Sets a new window size; the kernel sends SIGWINCH to the terminal's foreground process group.
    func resize(columns: Int, rows: Int) {
        guard !hungUp else { return }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    func signal(_ sig: Int32) {
        kill(pid, sig)
    }

    /// Reads the rest of the output and returns the exit status (128 + signal when killed).
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        if let exitStatus { return exitStatus }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else {
                throw Failure(description: "still running after \(timeout)s; recent output: \(recentOutput)")
            }
            let open = readAvailable(waitingUpTo: min(remaining, 0.05))
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid {
                // Collect what the child wrote just before it ended.
                while readAvailable(waitingUpTo: 0.05) {}
                let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                exitStatus = code
                return code
            }
            if !open && waited == 0 {
                usleep(10_000)
            }
        }
    }

    /// Reads what is there, waiting up to `seconds` for something; false once the terminal is closed.
    @discardableResult
    private func readAvailable(waitingUpTo seconds: Double) -> Bool {
        // Once hung up, `master` is closed and its number may already be another test's terminal:
        // polling it read that test's output away, and left its own read blocked for good.
        guard !hungUp else { return false }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(0, min(seconds, 1)) * 1000))
        guard ready > 0 else { return ready == 0 || errno == EINTR }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = read(master, &buffer, buffer.count)
        if count > 0 {
            output += buffer[..<count]
            return true
        }
        // EIO: every slave side is closed.
        return count < 0 && errno == EINTR
    }

    private func find(_ wanted: [UInt8]) -> Int? {
        guard !wanted.isEmpty, output.count - searchStart >= wanted.count else { return wanted.isEmpty ? searchStart : nil }
        for start in searchStart...(output.count - wanted.count)
        where output[start] == wanted[0] && output[start..<start + wanted.count].elementsEqual(wanted) {
            return start + wanted.count
        }
        return nil
    }

    /// The last 2000 bytes, with escapes and control characters spelled out.
    var recentOutput: String {
        Self.printable(Array(output.suffix(2000)))
    }

    static func printable(_ bytes: [UInt8]) -> String {
        var text = "\""
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\u{1B}": text += "\\e"
            case "\r": text += "\\r"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    text += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        return text + "\""
    }
}
