import OKRCoach
import OKRModel

extension Session {
    /// A line starting with `/`. Commands never count as answers; afterwards the question stands.
    mutating func command(_ line: String) -> [Effect] {
        let command: SlashCommand
        switch SlashCommand.parse(line) {
        case .success(let parsed):
            command = parsed
        case .failure(.unknown(let name)):
            return [.say(.coach(.warning), script.text("messages", "unknown.command", ["command": TextSafety.clip(name, limit: 30)]))] + ask(step, full: false)
        case .failure(.usage(let name)):
            let usage = script.text("commands", name).split(separator: "  ").first.map(String.init) ?? "/" + name
            return [.say(.coach(.warning), script.text("messages", "usage", ["usage": usage]))] + ask(step, full: false)
        }
        // A check-in records readings, a retrospective grades; changing what the OKRs say is the workshop's work.
        if !mode.drafts, let name = command.draftingName {
            return [.say(.coach(.warning), script.text("checkin", "not.here", ["command": "/" + name, "file": fileName]))] + ask(step, full: false)
        }
        // Adding in the middle of the carry-over would leave the old items undecided; the workshop asks for new ones after.
        if case .carryOver = mode, case .add = command {
            return [.say(.coach(.warning), script.text("carry", "add.later"))] + ask(step, full: false)
        }
        switch command {
        case .help:
            return [.say(.block, helpText())] + ask(step, full: false)
        case .show:
            return [.say(.block, DraftView.render(document))] + ask(step, full: false)
        case .review:
            return reviewLines() + ask(step, full: false)
        case .save:
            return [.save(document), .say(.success, script.text("messages", "saved", ["file": fileName]))] + ask(step, full: false)
        case .quit:
            return [.save(document), .quit]
        case .export(let format, let path):
            return [.export(format: format, path: path)] + ask(step, full: false)
        case .note(let text):
            remember(line, "the parked point")
            document.notes.append(text)
            let count = Session.counted(document.notes.count, "point")
            return [.save(document), .say(.success, script.text("messages", "noted", ["count": count]))] + ask(step, full: false)
        case .undo:
            guard let last = history.popLast() else {
                return [.say(.info, script.text("messages", "nothing.to.undo"))] + ask(step, full: false)
            }
            restore(last)
            return [.save(document), .say(.success, script.text("messages", "undone", ["what": TextSafety.neutralise(last.what)]))] + ask(step, full: true)
        case .back:
            guard let last = history.popLast() else {
                return [.say(.info, script.text("messages", "nothing.to.go.back.to"))] + ask(step, full: false)
            }
            restore(last)
            return [.save(document)] + ask(step, full: true, prefill: last.answer.isEmpty ? nil : last.answer)
        case .skip:
            return skip()
        case .edit(let name, nil):
            guard let target = editTarget(name) else { return unknownID(name) }
            leaveForEdit()
            step = .edit(target)
            return [.say(.info, script.text("messages", "editing", ["id": target.name]))] + ask(step, full: false)
        case .edit(let name, let field?):
            return editField(name, field)
        case .time:
            return clockReport() + ask(step, full: false)
        case .delete(let id):
            return delete(id)
        case .add(.objective):
            return go(to: .objective)
        case .add(.kpi):
            return go(to: .kpi)
        case .add(.keyResult(let id)):
            guard let objective = objective(id.uppercased()) else { return unknownID(id) }
            return go(to: .keyResult(objective.id))
        case .accept(let rule, let id):
            return acceptCommand(rule, id)
        case .unaccept(let rule, let id):
            return unacceptCommand(rule, id)
        }
    }

    mutating func restore(_ snapshot: Snapshot) {
        document = snapshot.document
        step = snapshot.step
        returnTo = snapshot.returnTo
        previous = snapshot.previous
        mode = snapshot.mode
    }

    /// What `/accept` and `/unaccept` say about a rule id the catalog does not have; nil for a known rule.
    func unknownRule(_ rule: String) -> [Effect]? {
        guard !coach.catalog.contains(where: { $0.id == rule }) else { return nil }
        return [.say(.coach(.warning), script.text("messages", "unknown.rule", ["rule": TextSafety.clip(rule, limit: 30)]))] + ask(step, full: false)
    }

    func unknownID(_ id: String) -> [Effect] {
        [.say(.coach(.warning), script.text("messages", "unknown.id", ["id": TextSafety.clip(id, limit: 20)]))] + ask(step, full: false)
    }

    /// `/skip`: leave the current question open and go where an empty answer would, without recording anything.
    mutating func skip() -> [Effect] {
        switch step {
        case .team: return go(to: .period)
        case .period: return go(to: afterPeriod())
        case .participants: return finish(orContinueWith: .kpi)
        case .kpiValue(let id): return nextAfterValue(id)
        case .objectiveType(let id): return finish(orContinueWith: afterObjectiveType(id))
        case .owner(let id): return finish(orContinueWith: afterOwner(id))
        case .alignsTo(let id): return finish(orContinueWith: .sharedWith(id))
        case .doneWhen(let id): return nextDetail(id, after: .target)
        case .confidence(let id): return finish(orContinueWith: afterConfidence(id))
        case .kpi: return go(to: nextPurposeStep(after: nil))
        case .purpose(let which): return [.say(.info, script.text("purpose", "skipped"))] + go(to: nextPurposeStep(after: which))
        // Skipping the objective question ends the drafting: "Add another objective?" only once there is one.
        case .objective: return closingReview()
        case .reviseObjective(let id): return finish(orContinueWith: .sharedWith(id))
        case .sharedWith(let id): return go(to: afterSharing(id))
        case .linkKPIs(let id): return go(to: .keyResult(id))
        case .keyResult(let id): return reviewSet(id)
        case .reviseKeyResult(let id): return readBack(id) + nextDetail(id, after: nil)
        case .detail(let id, let field): return nextDetail(id, after: field)
        case .reviewSet: return go(to: .another)
        case .another: return closingReview()
        case .finished: return [.save(document), .quit]
        case .edit: return finish(orContinueWith: step)
        case .checkInValue, .checkInConfidence, .checkInNote, .kpiBetter, .kpiReading, .observation, .checkInDone:
            return skipCheckIn()
        case .retro(let question): return skipRetro(question)
        case .carry(let question): return skipCarry(question)
        }
    }

    func editTarget(_ name: String) -> EditTarget? {
        let lower = name.lowercased()
        if lower == "team" { return .team }
        if lower == "period" { return .period }
        if lower == "participants" { return .participants }
        if let question = PurposeQuestion(rawValue: lower) { return .purpose(question) }
        let id = name.uppercased()
        if document.kpis.contains(where: { $0.id == id }) { return .kpi(id) }
        if document.objectiveIndex(id: id) != nil { return .objective(id) }
        if document.keyResultIndex(id: id) != nil { return .keyResult(id) }
        return nil
    }

    mutating func delete(_ name: String) -> [Effect] {
        let id = name.uppercased()
        if let k = document.kpis.firstIndex(where: { $0.id == id }) {
            remember("", "deleting \(id)")
            document.kpis.remove(at: k)
            for o in document.objectives.indices { document.objectives[o].kpis.removeAll { $0 == id } }
        } else if let o = document.objectiveIndex(id: id) {
            remember("", "deleting \(id)")
            document.objectives.remove(at: o)
        } else if let at = document.keyResultIndex(id: id) {
            remember("", "deleting \(id)")
            document.objectives[at.objective].keyResults.remove(at: at.keyResult)
        } else {
            return unknownID(name)
        }
        let said: [Effect] = [.save(document), .say(.success, script.text("messages", "deleted", ["id": id]))]
        // A question about the deleted item no longer makes sense: move to where the draft now stands.
        if step == .kpiValue(id) || step == .kpiBetter(id) {
            returnTo = nil
            return said + go(to: .kpi)
        }
        if step.mentions(id) || returnTo?.mentions(id) == true {
            returnTo = nil
            return said + go(to: document.objectives.isEmpty ? .objective : .another)
        }
        return said + ask(step, full: false)
    }

    mutating func acceptCommand(_ rule: String, _ id: String?) -> [Effect] {
        if let unknown = unknownRule(rule) { return unknown }
        // Keeping only means something where the rule is raised now: anything else would say it
        // succeeded and change nothing. Document-level findings cannot be kept (DocumentRules).
        let raised = coach.review(document).filter { $0.rule == rule && $0.target != "document" }.map(\.target)
        let whereRaised = raised.isEmpty
            ? script.text("messages", "raised.nowhere")
            : script.text("messages", "raised.for", ["ids": raised.joined(separator: ", ")])
        guard let target = id?.uppercased() ?? step.itemID else {
            return [.say(.coach(.warning), script.text("messages", "accept.needs.id", ["rule": rule, "where": whereRaised]))] + ask(step, full: false)
        }
        guard document.objectiveIndex(id: target) != nil || document.keyResultIndex(id: target) != nil else { return unknownID(id ?? "") }
        guard raised.contains(target) else {
            return [.say(.coach(.warning), script.text("messages", "accept.not.raised", ["rule": rule, "id": target, "where": whereRaised]))]
                + ask(step, full: false)
        }
        remember("", "accepting \(rule) for \(target)")
        accept(rule, for: target)
        return [.save(document), .say(.success, script.text("messages", "accepted", ["rule": rule, "id": target]))] + ask(step, full: false)
    }

    /// `/unaccept RULE [ID]`: takes back a decision to keep an item; the coach raises the rule there again.
    mutating func unacceptCommand(_ rule: String, _ id: String?) -> [Effect] {
        if let unknown = unknownRule(rule) { return unknown }
        let keptFor = document.objectives.flatMap { objective in
            (objective.accepted.contains(rule) ? [objective.id] : []) + objective.keyResults.filter { $0.accepted.contains(rule) }.map(\.id)
        }
        let whereKept = keptFor.isEmpty
            ? script.text("messages", "kept.nowhere")
            : script.text("messages", "kept.for", ["ids": keptFor.joined(separator: ", ")])
        guard let target = id?.uppercased() ?? step.itemID,
              document.objectiveIndex(id: target) != nil || document.keyResultIndex(id: target) != nil
        else { return unknownID(id ?? "") }
        guard keptFor.contains(target) else {
            return [.say(.coach(.warning), script.text("messages", "not.kept", ["rule": rule, "id": target, "where": whereKept]))] + ask(step, full: false)
        }
        remember("", "taking back \(rule) for \(target)")
        if let o = document.objectiveIndex(id: target) {
            document.objectives[o].accepted.removeAll { $0 == rule }
        } else if let at = document.keyResultIndex(id: target) {
            document.objectives[at.objective].keyResults[at.keyResult].accepted.removeAll { $0 == rule }
        }
        return [.save(document), .say(.success, script.text("messages", "unaccepted", ["rule": rule, "id": target]))] + ask(step, full: false)
    }
}

extension Step {
    /// The objective or key result the current question is about, if any.
    var itemID: String? {
        switch self {
        case .reviseObjective(let id), .sharedWith(let id), .linkKPIs(let id), .keyResult(let id),
             .reviseKeyResult(let id), .detail(let id, _), .reviewSet(let id),
             .objectiveType(let id), .owner(let id), .alignsTo(let id), .doneWhen(let id), .confidence(let id), .kpiValue(let id):
            return id
        case .edit(.objective(let id)), .edit(.keyResult(let id)), .edit(.kpi(let id)):
            return id
        default:
            return nil
        }
    }

    /// The questions `/edit ID FIELD` can reach: answering one during an edit returns to where the person was.
    var isFieldQuestion: Bool {
        switch self {
        case .participants, .kpiValue, .kpiBetter, .objectiveType, .owner, .alignsTo, .doneWhen, .confidence, .detail: return true
        default: return false
        }
    }

    /// Whether the question is about item `id` or something inside it.
    func mentions(_ id: String) -> Bool {
        guard let item = itemID else { return false }
        return item == id || item.hasPrefix(id + ".")
    }
}

extension Session {
    /// The commands as a table: descriptions start in one column; a row too long for a projected
    /// terminal puts its description on the next line, indented to that column.
    func helpText() -> String {
        let column = 20
        let hidden = mode.drafts ? [] : SlashCommand.draftingNames
        return script.fields("commands").filter { !hidden.contains($0.0) }.map { _, line -> String in
            guard let split = line.firstRange(of: "  ") else { return line }
            let usage = String(line[..<split.lowerBound])
            let what = line[split.upperBound...].trimmingWhitespace()
            if usage.count < column - 1, column + what.count <= 78 {
                return usage + String(repeating: " ", count: column - usage.count) + what
            }
            return usage + "\n" + String(repeating: " ", count: column) + what
        }.joined(separator: "\n")
    }
}
