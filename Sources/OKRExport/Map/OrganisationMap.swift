import OKRCoach
import OKRModel

/// A set of documents as a map: teams and their objectives, what each objective aligns to and
/// is shared with (confirmed by the other side or not), and the numbers several teams move, in
/// which direction. Built once, then written as text, Mermaid, DOT or JSON.
public struct OrganisationMap: Sendable {
    public struct Team: Sendable {
        public var name: String
        public var file: String
        public var period: String
        public var objectives: [(id: String, title: String)]
    }

    /// Where an edge leads: an objective of a team in the set, a team, or a name the set does not have.
    public enum Target: Equatable, Sendable {
        case objective(team: Int, objective: Int)
        case team(Int)
        case absent(String)
    }

    public enum Kind: String, Sendable {
        case alignsTo, sharedWith
    }

    /// `confirmed`: shared by both sides; `one-sided`; `missing`: the other team is not in the set;
    /// `ok`: an alignment that resolves; `broken`: one that does not.
    public enum Status: String, Sendable {
        case ok, confirmed, oneSided = "one-sided", missing, broken
    }

    public struct Edge: Sendable {
        public var kind: Kind
        public var team: Int
        public var objective: Int
        public var target: Target
        public var status: Status
    }

    /// A KPI or metric and the teams that move it.
    public struct Number: Sendable {
        public var name: String
        public var movers: [Mover]
        /// Two teams move it in opposite directions.
        public var tugOfWar: Bool
    }

    /// A team moving a number: through a key result (with its direction) or by linking the KPI to an objective.
    public struct Mover: Sendable {
        public var team: Int
        public var item: String
        public var direction: Direction?
    }

    public var teams: [Team]
    public var edges: [Edge]
    public var numbers: [Number]
    public var findings: [SetFinding]

    public init(_ documents: [SetDocument], findings: [SetFinding]) {
        self.findings = findings
        teams = documents.map { entry in
            Team(name: entry.document.team, file: entry.file, period: entry.document.period,
                 objectives: entry.document.objectives.map { ($0.id, $0.title) })
        }
        var byTeam: [String: Int] = [:]
        for (i, team) in teams.enumerated() where byTeam[SetDocument.teamKey(team.name)] == nil { byTeam[SetDocument.teamKey(team.name)] = i }
        var edges: [Edge] = []
        for (t, entry) in documents.enumerated() {
            for (o, objective) in entry.document.objectives.enumerated() {
                for text in objective.alignsTo {
                    guard let alignment = Alignment(text) else { continue }
                    guard let p = byTeam[SetDocument.teamKey(alignment.team)] else {
                        edges.append(Edge(kind: .alignsTo, team: t, objective: o, target: .absent(text), status: .broken))
                        continue
                    }
                    if let target = documents[p].document.objectives.firstIndex(where: { $0.id == alignment.objective }) {
                        edges.append(Edge(kind: .alignsTo, team: t, objective: o, target: .objective(team: p, objective: target), status: .ok))
                    } else {
                        edges.append(Edge(kind: .alignsTo, team: t, objective: o, target: .absent(text), status: .broken))
                    }
                }
                for other in objective.sharedWith where !other.allSatisfy(\.isWhitespace) {
                    guard let b = byTeam[SetDocument.teamKey(other)] else {
                        edges.append(Edge(kind: .sharedWith, team: t, objective: o, target: .absent(other), status: .missing))
                        continue
                    }
                    let back = documents[b].document.objectives.contains { $0.sharedWith.contains { SetDocument.teamKey($0) == SetDocument.teamKey(entry.document.team) } }
                    edges.append(Edge(kind: .sharedWith, team: t, objective: o, target: .team(b), status: back ? .confirmed : .oneSided))
                }
            }
        }
        self.edges = edges
        numbers = Self.numbers(documents)
    }

    /// Every KPI an objective moves and every metric two teams or more move, in order of first appearance.
    private static func numbers(_ documents: [SetDocument]) -> [Number] {
        var order: [String] = []
        var names: [String: String] = [:]
        var movers: [String: [Mover]] = [:]
        func add(_ name: String, _ mover: Mover) {
            guard let key = MetricKey.of(name) else { return }
            if movers[key] == nil { order.append(key); names[key] = name }
            movers[key, default: []].append(mover)
        }
        for (t, entry) in documents.enumerated() {
            for objective in entry.document.objectives {
                for id in objective.kpis {
                    if let kpi = entry.document.kpis.first(where: { $0.id == id }) { add(kpi.name, Mover(team: t, item: objective.id, direction: nil)) }
                }
                for keyResult in objective.keyResults {
                    if let metric = keyResult.metric { add(metric, Mover(team: t, item: keyResult.id, direction: keyResult.direction)) }
                }
            }
        }
        return order.compactMap { key in
            let list = movers[key]!
            let teams = Set(list.map(\.team))
            // A KPI is on the map when an objective moves it; another metric when two teams move it.
            guard teams.count > 1 || list.contains(where: { $0.direction == nil }) else { return nil }
            let ups = Set(list.filter { $0.direction == .increase }.map(\.team))
            let downs = Set(list.filter { $0.direction == .decrease }.map(\.team))
            let tug = ups.contains { up in downs.contains { $0 != up } }
            return Number(name: names[key]!, movers: list, tugOfWar: tug)
        }
    }

    /// `Team/O1` of an objective, `Team` of a team, the name as written for one not in the set.
    public func label(_ target: Target) -> String {
        switch target {
        case .objective(let t, let o): return teams[t].name + "/" + teams[t].objectives[o].id
        case .team(let t): return teams[t].name
        case .absent(let name): return name
        }
    }
}
