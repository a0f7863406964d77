import OKRCoach
import OKRModel

/// The next question, written into each autosave so a reopened workshop goes
/// on exactly there, even after answers that left nothing in the document
/// (an empty "shared with", a skipped baseline).
///
/// It travels as a member format v1 does not define, `"workshop": {"next": "sharedWith O1"}`;
/// v1 readers keep unknown members, and other tools can ignore it.
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
        default: return nil
        }
    }

    /// The step a document's `workshop` member names, if any and still valid.
    static func saved(in document: Document) -> Step? {
        guard let member = document.extra.first(where: { $0.key == documentKey }),
              case .object(let fields) = member.value,
              let next = fields.first(where: { $0.key == "next" }),
              case .string(let text) = next.value
        else { return nil }
        return Step(encoded: text, in: document)
    }
}

extension Document {
    /// This document with the workshop's next question recorded in it.
    func noting(_ step: Step) -> Document {
        var copy = self
        copy.extra.removeAll { $0.key == Step.documentKey }
        copy.extra.append(JSONMember(Step.documentKey, .object([JSONMember("next", .string(step.encoded))])))
        return copy
    }

    /// This document without the workshop's bookkeeping.
    func withoutWorkshopNote() -> Document {
        var copy = self
        copy.extra.removeAll { $0.key == Step.documentKey }
        return copy
    }
}
