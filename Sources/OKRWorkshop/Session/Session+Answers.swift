import OKRCoach
import OKRModel

extension Session {
    /// A line that is not a command: the answer to the current question.
    mutating func answer(_ line: String) -> [Effect] {
        switch step {
        case .team:
            guard let team = nonEmpty(line) ?? nonEmpty(document.team) ?? suggestedTeam else {
                return [.say(.coach(.warning), script.text("team", "needed"))] + ask(step, full: false)
            }
            remember(line, "team")
            document.team = team
            return [.save(document)] + go(to: .period)
        case .period:
            guard let period = nonEmpty(line) ?? nonEmpty(document.period) ?? periodSuggestion ?? suggestedPeriod else { return ask(step, full: true) }
            remember(line, "period")
            document.period = period
            // Kept as typed (nothing blocks), with the form that lets dates such as "by March" be read.
            let hint: [Effect] = Session.isPlainPeriod(period) ? [] : [.say(.hint, script.text("period", "unusual", ["period": TextSafety.clip(period, limit: 30)]))]
            return [.save(document)] + hint + go(to: afterPeriod())
        case .participants:
            return participantsAnswer(line)
        case .kpiValue(let id):
            return kpiValueAnswer(id, line)
        case .kpi:
            guard !line.isEmpty else {
                let none: [Effect] = document.kpis.isEmpty ? [.say(.info, script.text("kpis", "none"))] : []
                // On to the first purpose question still open; with the purpose answered (a KPI added
                // later with /add kpi), to the objectives.
                let open = document.purpose.unanswered.first.flatMap(PurposeQuestion.init(rawValue:))
                return none + go(to: open.map { .purpose($0) } ?? (document.objectives.isEmpty ? .objective : .another))
            }
            remember(line, "KPI \(document.nextKPIID())")
            let id = document.addKPI(KPI(name: line))
            let added: [Effect] = [.save(document), .say(.success, script.text("kpis", "added", ["id": id, "name": TextSafety.neutralise(line)]))]
            let next = afterKPIName(id)
            // The next KPI is asked by its prompt alone; the list goes on.
            return added + (next == .kpi ? ask(.kpi, full: false) : go(to: next))
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
        case .objectiveType(let id):
            return objectiveTypeAnswer(id, line)
        case .owner(let id):
            return ownerAnswer(id, line)
        case .alignsTo(let id):
            return alignsToAnswer(id, line)
        case .doneWhen(let id):
            return doneWhenAnswer(id, line)
        case .confidence(let id):
            return confidenceAnswer(id, line)
        case .sharedWith(let id):
            if !line.isEmpty, let o = document.objectiveIndex(id: id) {
                remember(line, "the teams sharing \(id)")
                document.objectives[o].sharedWith = line.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
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
        case .checkInValue, .checkInConfidence, .checkInNote, .kpiBetter, .kpiReading, .observation, .checkInDone:
            return checkInAnswer(line)
        case .retro(let question):
            return retroAnswer(question, line)
        case .carry(let question):
            return carryAnswer(question, line)
        }
    }

    func nextPurposeStep(after question: PurposeQuestion?) -> Step {
        let all = PurposeQuestion.allCases
        let start = question.map { all.firstIndex(of: $0)! + 1 } ?? 0
        return start < all.count ? .purpose(all[start]) : .objective
    }

    // MARK: The end

    /// Every open finding, then a one-line summary.
    mutating func closingReview() -> [Effect] {
        step = .finished
        return [.say(.title, script.text("review", "title"))] + reviewLines() + [
            .say(.success, script.text("review", "summary", [
                "team": TextSafety.neutralise(document.team), "period": TextSafety.neutralise(document.period),
                "objectives": Session.counted(document.objectives.count, "objective"),
                "keyresults": Session.counted(document.objectives.reduce(0) { $0 + $1.keyResults.count }, "key result"),
                "file": fileName,
            ])),
            .save(document),
        ] + ask(.finished, full: true)
    }

    /// `2027`, `2027-Q2`, `2027-H1`: a period the date reader understands fully.
    static func isPlainPeriod(_ period: String) -> Bool {
        let parts = period.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard let year = parts.first, year.count == 4, year.allSatisfy(\.isASCII), Int(year) != nil else { return false }
        guard parts.count == 2 else { return parts.count == 1 }
        return ["Q1", "Q2", "Q3", "Q4", "H1", "H2"].contains(String(parts[1]))
    }

    /// "1 objective", "3 objectives".
    static func counted(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    /// Everything the coach would raise now, then what the team decided to keep: decisions stay visible.
    func reviewLines() -> [Effect] {
        let findings = coach.review(document, includingKept: true)
        let open = findings.filter { !$0.kept }
        let kept = findings.filter(\.kept)
        var lines: [Effect] = open.isEmpty
            ? [.say(.success, script.text("review", "clean"))]
            : [.say(.info, script.text("review", "open", ["points": Session.counted(open.count, "point")]))] + say(open)
        if !kept.isEmpty {
            let items = kept.map { "\($0.target) \($0.rule)" }.joined(separator: ", ")
            lines.append(.say(.info, script.text("review", "kept", ["count": String(kept.count), "items": items])))
        }
        return lines
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
