#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Colour and emphasis for terminal output, switched off where it does not
/// belong: not a terminal, `NO_COLOR` set, `TERM=dumb`, or `--no-color`.
struct TextStyle: Sendable {
    let enabled: Bool

    /// Decides for one output stream (1 for stdout, 2 for stderr).
    static func forStream(_ fd: Int32, noColor: Bool = false) -> TextStyle {
        let environment = ProcessEnvironment.self
        let wanted = !noColor
            && isatty(fd) == 1
            && environment.value("NO_COLOR").map(\.isEmpty) ?? true
            && environment.value("TERM") != "dumb"
        return TextStyle(enabled: wanted)
    }

    static let plain = TextStyle(enabled: false)

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Environment variables, read without Foundation.
enum ProcessEnvironment {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
