/// One team's OKRs for one period: the unit the workshop autosaves, export
/// writes and lint reads. Field names follow file format v1.
public struct Document: Equatable, Sendable {
    /// The format version this build reads and writes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var team: String
    public var period: String
    /// RFC 3339 UTC timestamps, kept as text so they round-trip exactly.
    public var createdAt: String?
    public var updatedAt: String?
    public var participants: [String]
    public var purpose: Purpose
    public var kpis: [KPI]
    public var objectives: [Objective]
    public var notes: [String]
    /// Members this version does not know, kept in order so a save loses nothing.
    public var extra: [JSONMember]

    public init(
        team: String = "",
        period: String = "",
        createdAt: String? = nil,
        updatedAt: String? = nil,
        participants: [String] = [],
        purpose: Purpose = Purpose(),
        kpis: [KPI] = [],
        objectives: [Objective] = [],
        notes: [String] = [],
        extra: [JSONMember] = []
    ) {
        self.schemaVersion = Document.currentSchemaVersion
        self.team = team
        self.period = period
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.participants = participants
        self.purpose = purpose
        self.kpis = kpis
        self.objectives = objectives
        self.notes = notes
        self.extra = extra
    }
}

extension Document {
    /// The objective with this id, and its index.
    public func objectiveIndex(id: String) -> Int? {
        objectives.firstIndex { $0.id == id }
    }

    /// Where a key result with this id lives: objective index and key result index.
    public func keyResultIndex(id: String) -> (objective: Int, keyResult: Int)? {
        for (o, objective) in objectives.enumerated() {
            if let k = objective.keyResults.firstIndex(where: { $0.id == id }) { return (o, k) }
        }
        return nil
    }

    /// `O<n>` with n one past the highest in use, so ids never get reused after a deletion.
    public func nextObjectiveID() -> String {
        "O\(IDNumbering.next(after: objectives.map(\.id), prefix: "O"))"
    }

    /// `K<n>`, one past the highest KPI number in use.
    public func nextKPIID() -> String {
        "K\(IDNumbering.next(after: kpis.map(\.id), prefix: "K"))"
    }

    /// Adds an objective under a fresh id and returns that id; its key results are numbered under it.
    @discardableResult
    public mutating func addObjective(_ objective: Objective) -> String {
        var objective = objective
        objective.id = nextObjectiveID()
        for i in objective.keyResults.indices { objective.keyResults[i].id = "" }
        objective.assignMissingKeyResultIDs()
        objectives.append(objective)
        return objective.id
    }

    /// Adds a KPI under a fresh id and returns that id.
    @discardableResult
    public mutating func addKPI(_ kpi: KPI) -> String {
        var kpi = kpi
        kpi.id = nextKPIID()
        kpis.append(kpi)
        return kpi.id
    }

    /// Gives every item without an id one, keeping the ids already there.
    /// Hand-written documents may leave ids out; okr numbers them on load.
    public mutating func assignMissingIDs() {
        for i in kpis.indices where kpis[i].id.isEmpty { kpis[i].id = nextKPIID() }
        for i in objectives.indices where objectives[i].id.isEmpty { objectives[i].id = nextObjectiveID() }
        for i in objectives.indices { objectives[i].assignMissingKeyResultIDs() }
    }
}
