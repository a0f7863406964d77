#if canImport(Glibc)
import Glibc
#endif

/// Reads lines from a pipe or file without echoing anything, so that scripted
/// answers give the same results as typed ones.
///
/// Handles CRLF, a last line without a newline, very long lines and invalid
/// UTF-8 (replaced with U+FFFD).
public final class PlainLineReader: LineInput {
    private let fd: Int32
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts; compacted now and then instead of on every line.
    private var start = 0
    private var atEnd = false

    /// Reads from `fd` (stdin by default); the descriptor stays open and owned by the caller.
    public init(fd: Int32 = 0) {
        self.fd = fd
    }

    public var isInteractive: Bool { false }
    public var columns: Int { TerminalSize.columns() }

    public func readLine(_ request: LineRequest) -> LineResult {
        guard let bytes = nextLine() else { return .endOfInput }
        let line = String(decoding: bytes, as: UTF8.self)
        if line.isEmpty, let defaultValue = request.defaultValue { return .line(defaultValue) }
        return .line(line)
    }

    public func close() {
        atEnd = true
        buffer = []
        start = 0
    }

    /// The bytes of the next line without its `\n` or `\r\n`, nil at end of input.
    private func nextLine() -> ArraySlice<UInt8>? {
        // Bytes after `start` already searched; an offset because `fill` may compact the buffer.
        var scanned = 0
        while true {
            if let newline = buffer[(start + scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                return line
            }
            scanned = buffer.count - start
            if atEnd || !fill() {
                atEnd = true
                guard start < buffer.count else { return nil }
                var end = buffer.count
                if buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = buffer[start..<end]
                start = buffer.count
                return line
            }
        }
    }

    /// Reads more input; false at end of input or on a read error.
    private func fill() -> Bool {
        if start > 0 && start * 2 >= buffer.count {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let chunk = 64 * 1024
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress! + oldCount, chunk)
            }
            if count < 0 && errno == EINTR { continue }
            buffer.removeLast(chunk - max(count, 0))
            return count > 0
        }
    }
}
