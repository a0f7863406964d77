/// The three purpose questions every OKR set should answer before anything is measured.
/// `nil` or blank means not answered yet.
public struct Purpose: Equatable, Sendable {
    /// Who are we creating value for?
    public var who: String?
    /// What do we want to see change?
    public var change: String?
    /// How will we know we made the intended impact?
    public var evidence: String?
    /// What the team saw of the evidence at each check-in, in date order.
    public var observations: [Observation]
    public var extra: [JSONMember]

    public init(who: String? = nil, change: String? = nil, evidence: String? = nil, observations: [Observation] = [], extra: [JSONMember] = []) {
        self.who = who
        self.change = change
        self.evidence = evidence
        self.observations = observations
        self.extra = extra
    }

    /// The field names of the questions that still have no answer, in asking order.
    public var unanswered: [String] {
        [("who", who), ("change", change), ("evidence", evidence)]
            .filter { $0.1.isBlank }
            .map(\.0)
    }
}

extension Optional where Wrapped == String {
    /// True for nil, empty or white space only.
    public var isBlank: Bool {
        switch self {
        case .none: return true
        case .some(let text): return text.allSatisfy(\.isWhitespace)
        }
    }
}
