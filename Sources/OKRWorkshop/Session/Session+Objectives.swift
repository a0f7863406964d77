import OKRCoach
import OKRModel

/// Drafting an objective: coaching its title, who shares it, which KPIs it should move
/// (its type and owner: Session+Facilitation).
extension Session {
    /// Says what the coach thinks of objective `id`; flags lead to a revise-or-keep question.
    mutating func coachObjective(_ id: String) -> [Effect] {
        let flagged = concerns(for: id)
        if flagged.isEmpty { return finish(orContinueWith: afterObjectiveTitle(id)) }
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
                + finish(orContinueWith: afterObjectiveTitle(id))
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
}
