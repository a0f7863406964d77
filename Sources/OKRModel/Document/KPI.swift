/// A number the team already tracks. KPIs are what objectives should move,
/// not objectives themselves.
public struct KPI: Equatable, Sendable {
    public var id: String
    public var name: String
    public var unit: String?
    public var current: Double?
    /// Which way is good; nil until the team says.
    public var better: Better?
    /// Values on dates, in date order; `current` mirrors the latest.
    public var history: [Reading]
    public var extra: [JSONMember]

    public init(
        id: String = "", name: String, unit: String? = nil, current: Double? = nil,
        better: Better? = nil, history: [Reading] = [], extra: [JSONMember] = []
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.current = current
        self.better = better
        self.history = history
        self.extra = extra
    }

    /// Records a value in date order and mirrors the latest into `current`; returns the reading it replaced.
    @discardableResult
    public mutating func record(_ reading: Reading) -> Reading? {
        let replaced = history.record(reading)
        current = history.last?.value ?? current
        return replaced
    }
}
