import OKRModel

/// Dates as day numbers, so the coach can count the days between two `YYYY-MM-DD` texts:
/// how much of a period has gone by, how long since the last check-in.
enum DayNumber {
    /// Days since 1970-01-01 of a real calendar date; nil for any other text.
    static func of(_ date: String) -> Int? {
        guard let (year, month, day) = CalendarDate.parse(date) else { return nil }
        // Howard Hinnant's days-from-civil: years start in March, so leap days fall at a year's end.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
