import OKRModel

/// Timeboxes: which stage a question belongs to, the notice when a stage runs over, and `/time`.
extension Session {
    /// The stage the question of `step` belongs to.
    func stage(of step: Step) -> WorkshopClock.Stage {
        switch step {
        case .team, .period, .participants, .kpi, .kpiValue, .kpiBetter, .purpose:
            return .purpose
        case .objective:
            return .objective(document.nextObjectiveID())
        case .another:
            return document.objectives.last.map { .objective($0.id) } ?? .purpose
        case .finished:
            return .review
        case .edit:
            return returnTo.map(stage(of:)) ?? .review
        default:
            guard let id = step.itemID else { return .review }
            return .objective(String(id.prefix { $0 != "." }))
        }
    }

    /// `purpose`, `objective` or `review`: the stage's key in `[timebox]`.
    func timeboxKey(_ stage: WorkshopClock.Stage) -> String {
        switch stage {
        case .purpose: return "purpose"
        case .objective: return "objective"
        case .review: return "review"
        }
    }

    func name(of stage: WorkshopClock.Stage) -> String {
        switch stage {
        case .purpose: return script.text("timebox", "purpose.name")
        case .objective(let id): return id
        case .review: return script.text("timebox", "review.name")
        }
    }

    /// The notice, said just before the next question, when the stage it belongs to has run over its timebox.
    mutating func timeboxNotice() -> [Effect] {
        let current = stage(of: step)
        guard let planned = script.plannedMinutes(timeboxKey(current)), clock.overran(current, planned: planned) else { return [] }
        return [.say(.info, script.text("timebox", "over", [
            // At least a minute: a stage over its plan has taken time, even under a sub-minute plan.
            "spent": String(max(1, WorkshopClock.minutes(clock.seconds(on: current)))),
            "stage": TextSafety.neutralise(name(of: current)),
            "planned": JSONNumber.format(planned),
        ]))]
    }

    /// `/time`: minutes so far, stage by stage, against their timeboxes.
    func clockReport() -> [Effect] {
        guard clock.started != nil else { return [.say(.info, script.text("timebox", "not.started"))] }
        let current = stage(of: resumeStep)
        let stages = clock.spent.map { stage, seconds -> String in
            var values = ["stage": name(of: stage), "spent": String(WorkshopClock.minutes(seconds))]
            var text = script.text("timebox", "stage", values)
            if let planned = script.plannedMinutes(timeboxKey(stage)) {
                values["planned"] = JSONNumber.format(planned)
                text = script.text("timebox", "stage.planned", values)
            }
            return stage == current ? script.text("timebox", "current", ["stage": text]) : text
        }
        return [.say(.info, TextSafety.neutralise(script.text("timebox", "clock", [
            "total": String(WorkshopClock.minutes(clock.total)), "stages": stages.joined(separator: " · "),
        ])))]
    }
}
