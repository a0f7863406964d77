/// What became of an objective or key result when the team planned the next period (`okr next`):
/// kept as it was, modified, or dropped with a reason. Kept in the old document, so a quarter's
/// record says where each item went and why the dropped ones stopped.
public struct CarryOver: Equatable, Sendable {
    public enum Decision: String, CaseIterable, Sendable {
        case keep, modify, drop

        /// How a record says what was done: kept, modified, dropped.
        public var pastTense: String {
            switch self {
            case .keep: return "kept"
            case .modify: return "modified"
            case .drop: return "dropped"
            }
        }
    }

    /// The period it was carried into, or dropped from planning for (`2027-Q2`).
    public var period: String
    public var decision: Decision
    /// Why it was dropped (or modified): the team's words.
    public var reason: String?
    public var extra: [JSONMember]

    public init(period: String, decision: Decision, reason: String? = nil, extra: [JSONMember] = []) {
        self.period = period
        self.decision = decision
        self.reason = reason
        self.extra = extra
    }
}
