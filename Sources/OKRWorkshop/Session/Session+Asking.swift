import OKRCoach
import OKRModel

extension Session {
    /// The effects that ask the question of `step`: with `full`, its question and hint first; otherwise just the prompt again.
    func ask(_ step: Step, full: Bool, prefill: String? = nil) -> [Effect] {
        var said: [Effect] = []
        func intro(_ section: String, _ values: [String: String] = [:], hint: Bool = true) {
            guard full else { return }
            said.append(.say(.question, script.text(section, "question", values)))
            if hint { said.append(.say(.hint, script.text(section, "hint", values))) }
        }
        var question: Question
        switch step {
        case .team:
            intro("team")
            question = Question(label: script.text("team", "label"), defaultValue: nonEmpty(document.team) ?? suggestedTeam)
        case .period:
            intro("period")
            question = Question(label: script.text("period", "label"), defaultValue: nonEmpty(document.period) ?? periodSuggestion ?? suggestedPeriod)
        case .participants:
            intro("participants")
            question = Question(label: script.text("participants", "label"))
        case .kpi:
            intro("kpis")
            question = Question(label: script.text("kpis", "label"))
        case .kpiValue(let id):
            let name = document.kpis.first { $0.id == id }?.name ?? id
            if full { said.append(.say(.question, script.text("kpis", "value", ["name": TextSafety.clip(name, limit: 50)]))) }
            question = Question(label: script.text("kpis", "value.label", ["id": id]))
        case .objectiveType(let id):
            if full { said.append(.say(.question, script.text("objective", "type", ["id": id]))) }
            question = Question(label: script.text("objective", "type.label", ["id": id]))
        case .owner(let id):
            // Said in full for an objective and its first key result; after that the prompt says enough.
            // The hint is only worth saying when there are names to complete.
            if !isLaterKeyResult(id) { intro("owner", ["id": id], hint: !document.participants.isEmpty) }
            question = Question(label: script.text("owner", "label", ["id": id]))
        case .alignsTo(let id):
            if full, let parent {
                said.append(.say(.question, script.text("objective", "aligns", ["id": id, "parent": TextSafety.neutralise(parent.team)])))
                said.append(contentsOf: parent.objectives.map { .say(.hint, "\($0.id)  \(TextSafety.neutralise($0.title))") })
            }
            question = Question(label: script.text("objective", "aligns.label", ["id": id]))
        case .doneWhen(let id):
            intro("done.when", ["id": id], hint: false)
            question = Question(label: script.text("done.when", "label", ["id": id]))
        case .confidence(let id):
            if !isLaterKeyResult(id) { intro("confidence", ["id": id], hint: false) }
            question = Question(label: script.text("confidence", "label", ["id": id]))
        case .purpose(let which):
            intro("purpose.\(which.rawValue)")
            question = Question(label: script.text("purpose.\(which.rawValue)", "label"))
        case .objective:
            intro("objective")
            question = Question(label: script.text("objective", "label", ["id": document.nextObjectiveID()]))
        case .reviseObjective(let id):
            if full { said.append(.say(.hint, script.text("objective", "revise"))) }
            question = Question(label: script.text("objective", "label", ["id": id]), prefill: objective(id)?.title)
        case .sharedWith(let id):
            if full { said.append(.say(.question, script.text("objective", "shared", ["id": id]))) }
            question = Question(label: script.text("objective", "shared.label", ["id": id]))
        case .linkKPIs(let id):
            if full {
                let example = document.kpis.prefix(2).map(\.id).joined(separator: ", ")
                said.append(.say(.question, script.text("objective", "kpis", ["id": id, "example": example])))
                said.append(contentsOf: document.kpis.map { .say(.hint, "\($0.id)  \(TextSafety.neutralise($0.name))") })
            }
            question = Question(label: script.text("objective", "kpis.label", ["id": id]))
        case .keyResult(let id):
            let count = objective(id)?.keyResults.count ?? 0
            // The question and hint matter for the first key result; after that the prompt says enough.
            if count == 0 { intro("keyresult", ["id": id]) }
            question = Question(label: script.text("keyresult", "label", ["id": id, "number": String(count + 1)]))
        case .reviseKeyResult(let id):
            if full { said.append(.say(.hint, script.text("objective", "revise"))) }
            question = Question(label: keyResultLabel(id), prefill: keyResult(id)?.statement)
        case .detail(let id, let field):
            let metric = keyResult(id).map { $0.metric ?? $0.statement } ?? id
            intro("detail.\(field.rawValue)", ["metric": TextSafety.clip(metric, limit: 50)], hint: false)
            question = Question(label: script.text("detail.\(field.rawValue)", "label", ["id": id]))
        case .reviewSet(let id):
            if full { said.append(.say(.hint, script.text("keyresult", "set.revise"))) }
            let count = objective(id)?.keyResults.count ?? 0
            question = Question(label: script.text("keyresult", "label", ["id": id, "number": String(count + 1)]))
        case .another:
            intro("another", hint: false)
            question = Question(label: script.text("another", "label"))
        case .finished:
            if full { said.append(.say(.info, script.text("review", "finished"))) }
            question = Question(label: script.text("review", "label"))
        case .edit(let target):
            question = Question(label: "Edit \(target.name)", prefill: currentText(of: target))
        case .checkInValue, .checkInConfidence, .checkInNote, .kpiBetter, .kpiReading, .observation, .checkInDone:
            let checkIn = askCheckIn(step, full: full)
            said += checkIn.said
            question = checkIn.question
        case .retro(let asked):
            let retro = askRetro(asked, full: full)
            said += retro.said
            question = retro.question
        case .carry(let asked):
            let carry = askCarry(asked, full: full)
            said += carry.said
            question = carry.question
        }
        if let prefill { question.prefill = prefill }
        return said + [.ask(question)]
    }

    /// A key result after the first of its objective: its questions were heard already.
    func isLaterKeyResult(_ id: String) -> Bool {
        (document.keyResultIndex(id: id)?.keyResult ?? 0) > 0
    }

    func objective(_ id: String) -> Objective? {
        document.objectiveIndex(id: id).map { document.objectives[$0] }
    }

    func keyResult(_ id: String) -> KeyResult? {
        document.keyResultIndex(id: id).map { document.objectives[$0.objective].keyResults[$0.keyResult] }
    }

    /// "O1 key result 2" for an existing key result.
    func keyResultLabel(_ id: String) -> String {
        guard let at = document.keyResultIndex(id: id) else { return id }
        return script.text("keyresult", "label", ["id": document.objectives[at.objective].id, "number": String(at.keyResult + 1)])
    }

    /// The quarter after today's, e.g. `2027-Q1` in November 2026: OKRs are usually set for what comes next.
    var suggestedPeriod: String? {
        guard let today, let date = CalendarDate.parse(String(today.prefix(10))) else { return nil }
        let quarter = (date.month - 1) / 3 + 1
        return quarter == 4 ? "\(date.year + 1)-Q1" : "\(date.year)-Q\(quarter + 1)"
    }

    func currentText(of target: EditTarget) -> String? {
        switch target {
        case .team: return document.team
        case .period: return document.period
        case .participants: return document.participants.joined(separator: ", ")
        case .purpose(let which): return document.purpose[which]
        case .kpi(let id): return document.kpis.first { $0.id == id }?.name
        case .objective(let id): return objective(id)?.title
        case .keyResult(let id): return keyResult(id)?.statement
        }
    }
}

func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

extension EditTarget {
    /// The id or field name a person types after `/edit`.
    var name: String {
        switch self {
        case .team: return "team"
        case .period: return "period"
        case .participants: return "participants"
        case .purpose(let which): return which.rawValue
        case .kpi(let id), .objective(let id), .keyResult(let id): return id
        }
    }
}

extension Purpose {
    subscript(question: PurposeQuestion) -> String? {
        get {
            switch question {
            case .who: return who
            case .change: return change
            case .evidence: return evidence
            }
        }
        set {
            switch question {
            case .who: who = newValue
            case .change: change = newValue
            case .evidence: evidence = newValue
            }
        }
    }
}
