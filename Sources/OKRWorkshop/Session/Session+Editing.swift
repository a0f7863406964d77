import OKRCoach
import OKRModel

/// `/edit`: replacing the text of an item, coached again where it matters.
extension Session {
    mutating func edit(_ target: EditTarget, _ line: String) -> [Effect] {
        guard !line.isEmpty, line != currentText(of: target) else { return finish(orContinueWith: step) }
        switch target {
        case .team:
            remember(line, "the team name")
            document.team = line
        case .period:
            remember(line, "the period")
            document.period = line
        case .participants:
            remember(line, "the participants")
            document.participants = Session.list(line)
        case .purpose(let which):
            remember(line, "the answer on \(which.rawValue)")
            document.purpose[which] = line
        case .kpi(let id):
            guard let k = document.kpis.firstIndex(where: { $0.id == id }) else { return finish(orContinueWith: step) }
            remember(line, "the name of \(id)")
            document.kpis[k].name = line
        case .objective(let id):
            guard let o = document.objectiveIndex(id: id) else { return finish(orContinueWith: step) }
            remember(line, "the edit of \(id)")
            document.objectives[o].title = line
            dropStaleDecisions(of: id)
            return [.save(document)] + coachObjective(id)
        case .keyResult(let id):
            guard let at = document.keyResultIndex(id: id) else { return finish(orContinueWith: step) }
            remember(line, "the edit of \(id)")
            restate(at, line)
            dropStaleDecisions(of: id)
            return [.save(document)] + coachKeyResult(id)
        }
        return [.save(document)] + finish(orContinueWith: step)
    }
}

/// `/edit ID FIELD`: one field of an item, asked with the workshop's own question and its old value
/// ready to change; the answer goes where the flow's answer goes, then back to where the person was.
extension Session {
    /// The fields `/edit` takes after an id of each kind, in the order /help and Tab list them.
    static let objectiveFields = ["type", "owner", "aligns"]
    static let keyResultFields = ["owner", "confidence", "done", "baseline", "target", "due"]
    static let kpiFields = ["value", "better"]

    mutating func editField(_ name: String, _ field: String) -> [Effect] {
        let id = name.uppercased()
        let fields: [String]
        if objective(id) != nil {
            fields = Session.objectiveFields
        } else if keyResult(id) != nil {
            fields = Session.keyResultFields
        } else if document.kpis.contains(where: { $0.id == id }) {
            fields = Session.kpiFields
        } else {
            return unknownID(name)
        }
        let wanted = field.lowercased()
        guard fields.contains(wanted), let (next, old) = fieldQuestion(id, wanted) else {
            return [.say(.coach(.warning), script.text("messages", "unknown.field", [
                "id": id, "field": TextSafety.clip(field, limit: 20), "fields": fields.joined(separator: ", "),
            ]))] + ask(step, full: false)
        }
        leaveForEdit()
        step = next
        return ask(next, full: true, prefill: old)
    }

    /// The question that sets `field` of item `id`, and the value it holds now.
    private func fieldQuestion(_ id: String, _ field: String) -> (Step, String?)? {
        switch field {
        case "type": return (.objectiveType(id), objective(id)?.type?.rawValue)
        case "owner": return (.owner(id), currentOwner(of: id))
        case "aligns": return (.alignsTo(id), objective(id)?.alignsTo.joined(separator: ", "))
        case "confidence": return (.confidence(id), keyResult(id)?.confidence.map { JSONNumber.format(($0 * 100).rounded() / 10) })
        case "done": return (.doneWhen(id), keyResult(id)?.doneWhen)
        case "better": return (.kpiBetter(id), document.kpis.first { $0.id == id }?.better?.rawValue)
        case "value":
            let kpi = document.kpis.first { $0.id == id }
            return (.kpiValue(id), kpi?.current.map { NumberText.format($0, unit: kpi?.unit) })
        default:
            guard let detail = KeyResultField(rawValue: field) else { return nil }
            return (.detail(id, detail), keyResult(id)?.value(of: detail))
        }
    }

    /// Remembers the question an edit interrupts, unless an edit is already under way (it returns to the first).
    mutating func leaveForEdit() {
        guard returnTo == nil else { return }
        if case .edit = step { return }
        returnTo = step
    }
}
