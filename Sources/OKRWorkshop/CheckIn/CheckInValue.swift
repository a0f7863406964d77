import OKRCoach
import OKRModel

/// How a check-in reads what is typed or passed for a value: one reading for the
/// conversation and for `okr checkin --value`, so both take the same answers.
public enum CheckInValue {
    /// A milestone's answer: 1 for done, 0 for not yet; nil for anything else.
    public static func milestone(_ text: String) -> Double? {
        switch text.lowercased().trimmingWhitespace() {
        case "y", "yes", "done", "1": return 1
        case "n", "no", "not yet", "not-yet", "not-done", "not done", "0": return 0
        default: return nil
        }
    }

    /// A number with its unit, as the workshop's number questions take it (`32`, `32%`, `1,200 orders`).
    public static func number(_ text: String) -> Double? {
        KeyResultParser.number(text)?.value
    }
}
