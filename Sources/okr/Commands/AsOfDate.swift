import ArgumentParser
import OKRModel

/// The date `okr status`, `okr lint` and `okr retro` judge check-ins on: `--date D`, or today (UTC, as the workshop stamps its saves).
enum AsOfDate {
    /// `date` when it is a real `YYYY-MM-DD` day, today when nil; a clear refusal otherwise.
    static func resolve(_ date: String?) throws -> String {
        guard let date else { return Workshop.today }
        guard CalendarDate.isValid(date) else {
            throw ValidationError("--date takes a day like 2027-02-15, not \"\(TextSafety.clip(date, limit: 30))\".")
        }
        return date
    }
}
