import OKRCoach
import OKRModel

/// The retrospective: the same engine as the workshop and the check-in, walking each objective's key
/// results. The team says its own grade first; only then does okr show the score the check-ins give,
/// beside it, so the room's judgement is not anchored by the number. The final grade and its reason
/// are kept (`grade`, `gradeNote`), then what each objective taught (`retro`). It ends by reading the
/// grades: the grade rules and the outcome review as of the period's end.
extension Session {
    // MARK: The walk

    static func firstRetroStep(of document: Document) -> Step {
        guard let first = document.objectives.first else { return .retro(.done) }
        return first.keyResults.first.map { .retro(.ownGrade($0.id)) } ?? .retro(.learned(first.id))
    }

    /// After key result `id`: the next of its objective, else what the objective taught.
    func afterGrade(of id: String) -> Step {
        guard let (o, k) = document.keyResultIndex(id: id) else { return .retro(.done) }
        let keyResults = document.objectives[o].keyResults
        return k + 1 < keyResults.count ? .retro(.ownGrade(keyResults[k + 1].id)) : .retro(.learned(document.objectives[o].id))
    }

    /// After objective `id`: the next objective's first key result (or its lessons), else the end.
    func afterLessons(of id: String) -> Step {
        guard let o = document.objectiveIndex(id: id), o + 1 < document.objectives.count else { return .retro(.done) }
        let next = document.objectives[o + 1]
        return next.keyResults.first.map { .retro(.ownGrade($0.id)) } ?? .retro(.learned(next.id))
    }

    /// The date the scores are read on: the period's last day, or the retrospective's date when that comes first.
    var retroAsOf: String {
        guard case .retro(let date) = mode else { return "" }
        guard let end = PeriodDates(period: document.period)?.end, end < date else { return date }
        return end
    }

    // MARK: Start and end

    mutating func retroStart() -> [Effect] {
        var said: [Effect] = [.say(.title, script.text("retro", "title"))]
        guard !document.objectives.isEmpty else {
            return said + [.say(.coach(.warning), script.text("retro", "nothing", ["file": fileName])), .quit]
        }
        said.append(.say(.hint, script.text("welcome", "help")))
        if resumed {
            said.append(.say(.info, script.text("retro", "resumed", ["file": fileName])))
        } else {
            let keyResults = document.objectives.reduce(0) { $0 + $1.keyResults.count }
            said.append(.say(.info, script.text("retro", "new", [
                "team": TextSafety.neutralise(document.team), "period": TextSafety.neutralise(document.period),
                "keyresults": Session.counted(keyResults, "key result"), "date": retroAsOf,
            ])))
            said.append(.say(.hint, script.text("retro", "how")))
        }
        return said + ask(step, full: true)
    }

    /// The grades read out: each objective's against what its type expects, then the coach's findings.
    mutating func closeRetro() -> [Effect] {
        step = .retro(.done)
        let graded = document.objectives.flatMap(\.keyResults).filter { $0.grade != nil }.count
        var said: [Effect] = [.save(document), .say(.success, script.text("retro", "summary", [
            "file": fileName, "keyresults": Session.counted(graded, "key result"),
        ]))]
        for objective in document.objectives {
            let grades = objective.keyResults.compactMap(\.grade)
            guard !grades.isEmpty else { continue }
            let mean = grades.reduce(0, +) / Double(grades.count)
            said.append(.say(.info, script.text("retro", "reading", [
                "id": objective.id, "grade": ScoreText.grade(mean), "expected": expectation(of: objective),
            ])))
        }
        let findings = coach.retrospective(document, asOf: retroAsOf)
        if findings.isEmpty {
            said.append(.say(.success, script.text("retro", "clean")))
        } else {
            said.append(.say(.info, script.text("retro", "review")))
            said += say(findings)
        }
        return said + ask(.retro(.done), full: true)
    }

    /// "committed: expected at 1.0" or "aspirational: about 0.7 is success".
    func expectation(of objective: Objective) -> String {
        script.text("retro", objective.type == .aspirational ? "expected.aspirational" : objective.type == .committed ? "expected.committed" : "expected.untyped")
    }

    // MARK: Asking

    func askRetro(_ question: RetroQuestion, full: Bool) -> (said: [Effect], question: Question) {
        var said: [Effect] = []
        switch question {
        case .ownGrade(let id):
            if full, let (o, k) = document.keyResultIndex(id: id) {
                let objective = document.objectives[o]
                let keyResult = objective.keyResults[k]
                if k == 0 {
                    said.append(.say(.question, script.text("retro", "objective", [
                        "id": objective.id, "title": TextSafety.neutralise(objective.title), "expected": expectation(of: objective),
                    ])))
                }
                said.append(.say(.question, script.text("checkin", "item", ["id": id, "statement": TextSafety.neutralise(keyResult.statement)])))
                let numbers = KeyResultSummary.numbers(keyResult)
                if !numbers.isEmpty { said.append(.say(.hint, TextSafety.neutralise(numbers))) }
                said.append(.say(.question, script.text("retro", "own")))
            }
            return (said, Question(label: script.text("retro", "own.label", ["id": id])))
        case .finalGrade(let id):
            let grade = keyResult(id)?.grade
            if full, let grade { said += reveal(id, grade: grade) + [.say(.question, script.text("retro", "final"))] }
            return (said, Question(label: script.text("retro", "final.label", ["id": id]), prefill: grade.map(ScoreText.grade)))
        case .gradeNote(let id):
            if full { said.append(.say(.question, script.text("retro", "why"))) }
            return (said, Question(label: script.text("retro", "why.label", ["id": id]), prefill: keyResult(id)?.gradeNote))
        case .learned(let id):
            let objective = document.objectiveIndex(id: id).map { document.objectives[$0] }
            if full, let objective {
                if objective.keyResults.isEmpty {
                    said.append(.say(.question, script.text("retro", "objective", [
                        "id": id, "title": TextSafety.neutralise(objective.title), "expected": expectation(of: objective),
                    ])))
                }
                said.append(.say(.question, script.text("retro", "learned", ["id": id])))
            }
            return (said, Question(label: script.text("retro", "learned.label", ["id": id]), prefill: objective?.retro?.learned))
        case .differently(let id):
            if full { said.append(.say(.question, script.text("retro", "differently"))) }
            let objective = document.objectiveIndex(id: id).map { document.objectives[$0] }
            return (said, Question(label: script.text("retro", "differently.label", ["id": id]), prefill: objective?.retro?.differently))
        case .done:
            if full { said.append(.say(.info, script.text("retro", "finished", ["file": fileName]))) }
            return (said, Question(label: script.text("checkin", "label")))
        }
    }

    /// The score the check-ins give, shown beside the team's grade with the difference.
    func reveal(_ id: String, grade: Double) -> [Effect] {
        let score = coach.scores(document, asOf: retroAsOf).objectives.lazy.flatMap(\.keyResults).first { $0.id == id }
        guard let progress = score?.progress, let keyResult = keyResult(id) else {
            return [.say(.info, script.text("retro", "no.score", ["grade": ScoreText.grade(grade)]))]
        }
        let difference = ((grade - progress.value) * 100).rounded() / 100
        let gap: String
        switch difference {
        case 0: gap = script.text("retro", "same")
        case ..<0: gap = script.text("retro", "lower", ["difference": ScoreText.grade(-difference)])
        default: gap = script.text("retro", "higher", ["difference": ScoreText.grade(difference)])
        }
        return [.say(.info, script.text("retro", "score", [
            "grade": ScoreText.grade(grade), "score": ScoreText.grade(progress.value),
            "value": shown(progress.reading, keyResult), "date": progress.date, "gap": gap,
        ]))]
    }

    /// A grade as typed: 0.0 to 1.0 with a decimal point (`0.7`, `1.0`), 0 to 10 (`7`, `7/10`), or a
    /// share (`70%`). A bare `1` is one out of ten, as on the 0–10 scale; the answer is said back.
    static func grade(_ line: String) -> Double? {
        let text = line.trimmingWhitespace().replacing(",", with: ".")
        if text.contains("."), !text.contains("/"), !text.hasSuffix("%"), let value = Double(text), value.isFinite, (0...1).contains(value) {
            return (value * 100).rounded() / 100
        }
        return confidence(line)
    }

    // MARK: Answers

    mutating func retroAnswer(_ question: RetroQuestion, _ line: String) -> [Effect] {
        switch question {
        case .ownGrade(let id), .finalGrade(let id):
            guard let (o, k) = document.keyResultIndex(id: id) else { return go(to: afterGrade(of: id)) }
            let next: Step = question == .ownGrade(id) ? .retro(.finalGrade(id)) : .retro(.gradeNote(id))
            guard !line.isEmpty else {
                // Enter: no grade from the room (skipped), or the grade shown kept.
                return go(to: document.objectives[o].keyResults[k].grade == nil ? afterGrade(of: id) : next)
            }
            guard let grade = Session.grade(line) else {
                return [.say(.coach(.warning), script.text("retro", "unknown", ["line": TextSafety.clip(line, limit: 30)]))] + ask(step, full: false)
            }
            remember(line, "the grade of \(id)")
            document.objectives[o].keyResults[k].grade = grade
            return [.save(document)] + go(to: next)
        case .gradeNote(let id):
            guard !line.isEmpty, let (o, k) = document.keyResultIndex(id: id) else { return go(to: afterGrade(of: id)) }
            remember(line, "why \(id) got its grade")
            document.objectives[o].keyResults[k].gradeNote = line
            return [.save(document)] + go(to: afterGrade(of: id))
        case .learned(let id), .differently(let id):
            let learned = question == .learned(id)
            let next: Step = learned ? .retro(.differently(id)) : afterLessons(of: id)
            guard !line.isEmpty, let o = document.objectiveIndex(id: id) else { return next == .retro(.done) ? closeRetro() : go(to: next) }
            remember(line, learned ? "what \(id) taught" : "what to do differently after \(id)")
            var retro = document.objectives[o].retro ?? Retro()
            if learned { retro.learned = line } else { retro.differently = line }
            document.objectives[o].retro = retro
            return [.save(document)] + (next == .retro(.done) ? closeRetro() : go(to: next))
        case .done:
            return line.isEmpty ? [.save(document), .quit] : ask(step, full: true)
        }
    }

    /// `/skip` in a retrospective: on to the next question, recording nothing.
    mutating func skipRetro(_ question: RetroQuestion) -> [Effect] {
        let next: Step
        switch question {
        case .ownGrade(let id), .finalGrade(let id), .gradeNote(let id): next = afterGrade(of: id)
        case .learned(let id): next = .retro(.differently(id))
        case .differently(let id): next = afterLessons(of: id)
        case .done: return [.save(document), .quit]
        }
        return next == .retro(.done) ? closeRetro() : go(to: next)
    }
}
