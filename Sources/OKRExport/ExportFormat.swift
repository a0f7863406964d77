/// The forms `okr export` and the workshop's `/export` can write a document in.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// File format v1, optionally with the coach's derived `findings`: for other tools and for reading back.
    case json
    /// A page a team pastes into a wiki as is.
    case markdown
    /// DESIGN.md's columns, one row per key result: for spreadsheets and other OKR tools.
    case csv
    /// File format v1's members as YAML, only those set: for teams that keep their OKRs as code.
    case yaml

    /// The usual ending of a file in this format: "json", "md", "csv", "yaml".
    public var fileExtension: String {
        switch self {
        case .json: return "json"
        case .markdown: return "md"
        case .csv: return "csv"
        case .yaml: return "yaml"
        }
    }
}
