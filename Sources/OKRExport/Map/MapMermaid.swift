/// The map as a Mermaid flowchart a wiki renders: a subgraph per team holding its objectives,
/// alignments as arrows, shares as dotted arrows (both ways when confirmed), the numbers teams
/// move as rounded nodes; a tug of war in red, names not in the set dashed.
public enum MapMermaid {
    public static func render(_ map: OrganisationMap) -> String {
        var lines = ["flowchart LR"]
        for (t, team) in map.teams.enumerated() {
            lines.append("  subgraph \(MapGraph.team(t))[\(text([team.name, team.period].filter { !$0.isEmpty }.joined(separator: " · ")))]")
            for (o, objective) in team.objectives.enumerated() {
                lines.append("    \(MapGraph.objective(t, o))[\(text(objective.id + ": " + objective.title))]")
            }
            lines.append("  end")
        }
        var absent: [String] = []
        var edges: [String] = []
        for edge in map.edges {
            let to = MapGraph.node(edge.target, absent: &absent)
            let arrow = edge.kind == .alignsTo ? "-->" : edge.status == .confirmed ? "<-.->" : "-.->"
            edges.append("  \(MapGraph.objective(edge.team, edge.objective)) \(arrow)|\(text(MapGraph.edgeLabel(edge)))| \(to)")
        }
        for (i, name) in absent.enumerated() {
            lines.append("  X\(i)[\(text(name + " (not in this set)"))]:::absent")
        }
        var red: [Int] = []
        for (n, number) in map.numbers.enumerated() {
            lines.append("  \(MapGraph.number(n))([\(text(number.name))])")
            for mover in number.movers {
                if number.tugOfWar, mover.direction == .increase || mover.direction == .decrease { red.append(edges.count) }
                let from = MapGraph.node(mover, in: map)
                edges.append("  \(from) -->|\(text(MapText.arrow(mover.direction) + " " + mover.item))| \(MapGraph.number(n))")
            }
        }
        lines += edges
        lines.append("  classDef absent stroke-dasharray: 5 5")
        if !red.isEmpty { lines.append("  linkStyle \(red.map(String.init).joined(separator: ",")) stroke:#c00,stroke-width:2px") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A quoted label: quotes become `#quot;`, and line breaks and control characters spaces.
    static func text(_ value: String) -> String {
        MapGraph.quoted(value, escaping: ["\"": "#quot;", "#": "#35;"])
    }
}
