/// The outcome of asking for one line.
public enum LineResult: Equatable, Sendable {
    /// The line as entered, without its line end.
    case line(String)
    /// The person pressed Ctrl-C: the half-typed line is dropped, the program goes on.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}
