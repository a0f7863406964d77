import OKRModel

/// The map as a tree for the terminal: each team with its objectives, what each aligns to and is
/// shared with, what aligns to it, and what the rules across documents found there (`!`), then the
/// numbers several teams move. Lines are not wrapped
/// here; the command wraps them to the terminal, continuing under each line's text.
public enum MapText {
    public static func render(_ map: OrganisationMap) -> String {
        let safe = TextSafety.neutralise
        var incoming: [[Int]: [String]] = [:]
        for edge in map.edges where edge.kind == .alignsTo {
            if case .objective(let t, let o) = edge.target {
                incoming[[t, o], default: []].append(map.teams[edge.team].name + "/" + map.teams[edge.team].objectives[edge.objective].id)
            }
        }
        let parents = Set(map.edges.compactMap { edge -> Int? in
            if case .objective(let t, _) = edge.target { return t }
            return nil
        })
        // What the rules across documents found, marked under the item each finding is about.
        var marks: [[String]: [String]] = [:]
        for finding in map.findings {
            guard let place = finding.places.first else { continue }
            marks[[place.file, place.target], default: []].append("! \(finding.rule): \(finding.message)")
        }
        var lines: [String] = []
        for (t, team) in map.teams.enumerated() {
            lines.append([team.name.isEmpty ? "(no team)" : team.name, team.period, team.file].filter { !$0.isEmpty }.map(safe).joined(separator: " · "))
            for mark in marks[[team.file, "document"]] ?? [] { lines.append("   " + safe(mark)) }
            for (o, objective) in team.objectives.enumerated() {
                lines.append("  \(safe(objective.id)) \(safe(objective.title))")
                for mark in marks[[team.file, objective.id]] ?? [] { lines.append("     " + safe(mark)) }
                for edge in map.edges where edge.team == t && edge.objective == o {
                    lines.append("     " + describe(edge, map))
                }
                if let from = incoming[[t, o]] {
                    lines.append("     ← " + safe(from.joined(separator: ", ")))
                } else if parents.contains(t) {
                    lines.append("     ← no team contributes")
                }
            }
        }
        if !map.numbers.isEmpty {
            lines.append("")
            lines.append("Numbers")
            for number in map.numbers {
                let movers = number.movers.map { "\(map.teams[$0.team].name) \(arrow($0.direction)) \($0.item)" }.joined(separator: ", ")
                lines.append("  \(safe(number.name)): \(safe(movers))" + (number.tugOfWar ? " — tug of war" : ""))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ edge: OrganisationMap.Edge, _ map: OrganisationMap) -> String {
        let target = TextSafety.neutralise(map.label(edge.target))
        switch (edge.kind, edge.status) {
        case (.alignsTo, .broken): return "→ \(target) (not in this set)"
        case (.alignsTo, _): return "→ \(target)"
        case (.sharedWith, .confirmed): return "⇄ shared with \(target), both sides"
        case (.sharedWith, .missing): return "⇢ shared with \(target) (not in this set)"
        case (.sharedWith, _): return "⇢ shared with \(target), one-sided"
        }
    }

    /// ↑ raises, ↓ lowers, = holds, · moves (a KPI linked to an objective).
    static func arrow(_ direction: Direction?) -> String {
        switch direction {
        case .increase?: return "↑"
        case .decrease?: return "↓"
        case .maintain?, .atLeast?, .atMost?: return "="
        case nil: return "·"
        }
    }
}
