#if canImport(Glibc)
import Glibc
#endif

/// Picks the line input that fits how the program was started.
public enum LineInputFactory {
    /// The libedit editor when both stdin and stdout are terminals, else a plain reader,
    /// so that `okr` can be driven by a pipe or a script.
    public static func make(_ options: LineInputOptions) -> LineInput {
        if isatty(0) == 1 && isatty(1) == 1, let editor = LineEditor(options) {
            return editor
        }
        return PlainLineReader()
    }
}
