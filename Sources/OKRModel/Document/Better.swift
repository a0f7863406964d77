/// Which way is good for a KPI. Asked, never guessed: "time to fill a role" is
/// better lower, "orders through the app" higher, and a wrong guess would call a
/// side effect an improvement.
public enum Better: String, CaseIterable, Sendable {
    case higher, lower
}
