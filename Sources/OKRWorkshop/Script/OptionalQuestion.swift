/// The questions of `[steps]` that a shorter session may leave out.
enum OptionalQuestion: String, CaseIterable, Sendable {
    case participants
    case kpiValues = "kpi.values"
    case kpiBetter = "kpi.better"
    case objectiveType = "objective.type"
    case owners
    case alignment
    case confidence
    case doneWhen = "done.when"
}
