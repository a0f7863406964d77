import OKRCoach
import OKRModel

/// The next question, written into each autosave so a reopened workshop goes
/// on exactly there, even after answers that left nothing in the document
/// (an empty "shared with", a skipped baseline).
///
/// It travels as a member format v1 does not define, `"workshop": {"next": "sharedWith O1"}`;
/// v1 readers keep unknown members, and other tools can ignore it. A check-in under way keeps
/// its own place beside it, `"checkIn": {"date": "2027-02-15", "next": "checkInNote O1.KR2"}`,
/// so a check-in never moves the workshop's place, nor the workshop the check-in's. A retrospective
/// keeps its own the same way, `"retro": {"date": …, "next": "retro ownGrade O1.KR2"}`.
extension Step {
    static let documentKey = "workshop"

    var encoded: String {
        switch self {
        case .team: return "team"
        case .period: return "period"
        case .participants: return "participants"
        case .kpi: return "kpi"
        case .kpiValue(let id): return "kpiValue \(id)"
        case .objectiveType(let id): return "objectiveType \(id)"
        case .owner(let id): return "owner \(id)"
        case .alignsTo(let id): return "alignsTo \(id)"
        case .doneWhen(let id): return "doneWhen \(id)"
        case .confidence(let id): return "confidence \(id)"
        case .purpose(let which): return "purpose \(which.rawValue)"
        case .objective: return "objective"
        case .reviseObjective(let id): return "reviseObjective \(id)"
        case .sharedWith(let id): return "sharedWith \(id)"
        case .linkKPIs(let id): return "linkKPIs \(id)"
        case .keyResult(let id): return "keyResult \(id)"
        case .reviseKeyResult(let id): return "reviseKeyResult \(id)"
        case .detail(let id, let field): return "detail \(id) \(field.rawValue)"
        case .reviewSet(let id): return "reviewSet \(id)"
        case .another: return "another"
        case .finished: return "finished"
        case .edit: return "objective"
        case .checkInValue(let id): return "checkInValue \(id)"
        case .checkInConfidence(let id): return "checkInConfidence \(id)"
        case .checkInNote(let id): return "checkInNote \(id)"
        case .kpiBetter(let id): return "kpiBetter \(id)"
        case .kpiReading(let id): return "kpiReading \(id)"
        case .observation: return "observation"
        case .checkInDone: return "checkInDone"
        case .retro(.ownGrade(let id)): return "retro ownGrade \(id)"
        case .retro(.finalGrade(let id)): return "retro finalGrade \(id)"
        case .retro(.gradeNote(let id)): return "retro gradeNote \(id)"
        case .retro(.learned(let id)): return "retro learned \(id)"
        case .retro(.differently(let id)): return "retro differently \(id)"
        case .retro(.done): return "retro done"
        case .carry(.decide(let id)): return "carry decide \(id)"
        case .carry(.dropReason(let id)): return "carry dropReason \(id)"
        }
    }

    /// The step written as `encoded`, if it still makes sense for `document` (its items exist).
    init?(encoded: String, in document: Document) {
        let parts = encoded.split(separator: " ").map(String.init)
        guard let name = parts.first else { return nil }
        let id = parts.count > 1 ? parts[1] : ""
        let objective = document.objectiveIndex(id: id) != nil
        let keyResult = document.keyResultIndex(id: id) != nil
        switch (name, parts.count) {
        case ("team", 1): self = .team
        case ("period", 1): self = .period
        case ("participants", 1): self = .participants
        case ("kpi", 1): self = .kpi
        case ("kpiValue", 2) where document.kpis.contains(where: { $0.id == id }): self = .kpiValue(id)
        case ("objectiveType", 2) where objective: self = .objectiveType(id)
        case ("owner", 2) where objective || keyResult: self = .owner(id)
        case ("alignsTo", 2) where objective: self = .alignsTo(id)
        case ("doneWhen", 2) where keyResult: self = .doneWhen(id)
        case ("confidence", 2) where keyResult: self = .confidence(id)
        case ("purpose", 2): guard let which = PurposeQuestion(rawValue: id) else { return nil }; self = .purpose(which)
        case ("objective", 1): self = .objective
        case ("reviseObjective", 2) where objective: self = .reviseObjective(id)
        case ("sharedWith", 2) where objective: self = .sharedWith(id)
        case ("linkKPIs", 2) where objective: self = .linkKPIs(id)
        case ("keyResult", 2) where objective: self = .keyResult(id)
        case ("reviseKeyResult", 2) where keyResult: self = .reviseKeyResult(id)
        case ("detail", 3) where keyResult:
            guard let field = KeyResultField(rawValue: parts[2]) else { return nil }
            self = .detail(id, field)
        case ("reviewSet", 2) where objective: self = .reviewSet(id)
        case ("another", 1): self = .another
        case ("finished", 1): self = .finished
        case ("checkInValue", 2) where keyResult: self = .checkInValue(id)
        case ("checkInConfidence", 2) where keyResult: self = .checkInConfidence(id)
        case ("checkInNote", 2) where keyResult: self = .checkInNote(id)
        case ("kpiBetter", 2) where document.kpis.contains(where: { $0.id == id }): self = .kpiBetter(id)
        case ("kpiReading", 2) where document.kpis.contains(where: { $0.id == id }): self = .kpiReading(id)
        case ("observation", 1): self = .observation
        case ("checkInDone", 1): self = .checkInDone
        case ("retro", 2) where id == "done": self = .retro(.done)
        case ("retro", 3):
            let item = parts[2]
            let isKeyResult = document.keyResultIndex(id: item) != nil
            let isObjective = document.objectiveIndex(id: item) != nil
            switch id {
            case "ownGrade" where isKeyResult: self = .retro(.ownGrade(item))
            case "finalGrade" where isKeyResult: self = .retro(.finalGrade(item))
            case "gradeNote" where isKeyResult: self = .retro(.gradeNote(item))
            case "learned" where isObjective: self = .retro(.learned(item))
            case "differently" where isObjective: self = .retro(.differently(item))
            default: return nil
            }
        // A carry-over's ids are the old document's: checked when the carry-over resumes.
        case ("carry", 3) where id == "decide": self = .carry(.decide(parts[2]))
        case ("carry", 3) where id == "dropReason": self = .carry(.dropReason(parts[2]))
        default: return nil
        }
    }

    /// The step a document's `workshop` member names, if any and still valid.
    static func saved(in document: Document) -> Step? {
        guard case .string(let text)? = document.bookmark.first(where: { $0.key == "next" })?.value else { return nil }
        return Step(encoded: text, in: document)
    }

    /// The next question of a check-in or retrospective under way on the date `mode` names, if any and
    /// still valid; one stopped on another date is not picked up (it starts again, on this date).
    static func savedPlace(of mode: SessionMode, in document: Document) -> Step? {
        guard let (key, date) = mode.placeKey,
              case .object(let fields)? = document.bookmark.first(where: { $0.key == key })?.value,
              case .string(date)? = fields.first(where: { $0.key == "date" })?.value,
              case .string(let text)? = fields.first(where: { $0.key == "next" })?.value
        else { return nil }
        return Step(encoded: text, in: document)
    }

    /// The last question of a check-in or retrospective: once it is reached, there is no place to keep.
    var isClosing: Bool {
        self == .checkInDone || self == .retro(.done)
    }
}

extension SessionMode {
    /// Where a dated session keeps its place in the `workshop` member, and its date.
    var placeKey: (key: String, date: String)? {
        switch self {
        case .checkIn(let date): return ("checkIn", date)
        case .retro(let date): return ("retro", date)
        case .workshop, .carryOver: return nil
        }
    }
}

extension Document {
    /// The fields of the `workshop` member as they are.
    var bookmark: [JSONMember] {
        guard case .object(let fields)? = extra.first(where: { $0.key == Step.documentKey })?.value else { return [] }
        return fields
    }

    /// This document with the workshop's next question recorded in it; the other fields of `bookmark` are kept.
    func noting(_ step: Step, in bookmark: [JSONMember] = []) -> Document {
        withBookmark(bookmark, setting: "next", to: .string(step.encoded))
    }

    /// This document with a check-in's or retrospective's date and next question recorded in it; nil once it is complete.
    func noting(_ mode: SessionMode, at step: Step?, in bookmark: [JSONMember]) -> Document {
        guard let (key, date) = mode.placeKey else { return self }
        return withBookmark(bookmark, setting: key, to: step.map { .object([JSONMember("date", .string(date)), JSONMember("next", .string($0.encoded))]) })
    }

    private func withBookmark(_ bookmark: [JSONMember], setting key: String, to value: JSONValue?) -> Document {
        var fields = bookmark.filter { $0.key != key }
        if let value { fields.insert(JSONMember(key, value), at: key == "next" ? 0 : fields.count) }
        var copy = self
        copy.extra.removeAll { $0.key == Step.documentKey }
        if !fields.isEmpty { copy.extra.append(JSONMember(Step.documentKey, .object(fields))) }
        return copy
    }

    /// This document without the workshop's bookkeeping.
    func withoutWorkshopNote() -> Document {
        var copy = self
        copy.extra.removeAll { $0.key == Step.documentKey }
        return copy
    }
}
