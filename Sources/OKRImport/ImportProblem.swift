import OKRModel

/// Something in a source file that cannot be read as it stands: where it is, and what to do about it.
/// Places are counted as a person finds them: a CSV row as a spreadsheet numbers it (the header is
/// row 1), a Markdown or YAML line from 1.
public struct ImportProblem: Error, Equatable, Sendable {
    /// The row (CSV) or line (Markdown, YAML), from 1; nil when the problem is with the whole file.
    public var line: Int?
    /// The column's header as the file writes it (CSV), or nil.
    public var column: String?
    public var message: String
    /// The member of the document read that the problem is about, when the reader knows it
    /// (`/objectives/0/keyResults/1/due`): a place is named once, not again by a later check.
    public var pointer: JSONPointer?

    public init(line: Int? = nil, column: String? = nil, message: String, pointer: JSONPointer? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.pointer = pointer
    }
}
