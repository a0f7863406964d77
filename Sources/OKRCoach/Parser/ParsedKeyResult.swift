import OKRModel

/// What the parser read from a key result statement, and what it could not find.
public struct ParsedKeyResult: Equatable, Sendable {
    /// What is measured, in the team's words: "share of stores ordering through the app".
    public var metric: String?
    public var baseline: Double?
    public var target: Double?
    /// `%`, `pp`, a currency code (`USD`), a time unit (`hours`), `x` for multiples,
    /// a counted noun (`stores`), `count`, or a rate such as `per month`.
    public var unit: String?
    public var direction: Direction?
    /// `YYYY-MM-DD`.
    public var due: String?
    /// What could not be found, in the order the workshop should ask for it.
    public var missing: [KeyResultField]
    /// How the target is stated; `.amount` also when there is none.
    public var form: TargetForm = .amount
    /// The statement names what it compares against ("compared to last quarter", "month over month",
    /// "120% of plan"), or is a step from today ("reduce bugs by 25%").
    public var relative = false
    /// "5.5 hours or less", "at least four customers": the target is a limit rather than a point.
    var bound: Quantity.Bound?
    /// The metric's words, as the coach compares them (`duplicate-kr`), cut from the statement's tokens
    /// rather than split again from `metric`.
    var metricWords: [String] = []
    /// What is counted starts at zero within the period: "200 new customers", "+2 people", "for the first time".
    public var fromZero = false

    /// `missing` defaults to the fields left nil.
    public init(metric: String? = nil, baseline: Double? = nil, target: Double? = nil, unit: String? = nil,
                direction: Direction? = nil, due: String? = nil, missing: [KeyResultField]? = nil) {
        self.metric = metric
        self.baseline = baseline
        self.target = target
        self.unit = unit
        self.direction = direction
        self.due = due
        self.missing = []
        self.missing = missing ?? computedMissing
    }

    /// The fields that are still nil, in asking order.
    public var computedMissing: [KeyResultField] {
        KeyResultField.allCases.filter { field in
            switch field {
            case .metric: return metric == nil
            case .baseline: return baseline == nil
            case .target: return target == nil
            case .unit: return unit == nil
            case .direction: return direction == nil
            case .due: return due == nil
            }
        }
    }

    /// Equal when what the parser read is: the words kept for the coach follow from `metric`.
    public static func == (lhs: ParsedKeyResult, rhs: ParsedKeyResult) -> Bool {
        lhs.metric == rhs.metric && lhs.baseline == rhs.baseline && lhs.target == rhs.target && lhs.unit == rhs.unit
            && lhs.direction == rhs.direction && lhs.due == rhs.due && lhs.missing == rhs.missing && lhs.form == rhs.form
            && lhs.relative == rhs.relative && lhs.fromZero == rhs.fromZero && lhs.bound == rhs.bound
    }
}
