/// A KPI's value on a date, kept as its history.
public struct Reading: Equatable, Sendable {
    /// `YYYY-MM-DD`.
    public var date: String
    public var value: Double
    public var extra: [JSONMember]

    public init(date: String, value: Double, extra: [JSONMember] = []) {
        self.date = date
        self.value = value
        self.extra = extra
    }
}
