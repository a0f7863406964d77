/// A source of lines: the libedit editor on a terminal, a plain reader otherwise.
public protocol LineInput: AnyObject {
    /// Reads one line, without its line end; invalid UTF-8 bytes come back replaced.
    func readLine(_ request: LineRequest) -> LineResult
    /// True when a person edits the line (the libedit editor).
    var isInteractive: Bool { get }
    /// The terminal width now, 80 when unknown.
    var columns: Int { get }
    /// Gives the terminal back in the state it was found. Reading afterwards returns `.endOfInput`.
    func close()
}
