/// What the parser needs to turn "by March" or "by the end of the quarter" into
/// a date. Passed in, never read from a clock, so parsing stays a pure function.
public struct ParseContext: Sendable, Equatable {
    /// The document's period, e.g. `2027-Q1`, `2027-H2` or `2027`.
    public var period: String?
    /// Today as `YYYY-MM-DD`, used when the period does not settle the year.
    public var today: String?

    public init(period: String? = nil, today: String? = nil) {
        self.period = period
        self.today = today
    }
}
