/// What the parser needs to turn "by March" or "by the end of the quarter" into
/// a date. Passed in, never read from a clock, so parsing stays a pure function.
public struct ParseContext: Sendable, Equatable {
    /// The document's period, e.g. `2027-Q1`, `2027-H2` or `2027`.
    public let period: String?
    /// Today as `YYYY-MM-DD`, used when the period does not settle the year.
    public let today: String?
    /// The period read once: the parser asks for it for every statement of a document.
    let calendar: PeriodCalendar

    public init(period: String? = nil, today: String? = nil) {
        self.period = period
        self.today = today
        calendar = PeriodCalendar(period: period, today: today)
    }

    public static func == (lhs: ParseContext, rhs: ParseContext) -> Bool {
        lhs.period == rhs.period && lhs.today == rhs.today
    }
}
