/// One reading of a key result during the period: where it stood on a date, how
/// sure the team was, and what they said about it. A milestone records 1 for done
/// and 0 for not yet.
public struct CheckIn: Equatable, Sendable {
    /// `YYYY-MM-DD`.
    public var date: String
    public var value: Double?
    /// 0.0 to 1.0, as `KeyResult.confidence`.
    public var confidence: Double?
    public var note: String?
    public var extra: [JSONMember]

    public init(date: String, value: Double? = nil, confidence: Double? = nil, note: String? = nil, extra: [JSONMember] = []) {
        self.date = date
        self.value = value
        self.confidence = confidence
        self.note = note
        self.extra = extra
    }
}
