#if canImport(Glibc)
import Glibc
#endif

/// The write end of the current `ResizeSignal` pipe, for the signal handler,
/// which can reach no other state. Set before the handler is installed.
nonisolated(unsafe) private var resizePipeWriteEnd: Int32 = -1

/// Tells the editor that the terminal changed size. The SIGWINCH handler only
/// writes a byte into a pipe the editor polls next to stdin (the self-pipe
/// trick), so no libedit code runs inside a signal handler.
final class ResizeSignal {
    let readEnd: Int32
    private let writeEnd: Int32
    private var previous = sigaction()

    init?() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
        resizePipeWriteEnd = writeEnd
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            let saved = errno
            var byte: UInt8 = 1
            _ = write(resizePipeWriteEnd, &byte, 1)
            errno = saved
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGWINCH, &action, &previous)
        // A mask inherited from the parent would keep resizes away for good.
        var resize = sigset_t()
        sigemptyset(&resize)
        sigaddset(&resize, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &resize, nil)
    }

    deinit {
        sigaction(SIGWINCH, &previous, nil)
        resizePipeWriteEnd = -1
        Glibc.close(readEnd)
        Glibc.close(writeEnd)
    }

    /// Empties the pipe; true when the size changed since the last call.
    func drain() -> Bool {
        var bytes = [UInt8](repeating: 0, count: 64)
        var resized = false
        while read(readEnd, &bytes, bytes.count) > 0 { resized = true }
        return resized
    }
}
