/// What a CSV column can hold. Each `name` is a column of `okr export --format csv`'s header, so its
/// own files map by name; the synonyms are what teams' spreadsheets call the same thing.
public enum CSVField: Int, CaseIterable, Sendable {
    // DESIGN.md's eighteen columns, in their order.
    case team, period, objectiveID, objective, type, objectiveOwner, keyResultID, keyResult
    case metric, baseline, target, unit, direction, due, owner, confidence, indicator, focus
    // okr's later columns, in the export's order.
    case doneWhen, sharedWith, kpis, participants, current, accepted, objectiveAccepted, alignsTo
    case who, change, evidence, notes, documentKPIs
    // The retrospective's, last.
    case grade, gradeNote

    /// The column's name in `okr export --format csv`. An `Int` raw value, not this name, so that
    /// looking a field up per cell is an array index, not a string hash.
    public var name: String { Self.names[rawValue] }

    private static let names = [
        "team", "period", "objective_id", "objective", "type", "objective_owner", "kr_id", "key_result",
        "metric", "baseline", "target", "unit", "direction", "due", "kr_owner", "confidence", "indicator", "focus",
        "done_when", "shared_with", "kpis", "participants", "current", "kr_accepted", "objective_accepted", "aligns_to",
        "purpose_who", "purpose_change", "purpose_evidence", "notes", "document_kpis", "grade", "grade_note",
    ]

    /// Names a spreadsheet may give the column (compared as `CSVField.normalised` spells them).
    /// `owner` alone is the key result's: a sheet with one owner column has a row per key result.
    var synonyms: [String] {
        switch self {
        case .team: return ["team", "squad", "department", "group"]
        case .period: return ["period", "quarter", "cycle", "timeframe", "time frame", "time period", "okr period"]
        case .objectiveID: return ["objective id", "obj id", "goal id", "o id", "objective ref", "objective key", "objective number"]
        case .objective: return ["objective", "objectives", "goal", "goals", "obj", "o"]
        case .type: return ["type", "objective type", "goal type", "commitment", "kind"]
        case .objectiveOwner: return ["objective owner", "goal owner", "obj owner", "objective lead"]
        case .keyResultID: return ["kr id", "key result id", "kr ref", "key result ref", "kr number", "key result number"]
        case .keyResult: return ["key result", "key results", "kr", "krs", "result", "kr description", "key result description"]
        case .metric: return ["metric", "measure", "kpi metric", "what we measure"]
        case .baseline: return ["baseline", "start", "start value", "starting value", "starting point", "from", "initial", "initial value", "base", "baseline value"]
        case .target: return ["target", "target value", "goal value", "to", "end value", "target number", "desired value", "aim"]
        case .unit: return ["unit", "units", "uom", "unit of measure"]
        case .direction: return ["direction", "trend"]
        case .due: return ["due", "due date", "deadline", "by", "target date", "end date", "by when", "date"]
        case .owner: return ["kr owner", "owner", "key result owner", "responsible", "assignee", "assigned to", "dri", "accountable", "lead"]
        case .confidence: return ["confidence", "confidence level", "confidence score"]
        case .indicator: return ["indicator", "leading lagging", "indicator type"]
        case .focus: return ["focus"]
        case .doneWhen: return ["done when", "definition of done", "done criteria", "acceptance criteria"]
        case .sharedWith: return ["shared with", "shared", "shared teams"]
        case .kpis: return ["kpis", "kpi", "linked kpis", "kpi ids"]
        case .participants: return ["participants", "attendees"]
        case .current: return ["current", "current value", "actual", "actual value", "latest", "latest value", "kr current"]
        case .accepted: return ["kr accepted", "accepted", "key result accepted"]
        case .objectiveAccepted: return ["objective accepted"]
        case .alignsTo: return ["aligns to", "aligned to", "alignment", "parent objective"]
        case .who: return ["purpose who", "who"]
        case .change: return ["purpose change", "change"]
        case .evidence: return ["purpose evidence", "evidence"]
        case .notes: return ["notes", "parking lot"]
        case .documentKPIs: return ["document kpis"]
        case .grade: return ["grade", "final grade", "score", "final score", "kr score", "kr grade"]
        case .gradeNote: return ["grade note", "grade reason", "grade comment", "score note", "score comment", "why this grade"]
        }
    }

    /// A header as the synonyms spell it: lower case, words split at spaces, underscores, hyphens,
    /// dots and other punctuation, `#` read as "number", and words such as "text" or "title" that say
    /// nothing about what the column holds dropped (`Key Result Text`, `KEY_RESULT`, `key-result` all
    /// give `key result`).
    public static func normalised(_ header: String) -> String {
        var words: [String] = []
        var word = ""
        for character in header.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                if !word.isEmpty { words.append(word) }
                word = ""
                if character == "#" { words.append("number") }
            }
        }
        if !word.isEmpty { words.append(word) }
        let fillers: Set<String> = ["text", "title", "statement", "name", "the", "of"]
        let kept = words.filter { !fillers.contains($0) }
        return (kept.isEmpty ? words : kept).joined(separator: " ")
    }

    /// The field a header names, or nil when it names none.
    public static func named(_ header: String) -> CSVField? {
        byName[normalised(header)]
    }

    private static let byName: [String: CSVField] = {
        var map: [String: CSVField] = [:]
        for field in allCases {
            map[normalised(field.name)] = field
            for name in field.synonyms where map[normalised(name)] == nil { map[normalised(name)] = field }
        }
        return map
    }()

    /// Whether the column is a key result's; the others are the document's or an objective's, and
    /// repeat on the rows they cover, so a row with none of these has no key result.
    var belongsToKeyResult: Bool {
        switch self {
        case .keyResultID, .keyResult, .metric, .baseline, .target, .unit, .direction, .due, .owner,
             .confidence, .indicator, .focus, .doneWhen, .current, .accepted:
            return true
        default:
            return false
        }
    }
}
