import OKRModel

/// A line starting with `/`, read into a command with its arguments.
public enum SlashCommand: Equatable, Sendable {
    case help, show, back, skip, undo, review, save, quit, time
    /// `/edit ID`, or `/edit ID FIELD` for one field such as an owner.
    case edit(String, field: String?)
    case delete(String)
    case accept(rule: String, id: String?)
    case unaccept(rule: String, id: String?)
    /// `/park TEXT` (or `/note`): a point for the parking lot, the document's `notes`.
    case note(String)
    case export(format: String, path: String?)
    /// `/add objective`, `/add kr O1`, `/add kpi`: more, at any point, also after the end.
    case add(AddTarget)

    public enum AddTarget: Equatable, Sendable {
        case objective
        case keyResult(String)
        case kpi
    }

    /// Every command name, in the order /help lists them.
    public static let names = ["help", "show", "back", "skip", "edit", "delete", "undo", "add", "accept", "unaccept", "park", "note", "time", "review", "export", "save", "quit"]

    /// Commands that change what the OKRs say: the workshop's, not the check-in's.
    static let draftingNames: Set<String> = ["edit", "delete", "add", "accept", "unaccept", "time"]

    /// This command's name when it is one of `draftingNames`.
    var draftingName: String? {
        switch self {
        case .edit: return "edit"
        case .delete: return "delete"
        case .add: return "add"
        case .accept: return "accept"
        case .unaccept: return "unaccept"
        case .time: return "time"
        default: return nil
        }
    }

    /// The formats `/export` writes.
    public static let exportFormats = ["json", "markdown", "csv", "yaml"]

    /// Why a line is not a command okr can run.
    public enum Problem: Error, Equatable, Sendable {
        case unknown(String)
        /// The command is known but its arguments are not right; the payload is the command name.
        case usage(String)
    }

    public static func parse(_ line: String) -> Result<SlashCommand, Problem> {
        let body = line.dropFirst()
        let name = body.prefix { !$0.isWhitespace }.lowercased()
        let rest = String(body.dropFirst(name.count)).trimmingWhitespace()
        let words = rest.split(whereSeparator: \.isWhitespace).map(String.init)
        switch name {
        case "help", "?": return .success(.help)
        case "show": return .success(.show)
        case "back": return .success(.back)
        case "skip": return .success(.skip)
        case "undo": return .success(.undo)
        case "review": return .success(.review)
        case "time", "clock": return .success(.time)
        case "save": return .success(.save)
        case "quit", "exit": return .success(.quit)
        case "edit":
            return (1...2).contains(words.count) ? .success(.edit(words[0], field: words.count == 2 ? words[1] : nil)) : .failure(.usage("edit"))
        case "delete":
            return words.count == 1 ? .success(.delete(words[0])) : .failure(.usage("delete"))
        case "accept":
            return (1...2).contains(words.count) ? .success(.accept(rule: words[0], id: words.count == 2 ? words[1] : nil)) : .failure(.usage("accept"))
        case "unaccept":
            return (1...2).contains(words.count) ? .success(.unaccept(rule: words[0], id: words.count == 2 ? words[1] : nil)) : .failure(.usage("unaccept"))
        case "add":
            switch (words.first?.lowercased(), words.count) {
            case ("objective"?, 1), ("o"?, 1): return .success(.add(.objective))
            case ("kpi"?, 1): return .success(.add(.kpi))
            case ("kr"?, 2), ("keyresult"?, 2): return .success(.add(.keyResult(words[1])))
            default: return .failure(.usage("add"))
            }
        case "park", "note":
            return rest.isEmpty ? .failure(.usage("park")) : .success(.note(rest))
        case "export":
            guard let format = words.first?.lowercased(), exportFormats.contains(format) else { return .failure(.usage("export")) }
            // The path is the rest of the line, so it may contain spaces.
            let path = String(rest.dropFirst(words[0].count)).trimmingWhitespace()
            return .success(.export(format: format, path: path.isEmpty ? nil : path))
        default:
            return .failure(.unknown("/" + name))
        }
    }
}
