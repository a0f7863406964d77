import OKRModel

/// The first and last day of a period named `2027-Q1`, `2027-H2` or `2027`, and how much of it
/// has gone by on a date: what a key result's expected progress is measured against.
public struct PeriodDates: Equatable, Sendable {
    /// `YYYY-MM-DD`.
    public let start: String
    public let end: String
    let firstDay: Int
    let lastDay: Int

    /// Read as the coach reads periods elsewhere; nil when the name gives no year.
    public init?(period: String) {
        let calendar = PeriodCalendar(period: period, today: nil)
        guard let year = calendar.year else { return nil }
        let months = calendar.quarter.map { (($0 - 1) * 3 + 1, $0 * 3) } ?? calendar.half.map { (($0 - 1) * 6 + 1, $0 * 6) } ?? (1, 12)
        let start = CalendarDate.format(year: year, month: months.0, day: 1)
        let end = CalendarDate.format(year: year, month: months.1, day: CalendarDate.daysIn(month: months.1, year: year))
        self.init(start: start, end: end)!
    }

    init?(start: String, end: String) {
        guard let first = DayNumber.of(start), let last = DayNumber.of(end) else { return nil }
        self.start = start
        self.end = end
        firstDay = first
        lastDay = last
    }

    /// The period cut short at `due` when that comes earlier: a key result due in February is judged
    /// against January and February. A later due date does not stretch the period.
    public func until(_ due: String?) -> PeriodDates {
        guard let due, due < end, DayNumber.of(due) != nil else { return self }
        return PeriodDates(start: min(start, due), end: due)!
    }

    /// The share of the period gone by on `date`: 0 on its first day (and before), 1 on its last (and after).
    public func elapsed(on date: String) -> Double? {
        guard let day = DayNumber.of(date) else { return nil }
        guard lastDay > firstDay else { return day >= lastDay ? 1 : 0 }
        return min(1, max(0, Double(day - firstDay) / Double(lastDay - firstDay)))
    }

    /// `date` lies within the period, first and last day included.
    public func contains(_ date: String) -> Bool {
        start <= date && date <= end
    }
}
