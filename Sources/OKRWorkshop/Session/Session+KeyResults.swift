import OKRCoach
import OKRModel

/// Drafting key results: reading each statement, coaching it, asking only for missing numbers and dates, and reviewing the set.
extension Session {
    mutating func addKeyResult(_ statement: String, to objectiveID: String) -> [Effect] {
        guard let o = document.objectiveIndex(id: objectiveID) else { return go(to: .objective) }
        remember(statement, "key result \(document.objectives[o].nextKeyResultID())")
        var keyResult = KeyResult(statement: statement)
        keyResult.take(KeyResultParser.parse(statement, context: parseContext), over: true)
        let id = document.objectives[o].addKeyResult(keyResult)
        return [.save(document)] + coachKeyResult(id)
    }

    /// Replaces a key result's statement; what the new text says replaces the fields read from it, and
    /// every field it does not mention (a due date, a baseline given earlier) is kept (issue 13, item 4).
    mutating func restate(_ at: (objective: Int, keyResult: Int), _ statement: String) {
        var keyResult = document.objectives[at.objective].keyResults[at.keyResult]
        keyResult.statement = statement
        keyResult.take(KeyResultParser.parse(statement, context: parseContext), over: true)
        document.objectives[at.objective].keyResults[at.keyResult] = keyResult
    }

    /// After an edit, the team's decisions to keep are kept only for rules the coach still raises there:
    /// a decision about words that are gone would silence the coach on the new ones.
    mutating func dropStaleDecisions(of id: String) {
        let raised = Set(coach.review(document, includingKept: true).filter { $0.target == id }.map(\.rule))
        if let o = document.objectiveIndex(id: id) {
            document.objectives[o].accepted.removeAll { !raised.contains($0) }
        } else if let at = document.keyResultIndex(id: id) {
            document.objectives[at.objective].keyResults[at.keyResult].accepted.removeAll { !raised.contains($0) }
        }
    }

    mutating func coachKeyResult(_ id: String) -> [Effect] {
        let flagged = concerns(for: id)
        if !flagged.isEmpty {
            step = .reviseKeyResult(id)
            return say(flagged) + ask(step, full: true)
        }
        return readBack(id) + nextDetail(id, after: nil)
    }

    /// Confirms what okr read from the statement, so a misreading shows at once.
    func readBack(_ id: String) -> [Effect] {
        guard let keyResult = keyResult(id) else { return [] }
        let summary = KeyResultSummary.describe(keyResult)
        return summary.isEmpty ? [] : [.say(.info, script.text("keyresult", "read.as", ["summary": TextSafety.neutralise(summary)]))]
    }

    mutating func reviseKeyResult(_ id: String, _ line: String) -> [Effect] {
        guard let at = document.keyResultIndex(id: id) else { return go(to: .objective) }
        if line.isEmpty || line == document.objectives[at.objective].keyResults[at.keyResult].statement {
            let rules = concerns(for: id).map(\.rule)
            remember(line, "keeping \(id) as written")
            for rule in rules { accept(rule, for: id) }
            return [.save(document), .say(.info, script.text("objective", "kept", ["rules": rules.joined(separator: ", "), "id": id]))]
                + readBack(id) + nextDetail(id, after: nil)
        }
        remember(line, "the revision of \(id)")
        restate(at, line)
        return [.save(document)] + coachKeyResult(id)
    }

    /// The fields the workshop asks for when a statement leaves them out, in order.
    static let askedDetails: [KeyResultField] = [.baseline, .target, .due]

    /// Asks for the next missing number or date of key result `id`, or moves on when none is missing.
    mutating func nextDetail(_ id: String, after field: KeyResultField?) -> [Effect] {
        guard let keyResult = keyResult(id) else { return go(to: .objective) }
        let start = field.map { Session.askedDetails.firstIndex(of: $0)! + 1 } ?? 0
        // A key result kept without any number (a milestone, or a draft the team chose to keep) is not
        // asked for a baseline and a target it does not have: only when it is due.
        let numberless = keyResult.target == nil && keyResult.baseline == nil
            && KeyResultParser.parse(keyResult.statement, context: parseContext).form != .placeholder
        // Instead, how the team will know it is done (issue 13, item 6), then by when.
        if numberless, field == nil, keyResult.doneWhen == nil, script.asks(.doneWhen) {
            return go(to: .doneWhen(id))
        }
        for candidate in Session.askedDetails[start...] where keyResult.value(of: candidate) == nil {
            if numberless, candidate == .baseline || candidate == .target { continue }
            return go(to: .detail(id, candidate))
        }
        return finish(orContinueWith: afterKeyResultDetails(id))
    }

    mutating func detail(_ id: String, _ field: KeyResultField, _ line: String) -> [Effect] {
        guard !line.isEmpty else { return nextDetail(id, after: field) }
        guard let at = document.keyResultIndex(id: id) else { return go(to: .objective) }
        var keyResult = document.objectives[at.objective].keyResults[at.keyResult]
        let parsed = KeyResultParser.parse(line, context: parseContext)
        switch field {
        case .due:
            guard let due = CalendarDate.isValid(line) ? line : parsed.due else {
                return [.say(.coach(.warning), script.text("detail", "not.a.date"))] + ask(step, full: false)
            }
            keyResult.due = due
        default:
            // Just a number (with its unit): a sentence typed here is not mined for one (issue 13, item 6).
            guard let number = KeyResultParser.number(line) else { return notANumber(line) }
            if field == .baseline { keyResult.baseline = number.value } else { keyResult.target = number.value }
            if keyResult.unit == nil { keyResult.unit = number.unit }
        }
        remember(line, "the \(field.rawValue) of \(id)")
        document.objectives[at.objective].keyResults[at.keyResult] = keyResult
        return [.save(document)] + nextDetail(id, after: field)
    }

    /// An empty line ends the list: after two key results, or the coach explains why two.
    mutating func endKeyResults(_ id: String) -> [Effect] {
        guard let objective = objective(id) else { return go(to: .objective) }
        if objective.keyResults.count < 2 {
            return [.say(.coach(.warning), script.text("keyresult", "too.few"))] + ask(step, full: false)
        }
        return reviewSet(id)
    }

    /// Findings about objective `id`'s key results taken together.
    func setConcerns(_ id: String) -> [Finding] {
        coach.review(document, about: id, orPrefix: id + ".").filter { Session.setRules.contains($0.rule) }
    }

    mutating func reviewSet(_ id: String) -> [Effect] {
        let findings = setConcerns(id)
        guard findings.contains(where: { $0.severity >= .warning }) else {
            return say(findings) + go(to: .another)
        }
        step = .reviewSet(id)
        return [.say(.info, script.text("keyresult", "set", ["id": id]))] + say(findings) + ask(step, full: true)
    }

    /// Enter after the set review: the team keeps the set; its flagged rules go to `accepted`.
    mutating func keepSet(_ id: String) -> [Effect] {
        let flagged = setConcerns(id).filter { $0.severity >= .warning }
        remember("", "keeping the key results of \(id)")
        for finding in flagged { accept(finding.rule, for: finding.target) }
        // Said like every other decision to keep, so the room hears what it decided.
        let rules = flagged.map(\.rule).joined(separator: ", ")
        return [.save(document), .say(.info, script.text("objective", "kept", ["rules": rules, "id": id]))] + go(to: .another)
    }

    /// Adds `rule` to the `accepted` list of objective or key result `target`.
    mutating func accept(_ rule: String, for target: String) {
        if let o = document.objectiveIndex(id: target) {
            if !document.objectives[o].accepted.contains(rule) { document.objectives[o].accepted.append(rule) }
        } else if let at = document.keyResultIndex(id: target),
                  !document.objectives[at.objective].keyResults[at.keyResult].accepted.contains(rule) {
            document.objectives[at.objective].keyResults[at.keyResult].accepted.append(rule)
        }
    }
}
