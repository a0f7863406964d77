/// A short, qualitative statement of where the team wants to go, with the key results that tell whether it got there.
public struct Objective: Equatable, Sendable {
    public var id: String
    public var title: String
    public var type: ObjectiveType?
    public var owner: String?
    /// Other teams that share this objective.
    public var sharedWith: [String]
    /// Ids of the document's KPIs this objective should move.
    public var kpis: [String]
    /// What this objective contributes to in other documents: `Team/O2` (a team's name, its objective's id).
    /// An optional member added in v1, written only when set.
    public var alignsTo: [String]
    /// Rule ids the team heard and chose to keep for this objective.
    public var accepted: [String]
    public var keyResults: [KeyResult]
    /// What the team learned and will do differently, said at the retrospective (`okr retro`).
    public var retro: Retro?
    /// What became of it in the next period's plan (`okr next`).
    public var carryOver: CarryOver?
    public var extra: [JSONMember]

    public init(
        id: String = "",
        title: String,
        type: ObjectiveType? = nil,
        owner: String? = nil,
        sharedWith: [String] = [],
        kpis: [String] = [],
        alignsTo: [String] = [],
        accepted: [String] = [],
        keyResults: [KeyResult] = [],
        retro: Retro? = nil,
        carryOver: CarryOver? = nil,
        extra: [JSONMember] = []
    ) {
        self.id = id
        self.title = title
        self.type = type
        self.owner = owner
        self.sharedWith = sharedWith
        self.kpis = kpis
        self.alignsTo = alignsTo
        self.accepted = accepted
        self.keyResults = keyResults
        self.retro = retro
        self.carryOver = carryOver
        self.extra = extra
    }

    /// `<objective id>.KR<n>`, one past the highest number used under this objective.
    public func nextKeyResultID() -> String {
        let prefix = id + ".KR"
        return prefix + String(IDNumbering.next(after: keyResults.map(\.id), prefix: prefix))
    }

    /// Adds a key result under a fresh id and returns that id.
    @discardableResult
    public mutating func addKeyResult(_ keyResult: KeyResult) -> String {
        var keyResult = keyResult
        keyResult.id = nextKeyResultID()
        keyResults.append(keyResult)
        return keyResult.id
    }

    mutating func assignMissingKeyResultIDs() {
        for i in keyResults.indices where keyResults[i].id.isEmpty {
            keyResults[i].id = nextKeyResultID()
        }
    }
}
