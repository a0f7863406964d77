import OKRModel

/// Turns "March", "Q2" or "the quarter" into a last day, using the document's
/// period first and today only when the period leaves the year open.
struct PeriodCalendar: Sendable {
    var year: Int?
    var quarter: Int?
    var half: Int?
    var today: (year: Int, month: Int, day: Int)?

    init(period: String?, today: String?) {
        if let period = period?.lowercased() {
            let tokens = StatementLexer.tokens(period)
            for (i, token) in tokens.enumerated() where token.kind == .number {
                if token.text.count == 4, let v = token.value { year = Int(v) }
                if i > 0, tokens[i - 1].kind == .word, token.joined, let v = token.value.map(Int.init) {
                    if tokens[i - 1].text.hasSuffix("q"), (1...4).contains(v) { quarter = v }
                    if tokens[i - 1].text.hasSuffix("h"), (1...2).contains(v) { half = v }
                }
            }
        }
        self.today = today.flatMap(CalendarDate.parse)
    }

    /// First month of the period, so "by February" in a Q4 period means next year's February.
    private var firstMonth: Int {
        if let quarter { return (quarter - 1) * 3 + 1 }
        if let half { return (half - 1) * 6 + 1 }
        return 1
    }

    /// The year a month without a year falls in: the period's, or the next one if the month comes before the period starts.
    func year(forMonth month: Int) -> Int? {
        if let year { return month < firstMonth ? year + 1 : year }
        if let today { return month < today.month ? today.year + 1 : today.year }
        return nil
    }

    func endOf(month: Int, year explicitYear: Int?) -> String? {
        guard let year = explicitYear ?? year(forMonth: month) else { return nil }
        return CalendarDate.format(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }

    func endOf(quarter: Int, year explicitYear: Int?) -> String? {
        endOf(month: quarter * 3, year: explicitYear)
    }

    func endOf(half: Int, year explicitYear: Int?) -> String? {
        endOf(month: half * 6, year: explicitYear)
    }

    /// "the end of the quarter": the period's quarter, else today's.
    func endOfCurrentQuarter() -> String? {
        if let quarter, let year { return endOf(quarter: quarter, year: year) }
        if let half, let year { return endOf(half: half, year: year) }
        if let today { return endOf(quarter: (today.month - 1) / 3 + 1, year: today.year) }
        return nil
    }

    /// "the end of the year": the period's year, else today's.
    func endOfCurrentYear() -> String? {
        guard let year = year ?? today?.year else { return nil }
        return CalendarDate.format(year: year, month: 12, day: 31)
    }
}
