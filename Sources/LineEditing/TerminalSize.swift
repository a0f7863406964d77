import CEditLine

/// The width of the terminal, asked anew each time because it can change.
public enum TerminalSize {
    static let fallbackColumns = 80

    /// Columns of stdout's terminal, else stdin's, else 80.
    public static func columns() -> Int {
        for fd: Int32 in [1, 0] {
            let columns = Int(cel_columns(fd))
            if columns > 0 { return columns }
        }
        return fallbackColumns
    }
}
