/// How to set up line input for a program run.
public struct LineInputOptions: Sendable {
    /// The program name libedit looks for in `~/.editrc` sections (`okr:bind ...`).
    public var programName: String
    /// Where history persists; nil keeps no history. See `LineHistory.defaultPath`.
    public var historyPath: String?
    /// Full replacement candidates for the last word before the cursor.
    public var completer: (@Sendable (_ lineBeforeCursor: String) -> [String])?
    /// Whether the editor may style its own additions (the dimmed default value).
    /// False for `NO_COLOR`, `TERM=dumb` or `--no-color`.
    public var useColor: Bool

    public init(
        programName: String = "okr",
        historyPath: String? = nil,
        completer: (@Sendable (_ lineBeforeCursor: String) -> [String])? = nil,
        useColor: Bool = true
    ) {
        self.programName = programName
        self.historyPath = historyPath
        self.completer = completer
        self.useColor = useColor
    }
}
