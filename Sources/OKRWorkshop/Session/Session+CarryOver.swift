import OKRCoach
import OKRModel

/// The carry-over (`okr next`): the same engine again, walking the old document's objectives and key
/// results. Each is kept as it was, modified (its text in the line editor, then coached as any edit
/// is), or dropped with a reason; every decision is also written into the old document, so its record
/// says where each item went. Once every item is decided the session is the workshop of the new
/// document, asking for anything new.
extension Session {
    /// The new period's document before any decision: the team, its people, its purpose and its KPIs
    /// (each at its latest value, its history left with the old period), with no objectives yet.
    public static func nextPeriod(of old: Document, period: String) -> Document {
        var purpose = old.purpose
        purpose.observations = []
        let kpis = old.kpis.map { kpi in
            var carried = kpi
            carried.current = kpi.history.last?.value ?? kpi.current
            carried.history = []
            return carried
        }
        return Document(team: old.team, period: period, participants: old.participants, purpose: purpose, kpis: kpis)
    }

    /// Whether `document` is a carry-over from `old` that stopped before every item was decided.
    public static func isCarryOverUnderWay(_ document: Document, from old: Document) -> Bool {
        carryStep(saved: Step.saved(in: document), previous: old, isNew: false) != nil
    }

    // MARK: The walk

    /// Where a carry-over starts: a new one at the old document's first objective; a resumed one at
    /// its saved question, if that names an item the old document still has.
    static func carryStep(saved: Step?, previous: Document?, isNew: Bool) -> Step? {
        guard let previous else { return nil }
        if isNew { return previous.objectives.first.map { .carry(.decide($0.id)) } }
        guard case .carry(let question)? = saved else { return nil }
        switch question {
        case .decide(let id), .dropReason(let id):
            return previous.objectiveIndex(id: id) != nil || previous.keyResultIndex(id: id) != nil ? saved : nil
        }
    }

    /// After old item `id` is decided: its objective's next key result, else the next objective.
    /// `into` is false for a dropped objective, whose key results go with it.
    func afterDecision(on id: String, into: Bool = true) -> Step? {
        guard let old = previous else { return nil }
        if let o = old.objectiveIndex(id: id) {
            if into, let first = old.objectives[o].keyResults.first { return .carry(.decide(first.id)) }
            return o + 1 < old.objectives.count ? .carry(.decide(old.objectives[o + 1].id)) : nil
        }
        guard let (o, k) = old.keyResultIndex(id: id) else { return nil }
        if k + 1 < old.objectives[o].keyResults.count { return .carry(.decide(old.objectives[o].keyResults[k + 1].id)) }
        return o + 1 < old.objectives.count ? .carry(.decide(old.objectives[o + 1].id)) : nil
    }

    /// On to `next`, or, with every item decided, the workshop of the new document: "Add another
    /// objective?", or its first objective when nothing was carried.
    mutating func carry(on next: Step?) -> [Effect] {
        if let next { return go(to: next) }
        let old = previousName
        mode = .workshop
        let decisions = (previous?.objectives ?? []).flatMap { [$0.carryOver] + $0.keyResults.map(\.carryOver) }.compactMap { $0 }
        let count = { (decision: CarryOver.Decision) in decisions.filter { $0.decision == decision }.count }
        return [.say(.success, script.text("carry", "summary", [
            "file": fileName, "kept": String(count(.keep)), "modified": String(count(.modify)), "dropped": String(count(.drop)),
            "old": old,
        ]))] + go(to: document.objectives.isEmpty ? .objective : .another)
    }

    // MARK: Start

    mutating func carryOverStart() -> [Effect] {
        var said: [Effect] = [.say(.title, script.text("carry", "title")), .say(.hint, script.text("welcome", "help"))]
        guard case .carry = step else { return said + carry(on: nil) }
        said.append(.say(.info, script.text("carry", isNew ? "new" : "resumed", [
            "old": previousName, "file": fileName, "period": TextSafety.neutralise(document.period),
        ])))
        if isNew { said.append(.say(.hint, script.text("carry", "how", ["old": previousName]))) }
        return said + ask(step, full: true)
    }

    // MARK: Asking

    func askCarry(_ question: CarryQuestion, full: Bool) -> (said: [Effect], question: Question) {
        var said: [Effect] = []
        switch question {
        case .decide(let id):
            if full, let old = previous {
                if let o = old.objectiveIndex(id: id) {
                    let objective = old.objectives[o]
                    said.append(.say(.question, script.text("retro", "objective", [
                        "id": id, "title": TextSafety.neutralise(objective.title), "expected": expectation(of: objective),
                    ])))
                    if let learned = objective.retro?.learned { said.append(.say(.hint, script.text("carry", "learned", ["text": TextSafety.neutralise(learned)]))) }
                    if let differently = objective.retro?.differently { said.append(.say(.hint, script.text("carry", "differently", ["text": TextSafety.neutralise(differently)]))) }
                } else if let (o, k) = old.keyResultIndex(id: id) {
                    let keyResult = old.objectives[o].keyResults[k]
                    said.append(.say(.question, script.text("checkin", "item", ["id": id, "statement": TextSafety.neutralise(keyResult.statement)])))
                    var facts = [KeyResultSummary.numbers(keyResult)]
                    if let last = Session.latestValue(of: keyResult) { facts.append(script.text("carry", "last", ["value": shown(last, keyResult)])) }
                    if let grade = keyResult.grade { facts.append(script.text("carry", "grade", ["grade": ScoreText.grade(grade)])) }
                    said.append(.say(.hint, TextSafety.neutralise(facts.filter { !$0.isEmpty }.joined(separator: " · "))))
                }
                said.append(.say(.question, script.text("carry", old.objectiveIndex(id: id) != nil ? "decide.objective" : "decide.keyresult")))
            }
            return (said, Question(label: script.text("carry", "decide.label", ["id": id])))
        case .dropReason(let id):
            if full { said.append(.say(.question, script.text("carry", "why", ["old": previousName]))) }
            return (said, Question(label: script.text("carry", "why.label", ["id": id])))
        }
    }

    // MARK: Answers

    mutating func carryAnswer(_ question: CarryQuestion, _ line: String) -> [Effect] {
        guard let old = previous else { return carry(on: nil) }
        switch question {
        case .decide(let id):
            guard let decision = Session.decision(line) else {
                return [.say(.coach(.warning), script.text("carry", "unknown", ["line": TextSafety.clip(line, limit: 30)]))] + ask(step, full: false)
            }
            if decision == .drop { return go(to: .carry(.dropReason(id))) }
            remember(line, "the decision on \(id)")
            record(decision, reason: nil, on: id)
            let isObjective = old.objectiveIndex(id: id) != nil
            if isObjective { carryObjective(id) } else { carryKeyResult(id) }
            guard decision == .modify else { return [.save(document)] + carry(on: afterDecision(on: id)) }
            // Modify: the item's text in the line, coached as an edit is; then back to the walk, or, after
            // the last item, on to the workshop's "another", where the carry-over hands over.
            returnTo = afterDecision(on: id) ?? .another
            return [.save(document)] + modify(id, isObjective: isObjective)
        case .dropReason(let id):
            remember(line, "dropping \(id)")
            record(.drop, reason: line.isEmpty ? nil : line, on: id)
            return [.save(document)] + carry(on: afterDecision(on: id, into: false))
        }
    }

    /// `/skip` in the carry-over: the item is left undecided (not carried) and the walk goes on.
    mutating func skipCarry(_ question: CarryQuestion) -> [Effect] {
        switch question {
        case .decide(let id), .dropReason(let id): return carry(on: afterDecision(on: id, into: false))
        }
    }

    /// k, keep; m, modify; d, drop.
    static func decision(_ line: String) -> CarryOver.Decision? {
        switch line.lowercased().trimmingWhitespace() {
        case "k", "keep": return .keep
        case "m", "modify", "change", "edit": return .modify
        case "d", "drop", "delete": return .drop
        default: return nil
        }
    }

    private mutating func modify(_ id: String, isObjective: Bool) -> [Effect] {
        let target: EditTarget = isObjective ? .objective(id) : .keyResult(id)
        step = .edit(target)
        return [.say(.info, script.text("carry", "modify", ["id": id]))] + ask(step, full: false)
    }

    /// Writes the decision on old item `id` into the old document.
    private mutating func record(_ decision: CarryOver.Decision, reason: String?, on id: String) {
        let mark = CarryOver(period: document.period, decision: decision, reason: reason)
        if let o = previous?.objectiveIndex(id: id) {
            previous?.objectives[o].carryOver = mark
        } else if let (o, k) = previous?.keyResultIndex(id: id) {
            previous?.objectives[o].keyResults[k].carryOver = mark
        }
    }

    /// Old objective `id` in the new document, under the same id, without its key results (each is decided on its own).
    private mutating func carryObjective(_ id: String) {
        guard let o = previous?.objectiveIndex(id: id), let old = previous?.objectives[o] else { return }
        var objective = old
        objective.keyResults = []
        objective.retro = nil
        objective.carryOver = nil
        if let existing = document.objectiveIndex(id: id) {
            document.objectives[existing] = objective
        } else {
            document.objectives.append(objective)
        }
    }

    /// Old key result `id` in the new document: its last value is the new baseline; its check-ins,
    /// grade and a due date of the old period stay behind.
    private mutating func carryKeyResult(_ id: String) {
        guard let (o, k) = previous?.keyResultIndex(id: id), let old = previous?.objectives[o] else { return }
        let from = old.keyResults[k]
        var keyResult = from
        if !from.isMilestone, let last = Session.latestValue(of: from) { keyResult.baseline = last }
        keyResult.checkIns = []
        keyResult.current = nil
        keyResult.confidence = nil
        keyResult.grade = nil
        keyResult.gradeNote = nil
        keyResult.carryOver = nil
        if let due = from.due, let start = PeriodDates(period: document.period)?.start, due < start {
            keyResult.due = KeyResultParser.parse(from.statement, context: parseContext).due.flatMap { $0 >= start ? $0 : nil }
        }
        guard let n = document.objectiveIndex(id: old.id) else { return }
        if let existing = document.objectives[n].keyResults.firstIndex(where: { $0.id == id }) {
            document.objectives[n].keyResults[existing] = keyResult
        } else {
            document.objectives[n].keyResults.append(keyResult)
        }
    }

    var previousName: String {
        if case .carryOver(let from) = mode { return from }
        return ""
    }
}
