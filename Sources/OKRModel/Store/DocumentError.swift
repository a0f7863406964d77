/// Everything that can go wrong reading, locking or writing a document, with
/// a message that names the file and the place and says what to do.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case isFolder(path: String)
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, bytes: Int)
    /// Not JSON, not UTF-8 or empty.
    case syntax(path: String, position: TextPosition, message: String)
    /// JSON, but not an okr document (includes a newer `schemaVersion`).
    case shape(path: String, pointer: JSONPointer, position: TextPosition?, message: String)
    /// The first problems found, and how many more there are.
    case invalid(path: String, issues: [Located], more: Int)
    case locked(path: String, pid: Int32)
    case cannotLock(path: String, reason: String)
    case cannotSave(path: String, reason: String)
    case exists(path: String)

    /// How many validation problems a message lists before it summarises the rest.
    public static let shownIssues = 10

    /// A validation issue with its line and column, where they could be found.
    public struct Located: Equatable, Sendable {
        public var issue: ValidationIssue
        public var position: TextPosition?
    }

    public var path: String {
        switch self {
        case .notFound(let path), .isFolder(let path), .unreadable(let path, _), .tooLarge(let path, _),
             .syntax(let path, _, _), .shape(let path, _, _, _), .invalid(let path, _, _), .locked(let path, _),
             .cannotLock(let path, _), .cannotSave(let path, _), .exists(let path):
            return path
        }
    }

    /// One line per problem, `FILE:LINE:COL: message`, like a compiler, so editors can jump there.
    public var description: String {
        let file = TextSafety.neutralise(path)
        switch self {
        case .notFound:
            return "\(file): no such file; check the name, or start a workshop with `okr workshop \(file)` to create it"
        case .isFolder:
            return "\(file): this is a folder, not a document; name a .json file inside it"
        case .unreadable(_, let reason):
            return "\(file): cannot read it: \(reason)"
        case .tooLarge(_, let bytes):
            return "\(file): \(bytes / 1_048_576) MiB is more than okr reads (\(DocumentStore.maximumSize / 1_048_576) MiB); is this really an okr document?"
        case .syntax(_, let position, let message):
            return "\(file):\(position): not valid JSON: \(message)"
        case .shape(_, let pointer, let position, let message):
            return "\(file)\(position.map { ":\($0)" } ?? ""): \(message) (at \(pointer.description.isEmpty ? "the top level" : pointer.description))"
        case .invalid(_, let issues, let more):
            let lines = issues.map { located in
                "\(file)\(located.position.map { ":\($0)" } ?? ""): \(located.issue.message) (at \(located.issue.pointer))"
            }
            return (lines + (more > 0 ? ["\(file): … and \(more) more problems of the same kind"] : [])).joined(separator: "\n")
        case .locked(_, let pid):
            return "\(file) is open in another okr session (pid \(pid)); finish that session first, or export a copy with `okr export \(file) --output OTHER.json`"
        case .cannotLock(_, let reason):
            return "\(file): cannot create the lock file \(file).lock: \(reason)"
        case .cannotSave(_, let reason):
            return "\(file): cannot save: \(reason)"
        case .exists:
            return "\(file) already exists; add --force to replace it, or choose another path"
        }
    }
}
