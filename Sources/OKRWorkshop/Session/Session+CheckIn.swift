import OKRCoach
import OKRModel

/// The check-in: the same conversation engine as the workshop (autosave after every answer,
/// resume, /back, /undo, /note), walking a drafted document's key results (value, confidence,
/// a note), then its KPIs, then the purpose's evidence, and ending with the outcome review.
/// Every answer changes only its field of the entry dated `checkInDate`.
extension Session {
    // MARK: The walk

    /// The first question of a check-in: the first key result, else the first KPI, else the purpose.
    static func firstCheckInStep(of document: Document) -> Step {
        if let first = document.objectives.lazy.flatMap(\.keyResults).first { return .checkInValue(first.id) }
        return document.kpis.first.map { kpiStep($0) } ?? .observation
    }

    static func kpiStep(_ kpi: KPI) -> Step {
        kpi.better == nil ? .kpiBetter(kpi.id) : .kpiReading(kpi.id)
    }

    /// After a key result: the next one, then the KPIs, then the purpose.
    func afterCheckIn(of id: String) -> Step {
        let all = document.objectives.flatMap(\.keyResults)
        if let i = all.firstIndex(where: { $0.id == id }), i + 1 < all.count { return .checkInValue(all[i + 1].id) }
        return document.kpis.first.map(Session.kpiStep) ?? .observation
    }

    func afterReading(of id: String) -> Step {
        guard let k = document.kpis.firstIndex(where: { $0.id == id }), k + 1 < document.kpis.count else { return .observation }
        return Session.kpiStep(document.kpis[k + 1])
    }

    // MARK: Start and end

    mutating func checkInStart() -> [Effect] {
        guard let date = checkInDate else { return [] }
        var said: [Effect] = [.say(.title, script.text("checkin", "title"))]
        let keyResults = document.objectives.reduce(0) { $0 + $1.keyResults.count }
        guard keyResults > 0 else {
            return said + [.say(.coach(.warning), script.text("checkin", "nothing", ["file": fileName])), .quit]
        }
        said.append(.say(.hint, script.text("welcome", "help")))
        if resumed {
            said.append(.say(.info, script.text("checkin", "resumed", ["date": date, "file": fileName])))
        } else {
            said.append(.say(.info, script.text("checkin", "new", [
                "date": date, "team": TextSafety.neutralise(document.team), "period": TextSafety.neutralise(document.period),
                "keyresults": Session.counted(keyResults, "key result"),
            ])))
        }
        if Session.period(document.period, contains: date) == false {
            said.append(.say(.coach(.warning), script.text("checkin", "outside", ["date": date, "period": TextSafety.neutralise(document.period)])))
        }
        return said + ask(step, full: true)
    }

    /// What was checked in on this date, then the outcome review, then Enter leaves.
    mutating func closeCheckIn() -> [Effect] {
        step = .checkInDone
        let date = checkInDate ?? ""
        let keyResults = document.objectives.flatMap(\.keyResults).filter { $0.checkIns.contains { $0.date == date } }.count
        let kpis = document.kpis.filter { $0.history.contains { $0.date == date } }.count
        var said: [Effect] = [.save(document), .say(.success, script.text("checkin", "summary", [
            "date": date, "file": fileName,
            "keyresults": Session.counted(keyResults, "key result"), "kpis": Session.counted(kpis, "KPI"),
        ]))]
        // The outcome review as of this check-in: what okr status says, in the room.
        let findings = coach.status(document, asOf: date, includingKept: false).findings
        if findings.isEmpty {
            said.append(.say(.success, script.text("checkin", "clean")))
        } else {
            said.append(.say(.info, script.text("checkin", "review")))
            said += say(findings)
        }
        return said + ask(.checkInDone, full: true)
    }

    /// Whether `date` falls in a plain period (`2027`, `2027-Q1`, `2027-H2`), by the dates the scores
    /// use; nil when the period is not plain or the date is not a date.
    public static func period(_ period: String, contains date: String) -> Bool? {
        guard isPlainPeriod(period), CalendarDate.isValid(date) else { return nil }
        return PeriodDates(period: period)?.contains(date)
    }

    // MARK: Asking

    func askCheckIn(_ step: Step, full: Bool) -> (said: [Effect], question: Question) {
        var said: [Effect] = []
        let date = checkInDate ?? ""
        switch step {
        case .checkInValue(let id):
            let keyResult = keyResult(id)
            if full, let keyResult {
                said.append(.say(.question, script.text("checkin", "item", ["id": id, "statement": TextSafety.neutralise(keyResult.statement)])))
                said.append(.say(.hint, TextSafety.neutralise(facts(of: keyResult))))
                let first = keyResult.checkIns.isEmpty
                said.append(.say(.question, script.text("checkin", keyResult.isMilestone ? "milestone" : first ? "value.first" : "value")))
            }
            let milestone = keyResult?.isMilestone ?? false
            let label = script.text("checkin", milestone ? "milestone.label" : "value.label", ["id": id])
            return (said, Question(label: label, prefill: keyResult.flatMap { lastValue(of: $0, milestone: milestone) }))
        case .checkInConfidence(let id):
            let confidence = keyResult(id).flatMap { $0.checkIns.first { $0.date == date }?.confidence ?? $0.confidence }
            if full { said.append(.say(.question, script.text("checkin", confidence == nil ? "confidence.first" : "confidence", ["id": id]))) }
            return (said, Question(label: script.text("checkin", "confidence.label", ["id": id]),
                                   prefill: confidence.map { JSONNumber.format(($0 * 100).rounded() / 10) }))
        case .checkInNote(let id):
            if full { said.append(.say(.question, script.text("checkin", "note"))) }
            let note = keyResult(id)?.checkIns.first { $0.date == date }?.note
            return (said, Question(label: script.text("checkin", "note.label", ["id": id]), prefill: note))
        case .kpiBetter(let id):
            let kpi = document.kpis.first { $0.id == id }
            if full, let kpi {
                said.append(.say(.question, script.text("checkin", "better", ["name": TextSafety.clip(kpi.name, limit: 50)])))
            }
            return (said, Question(label: script.text("checkin", "better.label", ["id": id])))
        case .kpiReading(let id):
            let kpi = document.kpis.first { $0.id == id }
            if full, let kpi {
                said.append(.say(.question, kpiLine(kpi)))
                said.append(.say(.question, script.text("checkin", kpi.current == nil ? "kpi.value.first" : "kpi.value")))
            }
            let value = kpi.flatMap { kpi in (kpi.history.first { $0.date == date }?.value ?? kpi.current).map { NumberText.format($0, unit: kpi.unit) } }
            return (said, Question(label: script.text("checkin", "kpi.label", ["id": id]), prefill: value))
        case .observation:
            if full {
                said.append(.say(.info, script.text("checkin", "purpose")))
                let purpose = document.purpose
                for (label, answer) in [("Who", purpose.who), ("Change", purpose.change), ("Evidence", purpose.evidence)] {
                    said.append(.say(.hint, "\(label.padding(to: 10))\(answer.isBlank ? "—" : TextSafety.neutralise(answer!))"))
                }
                said.append(.say(.question, script.text("checkin", "observation")))
            }
            let seen = document.purpose.observations.first { $0.date == date }?.note
            return (said, Question(label: script.text("checkin", "observation.label"), prefill: seen))
        default:
            if full { said.append(.say(.info, script.text("checkin", "finished", ["file": fileName]))) }
            return (said, Question(label: script.text("checkin", "label")))
        }
    }

    /// "15% → 80%, by 2027-03-31 · last 32% on 2027-01-15, up from 25%".
    func facts(of keyResult: KeyResult) -> String {
        var parts: [String] = []
        let summary = KeyResultSummary.numbers(keyResult)
        if !summary.isEmpty { parts.append(summary) }
        let earlier = keyResult.checkIns.filter { $0.date != checkInDate && $0.value != nil }
        if let last = earlier.last, let value = last.value {
            var trend = ""
            if earlier.count > 1, let before = earlier[earlier.count - 2].value, !keyResult.isMilestone {
                trend = value > before ? ", up from \(shown(before, keyResult))" : value < before ? ", down from \(shown(before, keyResult))" : ", unchanged"
            }
            parts.append(script.text("checkin", "last", ["value": shown(value, keyResult), "date": last.date, "trend": trend]))
        } else {
            parts.append(script.text("checkin", "none.yet"))
        }
        return parts.joined(separator: " · ")
    }

    /// A value as the room reads it: with its unit, or done / not yet for a milestone.
    func shown(_ value: Double, _ keyResult: KeyResult) -> String {
        keyResult.isMilestone ? (value >= 1 ? "done" : "not yet") : NumberText.format(value, unit: keyResult.unit)
    }

    /// The value to put in the line: this date's, when resuming, else the latest.
    func lastValue(of keyResult: KeyResult, milestone: Bool) -> String? {
        let today = keyResult.checkIns.first { $0.date == checkInDate && $0.value != nil }?.value
        guard let value = today ?? Session.latestValue(of: keyResult) else { return nil }
        return milestone ? (value >= 1 ? "y" : "n") : NumberText.format(value, unit: keyResult.unit)
    }

    /// The latest value a key result reached: its last check-in with one, else `current`.
    static func latestValue(of keyResult: KeyResult) -> Double? {
        keyResult.checkIns.last { $0.value != nil }?.value ?? keyResult.current
    }

    func kpiLine(_ kpi: KPI) -> String {
        let last = kpi.current.map { " (now " + NumberText.format($0, unit: kpi.unit) + ")" } ?? ""
        return script.text("checkin", "kpi", ["id": kpi.id, "name": TextSafety.neutralise(kpi.name), "last": last])
    }

    // MARK: Answers

    mutating func checkInAnswer(_ line: String) -> [Effect] {
        let date = checkInDate ?? ""
        switch step {
        case .checkInValue(let id):
            guard let keyResult = keyResult(id) else { return go(to: afterCheckIn(of: id)) }
            guard !line.isEmpty else { return go(to: .checkInConfidence(id)) }
            let read = keyResult.isMilestone ? CheckInValue.milestone(line) : CheckInValue.number(line)
            guard let value = read else {
                guard keyResult.isMilestone else { return notANumber(line) }
                return [.say(.coach(.warning), script.text("checkin", "milestone.unknown", ["line": TextSafety.clip(line, limit: 30)]))] + ask(step, full: false)
            }
            remember(line, "the value of \(id) on \(date)")
            document.updateCheckIn(of: id, on: date) { $0.value = value }
            return [.save(document)] + go(to: .checkInConfidence(id))
        case .checkInConfidence(let id):
            guard !line.isEmpty else { return go(to: .checkInNote(id)) }
            guard let confidence = Session.confidence(line) else {
                return [.say(.coach(.warning), script.text("confidence", "unknown", ["line": TextSafety.clip(line, limit: 30)]))] + ask(step, full: false)
            }
            remember(line, "the confidence in \(id) on \(date)")
            document.updateCheckIn(of: id, on: date) { $0.confidence = confidence }
            return [.save(document)] + go(to: .checkInNote(id))
        case .checkInNote(let id):
            guard !line.isEmpty else { return go(to: afterCheckIn(of: id)) }
            remember(line, "the note on \(id)")
            document.updateCheckIn(of: id, on: date) { $0.note = line }
            return [.save(document)] + go(to: afterCheckIn(of: id))
        case .kpiBetter(let id):
            guard let k = document.kpis.firstIndex(where: { $0.id == id }) else { return go(to: afterReading(of: id)) }
            let better: Better?
            switch line.lowercased() {
            case "": better = nil
            case "h", "higher", "high", "up": better = .higher
            case "l", "lower", "low", "down": better = .lower
            default:
                return [.say(.coach(.warning), script.text("checkin", "better.unknown", ["line": TextSafety.clip(line, limit: 30)]))] + ask(step, full: false)
            }
            guard let better, better != document.kpis[k].better else { return afterBetter(id) }
            remember(line, "which way is good for \(id)")
            document.kpis[k].better = better
            return [.save(document)] + afterBetter(id)
        case .kpiReading(let id):
            guard !line.isEmpty else { return go(to: afterReading(of: id)) }
            guard let value = CheckInValue.number(line) else { return notANumber(line) }
            remember(line, "the value of \(id) on \(date)")
            document.recordReading(of: id, on: date, value: value)
            return [.save(document)] + go(to: afterReading(of: id))
        case .observation:
            guard !line.isEmpty else { return closeCheckIn() }
            remember(line, "what the team sees of the evidence")
            document.purpose.observations.record(Observation(date: date, note: line))
            return closeCheckIn()
        case .checkInDone:
            return line.isEmpty ? [.save(document), .quit] : ask(step, full: true)
        default:
            return ask(step, full: false)
        }
    }

    /// After which way is good: in a check-in, the KPI's value; in the workshop, the next KPI (or back to an edit).
    mutating func afterBetter(_ id: String) -> [Effect] {
        checkInDate == nil ? nextKPI() : go(to: .kpiReading(id))
    }

    /// `/skip` in a check-in: on to the next question, recording nothing.
    mutating func skipCheckIn() -> [Effect] {
        switch step {
        case .checkInValue(let id): return go(to: .checkInConfidence(id))
        case .checkInConfidence(let id): return go(to: .checkInNote(id))
        case .checkInNote(let id): return go(to: afterCheckIn(of: id))
        case .kpiBetter(let id): return afterBetter(id)
        case .kpiReading(let id): return go(to: afterReading(of: id))
        case .observation: return closeCheckIn()
        default: return [.save(document), .quit]
        }
    }
}
