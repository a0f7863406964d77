import OKRModel

/// Where a key result stands, 0.0 to 1.0, read from its latest check-in with a value.
/// Kept apart from confidence: progress is what the numbers say, confidence what the team feels.
public struct Progress: Equatable, Sendable {
    /// 0.0 to 1.0.
    public let value: Double
    public let measure: Measure
    /// The check-in it reads: its date and value.
    public let date: String
    public let reading: Double
    /// The date of the first check-in, when its value stands in for a baseline the key result does not have.
    public let baselineFrom: String?

    /// Progress as of the last of `checkIns` (check-ins up to the as-of date, in date order) that has
    /// a value; nil when none has.
    static func of(_ keyResult: KeyResult, checkIns: ArraySlice<CheckIn>, statement: () -> KeyResultTraits) -> Progress? {
        guard let first = checkIns.first(where: { $0.value != nil }), let last = checkIns.last(where: { $0.value != nil }),
              let firstValue = first.value, let value = last.value
        else { return nil }
        let (measure, fromCheckIn) = Measure.of(keyResult, firstValue: firstValue, statement: statement)
        return Progress(value: measure.progress(at: value), measure: measure, date: last.date, reading: value,
                        baselineFrom: fromCheckIn ? first.date : nil)
    }
}
