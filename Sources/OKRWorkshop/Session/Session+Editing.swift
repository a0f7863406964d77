import OKRCoach
import OKRModel

/// `/edit`: replacing the text of an item, coached again where it matters.
extension Session {
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
            dropStaleDecisions(of: id)
            return [.save(document)] + coachObjective(id)
        case .keyResult(let id):
            guard let at = document.keyResultIndex(id: id) else { return finish(orContinueWith: step) }
            remember(line, "the edit of \(id)")
            restate(at, line)
            dropStaleDecisions(of: id)
            return [.save(document)] + coachKeyResult(id)
        }
        return [.save(document)] + finish(orContinueWith: step)
    }
}
