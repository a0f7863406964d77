import OKRCoach
import OKRModel

extension Session {
    /// A line that is not a command: the answer to the current question.
    mutating func answer(_ line: String) -> [Effect] {
        switch step {
        case .team:
            guard let team = nonEmpty(line) ?? nonEmpty(document.team) ?? suggestedTeam else { return ask(step, full: true) }
            remember(line, "team")
            document.team = team
            return [.save(document)] + go(to: .period)
        case .period:
            guard let period = nonEmpty(line) ?? nonEmpty(document.period) ?? periodSuggestion ?? suggestedPeriod else { return ask(step, full: true) }
            remember(line, "period")
            document.period = period
            return [.save(document)] + go(to: document.objectives.isEmpty ? .kpi : Session.resumePoint(of: document))
        case .kpi:
            guard !line.isEmpty else {
                let none: [Effect] = document.kpis.isEmpty ? [.say(.info, script.text("kpis", "none"))] : []
                return none + go(to: nextPurposeStep(after: nil))
            }
            remember(line, "KPI \(document.nextKPIID())")
            let id = document.addKPI(KPI(name: line))
            return [.save(document), .say(.success, script.text("kpis", "added", ["id": id, "name": TextSafety.neutralise(line)]))] + ask(.kpi, full: false)
        case .purpose(let which):
            guard !line.isEmpty else {
                return [.say(.info, script.text("purpose", "skipped"))] + go(to: nextPurposeStep(after: which))
            }
            remember(line, "the answer to “\(script.text("purpose.\(which.rawValue)", "question"))”")
            document.purpose[which] = line
            return [.save(document)] + go(to: nextPurposeStep(after: which))
        case .objective:
            guard !line.isEmpty else {
                return document.objectives.isEmpty ? ask(step, full: true) : closingReview()
            }
            remember(line, "objective \(document.nextObjectiveID())")
            let id = document.addObjective(Objective(title: line))
            return [.save(document)] + coachObjective(id)
        case .reviseObjective(let id):
            return reviseObjective(id, line)
        case .sharedWith(let id):
            if !line.isEmpty, let o = document.objectiveIndex(id: id) {
                remember(line, "the teams sharing \(id)")
                document.objectives[o].sharedWith = line.split(separator: ",").map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
                return [.save(document)] + go(to: afterSharing(id))
            }
            return go(to: afterSharing(id))
        case .linkKPIs(let id):
            return linkKPIs(id, line)
        case .keyResult(let id):
            guard !line.isEmpty else { return endKeyResults(id) }
            return addKeyResult(line, to: id)
        case .reviseKeyResult(let id):
            return reviseKeyResult(id, line)
        case .detail(let id, let field):
            return detail(id, field, line)
        case .reviewSet(let id):
            guard !line.isEmpty else { return keepSet(id) }
            return addKeyResult(line, to: id)
        case .another:
            let yes = ["y", "yes", "ja", "oui", "sí", "si"].contains(line.lowercased())
            return yes ? go(to: .objective) : closingReview()
        case .finished:
            return line.isEmpty ? [.save(document), .quit] : ask(step, full: true)
        case .edit(let target):
            return edit(target, line)
        }
    }

    func nextPurposeStep(after question: PurposeQuestion?) -> Step {
        let all = PurposeQuestion.allCases
        let start = question.map { all.firstIndex(of: $0)! + 1 } ?? 0
        return start < all.count ? .purpose(all[start]) : .objective
    }

    // MARK: Objectives

    /// Says what the coach thinks of objective `id`; flags lead to a revise-or-keep question.
    mutating func coachObjective(_ id: String) -> [Effect] {
        let flagged = concerns(for: id)
        if flagged.isEmpty { return finish(orContinueWith: .sharedWith(id)) }
        step = .reviseObjective(id)
        return say(flagged) + ask(step, full: true)
    }

    mutating func reviseObjective(_ id: String, _ line: String) -> [Effect] {
        guard let o = document.objectiveIndex(id: id) else { return go(to: .objective) }
        if line.isEmpty || line == document.objectives[o].title {
            let rules = concerns(for: id).map(\.rule)
            remember(line, "keeping \(id) as written")
            for rule in rules { accept(rule, for: id) }
            return [.save(document), .say(.info, script.text("objective", "kept", ["rules": rules.joined(separator: ", "), "id": id]))]
                + finish(orContinueWith: .sharedWith(id))
        }
        remember(line, "the revision of \(id)")
        document.objectives[o].title = line
        return [.save(document)] + coachObjective(id)
    }

    func afterSharing(_ id: String) -> Step {
        document.kpis.isEmpty ? .keyResult(id) : .linkKPIs(id)
    }

    mutating func linkKPIs(_ id: String, _ line: String) -> [Effect] {
        guard !line.isEmpty, let o = document.objectiveIndex(id: id) else { return go(to: .keyResult(id)) }
        let ids = line.split(whereSeparator: { $0 == "," || $0 == " " }).map { $0.uppercased() }
        let known = Set(document.kpis.map(\.id))
        let unknown = ids.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            let message = script.text("objective", "kpis.unknown", ["ids": TextSafety.clip(unknown.joined(separator: ", ")), "known": document.kpis.map(\.id).joined(separator: ", ")])
            return [.say(.coach(.error), message)] + ask(step, full: false)
        }
        remember(line, "the KPIs of \(id)")
        document.objectives[o].kpis = ids.reduce(into: []) { list, id in if !list.contains(id) { list.append(id) } }
        return [.save(document)] + go(to: .keyResult(id))
    }

    // MARK: Key results

    mutating func addKeyResult(_ statement: String, to objectiveID: String) -> [Effect] {
        guard let o = document.objectiveIndex(id: objectiveID) else { return go(to: .objective) }
        remember(statement, "key result \(document.objectives[o].nextKeyResultID())")
        var keyResult = KeyResult(statement: statement)
        apply(KeyResultParser.parse(statement, context: parseContext), to: &keyResult)
        let id = document.objectives[o].addKeyResult(keyResult)
        return [.save(document)] + coachKeyResult(id)
    }

    /// Copies what the parser read from a statement into the key result's fields.
    func apply(_ parsed: ParsedKeyResult, to keyResult: inout KeyResult) {
        keyResult.metric = parsed.metric
        keyResult.baseline = parsed.baseline
        keyResult.target = parsed.target
        keyResult.unit = parsed.unit
        keyResult.direction = parsed.direction
        keyResult.due = parsed.due
    }

    /// Replaces a key result's statement and what was read from it.
    mutating func restate(_ at: (objective: Int, keyResult: Int), _ statement: String) {
        document.objectives[at.objective].keyResults[at.keyResult].statement = statement
        apply(KeyResultParser.parse(statement, context: parseContext), to: &document.objectives[at.objective].keyResults[at.keyResult])
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
        guard let keyResult = keyResult(id), let at = document.keyResultIndex(id: id) else { return go(to: .objective) }
        let start = field.map { Session.askedDetails.firstIndex(of: $0)! + 1 } ?? 0
        for candidate in Session.askedDetails[start...] where keyResult.value(of: candidate) == nil {
            return go(to: .detail(id, candidate))
        }
        return finish(orContinueWith: .keyResult(document.objectives[at.objective].id))
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
            guard let number = parsed.target ?? parsed.baseline ?? Double(line) else {
                return [.say(.coach(.warning), script.text("detail", "not.a.number"))] + ask(step, full: false)
            }
            if field == .baseline { keyResult.baseline = number } else { keyResult.target = number }
            if keyResult.unit == nil { keyResult.unit = parsed.unit }
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
        return [.save(document)] + go(to: .another)
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

    // MARK: The end

    /// Every open finding, then a one-line summary.
    mutating func closingReview() -> [Effect] {
        step = .finished
        return [.say(.title, script.text("review", "title"))] + reviewLines() + [
            .say(.success, script.text("review", "summary", [
                "team": TextSafety.neutralise(document.team), "period": TextSafety.neutralise(document.period),
                "objectives": String(document.objectives.count),
                "keyresults": String(document.objectives.reduce(0) { $0 + $1.keyResults.count }),
                "file": fileName,
            ])),
            .save(document),
        ] + ask(.finished, full: true)
    }

    func reviewLines() -> [Effect] {
        let findings = coach.review(document)
        if findings.isEmpty { return [.say(.success, script.text("review", "clean"))] }
        return [.say(.info, script.text("review", "open", ["count": String(findings.count)]))] + say(findings)
    }

    // MARK: Editing

    mutating func edit(_ target: EditTarget, _ line: String) -> [Effect] {
        guard !line.isEmpty, line != currentText(of: target) else { return finish(orContinueWith: step) }
        switch target {
        case .team:
            remember(line, "the team name")
            document.team = line
        case .period:
            remember(line, "the period")
            document.period = line
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
            return [.save(document)] + coachObjective(id)
        case .keyResult(let id):
            guard let at = document.keyResultIndex(id: id) else { return finish(orContinueWith: step) }
            remember(line, "the edit of \(id)")
            restate(at, line)
            return [.save(document)] + coachKeyResult(id)
        }
        return [.save(document)] + finish(orContinueWith: step)
    }
}

extension KeyResult {
    /// The structured value of a field the workshop may ask for.
    func value(of field: KeyResultField) -> String? {
        switch field {
        case .baseline: return baseline.map { String($0) }
        case .target: return target.map { String($0) }
        case .due: return due
        case .metric: return metric
        case .unit: return unit
        case .direction: return direction?.rawValue
        }
    }
}
