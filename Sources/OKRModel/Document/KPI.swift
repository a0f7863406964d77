/// A number the team already tracks. KPIs are what objectives should move,
/// not objectives themselves.
public struct KPI: Equatable, Sendable {
    public var id: String
    public var name: String
    public var unit: String?
    public var current: Double?
    public var extra: [JSONMember]

    public init(id: String = "", name: String, unit: String? = nil, current: Double? = nil, extra: [JSONMember] = []) {
        self.id = id
        self.name = name
        self.unit = unit
        self.current = current
        self.extra = extra
    }
}
