/// Which way a key result's number should move.
public enum Direction: String, CaseIterable, Sendable {
    case increase, decrease, maintain
}
