/// The map in Graphviz's DOT language: a cluster per team (its name as a node, its objectives
/// inside), alignments as arrows, shares dashed (both ways when confirmed), numbers as ellipses,
/// a tug of war in red, names not in the set dashed.
public enum MapDOT {
    public static func render(_ map: OrganisationMap) -> String {
        var lines = ["digraph okr {", "  rankdir=LR;", "  node [shape=box, style=rounded, fontname=\"Helvetica\"];", "  edge [fontname=\"Helvetica\", fontsize=10];"]
        for (t, team) in map.teams.enumerated() {
            lines.append("  subgraph cluster_\(t) {")
            lines.append("    label=\(text([team.name, team.period].filter { !$0.isEmpty }.joined(separator: " · ")));")
            lines.append("    \(MapGraph.team(t)) [label=\(text(team.name.isEmpty ? "(no team)" : team.name)), shape=folder];")
            for (o, objective) in team.objectives.enumerated() {
                lines.append("    \(MapGraph.objective(t, o)) [label=\(text(objective.id + ": " + objective.title))];")
            }
            lines.append("  }")
        }
        var absent: [String] = []
        var edges: [String] = []
        for edge in map.edges {
            let to = MapGraph.node(edge.target, absent: &absent)
            var attributes = ["label=\(text(MapGraph.edgeLabel(edge)))"]
            if edge.kind == .sharedWith { attributes.append("style=dashed") }
            if edge.status == .confirmed { attributes.append("dir=both") }
            if edge.status == .broken || edge.status == .missing { attributes.append("color=\"#c00000\"") }
            edges.append("  \(MapGraph.objective(edge.team, edge.objective)) -> \(to) [\(attributes.joined(separator: ", "))];")
        }
        for (i, name) in absent.enumerated() {
            lines.append("  X\(i) [label=\(text(name + " (not in this set)")), style=dashed];")
        }
        for (n, number) in map.numbers.enumerated() {
            lines.append("  \(MapGraph.number(n)) [label=\(text(number.name)), shape=ellipse];")
            for mover in number.movers {
                let from = MapGraph.node(mover, in: map)
                var attributes = ["label=\(text(MapText.arrow(mover.direction) + " " + mover.item))"]
                if number.tugOfWar, mover.direction == .increase || mover.direction == .decrease { attributes.append("color=\"#c00000\", penwidth=2") }
                edges.append("  \(from) -> \(MapGraph.number(n)) [\(attributes.joined(separator: ", "))];")
            }
        }
        return (lines + edges + ["}"]).joined(separator: "\n") + "\n"
    }

    /// A DOT string: quotes and backslashes escaped, line breaks and control characters as spaces.
    static func text(_ value: String) -> String {
        MapGraph.quoted(value, escaping: ["\"": "\\\"", "\\": "\\\\"])
    }
}
