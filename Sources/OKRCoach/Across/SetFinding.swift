import OKRModel

/// Something the coach noticed across documents: two teams' items that pull against each other,
/// a share one side does not know about, an alignment that points nowhere. It names every
/// document and item involved, so each team can find its part.
public struct SetFinding: Equatable, Sendable {
    public var rule: String
    public var severity: Severity
    public var failureMode: Int
    public var message: String
    public var question: String
    /// The items involved, the one the finding is about first.
    public var places: [Place]

    /// One item in one document.
    public struct Place: Equatable, Sendable {
        public var file: String
        public var team: String
        /// `document`, an objective id or a key result id.
        public var target: String
        public var path: JSONPointer
    }
}
