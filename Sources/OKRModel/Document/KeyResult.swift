/// A measurable outcome that shows progress toward its objective.
/// The statement is what the team wrote; the other fields are what it means in numbers.
public struct KeyResult: Equatable, Sendable {
    public var id: String
    public var statement: String
    public var metric: String?
    public var baseline: Double?
    public var target: Double?
    public var unit: String?
    public var direction: Direction?
    /// `YYYY-MM-DD`.
    public var due: String?
    /// For a key result without numbers (a milestone): what the team will see when it is done.
    /// An optional member added in v1; written only when set, so older documents stay byte for byte.
    public var doneWhen: String?
    public var owner: String?
    /// 0.0 to 1.0; shown as "5/10".
    public var confidence: Double?
    /// When set by a person, the coach takes it over its own guess.
    public var indicator: Indicator?
    public var focus: Focus?
    public var current: Double?
    public var accepted: [String]
    /// Readings during the period, in date order; `current` and `confidence` mirror the latest.
    public var checkIns: [CheckIn]
    /// The final grade the team gave at the retrospective, 0.0 to 1.0, and why (`okr retro`).
    public var grade: Double?
    public var gradeNote: String?
    /// What became of it in the next period's plan (`okr next`).
    public var carryOver: CarryOver?
    public var extra: [JSONMember]

    public init(
        id: String = "",
        statement: String,
        metric: String? = nil,
        baseline: Double? = nil,
        target: Double? = nil,
        unit: String? = nil,
        direction: Direction? = nil,
        due: String? = nil,
        doneWhen: String? = nil,
        owner: String? = nil,
        confidence: Double? = nil,
        indicator: Indicator? = nil,
        focus: Focus? = nil,
        current: Double? = nil,
        accepted: [String] = [],
        checkIns: [CheckIn] = [],
        grade: Double? = nil,
        gradeNote: String? = nil,
        carryOver: CarryOver? = nil,
        extra: [JSONMember] = []
    ) {
        self.id = id
        self.statement = statement
        self.metric = metric
        self.baseline = baseline
        self.target = target
        self.unit = unit
        self.direction = direction
        self.due = due
        self.doneWhen = doneWhen
        self.owner = owner
        self.confidence = confidence
        self.indicator = indicator
        self.focus = focus
        self.current = current
        self.accepted = accepted
        self.checkIns = checkIns
        self.grade = grade
        self.gradeNote = gradeNote
        self.carryOver = carryOver
        self.extra = extra
    }
}

extension KeyResult {
    /// Records a check-in in date order (the same date replaces the earlier one) and
    /// mirrors the latest entry's value and confidence into `current` and `confidence`.
    /// Returns the check-in it replaced.
    @discardableResult
    public mutating func record(_ checkIn: CheckIn) -> CheckIn? {
        let replaced = checkIns.record(checkIn)
        if let latest = checkIns.last {
            current = latest.value ?? current
            confidence = latest.confidence ?? confidence
        }
        return replaced
    }
}
