#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OKRModel

/// The shell's only door to standard output and error: data to stdout, messages to stderr.
enum Console {
    /// Writes text to standard output as is.
    static func output(_ text: String) {
        writeAll(1, text)
    }

    /// Writes bytes to standard output as they are: large reports skip a String round trip.
    static func output(_ bytes: [UInt8]) {
        writeAll(1, bytes[...])
    }

    /// Writes a message to standard error, each line prefixed with `okr: ` unless `prefixed` is false. Messages quote paths,
    /// arguments and prompt-file text, so control characters are made visible here, on the way out.
    static func error(_ message: String, prefixed: Bool = true) {
        let prefix = prefixed ? "okr: " : ""
        writeAll(2, message.split(separator: "\n", omittingEmptySubsequences: false).map { prefix + TextSafety.neutralise(String($0)) + "\n" }.joined())
    }

    private static func writeAll(_ fd: Int32, _ text: String) {
        writeAll(fd, Array(text.utf8)[...])
    }

    private static func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>) {
        var bytes = bytes
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(n)
        }
    }
}
