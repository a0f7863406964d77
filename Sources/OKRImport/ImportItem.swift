/// What one place of a source gave the document: what `okr import --check` lists, row by row.
public struct ImportItem: Equatable, Sendable {
    /// The row (CSV) or line (Markdown, YAML), from 1.
    public var line: Int
    /// What was read there, for a person: `O1.KR2 "Raise weekly app orders…" (target 400)`.
    public var summary: String

    public init(line: Int, summary: String) {
        self.line = line
        self.summary = summary
    }
}
