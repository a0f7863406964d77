/// Node names shared by the Mermaid and DOT maps: `T2` a team, `T2O0` its first objective,
/// `X0` a name the set does not have, `N0` a number.
enum MapGraph {
    static func team(_ t: Int) -> String { "T\(t)" }
    static func objective(_ t: Int, _ o: Int) -> String { "T\(t)O\(o)" }
    static func number(_ n: Int) -> String { "N\(n)" }

    /// The node an edge leads to, and the names not in the set, numbered in order of first use.
    static func node(_ target: OrganisationMap.Target, absent: inout [String]) -> String {
        switch target {
        case .objective(let t, let o): return objective(t, o)
        case .team(let t): return team(t)
        case .absent(let name):
            if let i = absent.firstIndex(of: name) { return "X\(i)" }
            absent.append(name)
            return "X\(absent.count - 1)"
        }
    }

    /// `value` in double quotes, each scalar of `escaping` written as given, line breaks and other
    /// control characters as spaces: a label can never end its quotes or start a new statement.
    static func quoted(_ value: String, escaping: [Unicode.Scalar: String]) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            if let escaped = escaping[scalar] {
                out += escaped
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                out += " "
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The node a number's mover starts from: the objective its key result (or linked KPI) belongs to.
    static func node(_ mover: OrganisationMap.Mover, in map: OrganisationMap) -> String {
        let objectives = map.teams[mover.team].objectives
        return objectives.firstIndex { mover.item == $0.id || mover.item.hasPrefix($0.id + ".") }.map { objective(mover.team, $0) } ?? team(mover.team)
    }

    static func edgeLabel(_ edge: OrganisationMap.Edge) -> String {
        switch (edge.kind, edge.status) {
        case (.alignsTo, .broken): return "aligns to, not in this set"
        case (.alignsTo, _): return "aligns to"
        case (.sharedWith, .confirmed): return "shared, both sides"
        case (.sharedWith, .missing): return "shared, not in this set"
        case (.sharedWith, _): return "shared, one-sided"
        }
    }
}
