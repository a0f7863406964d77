/// Which way a key result's number should move. `atLeast` and `atMost` keep it on
/// one side of its target ("keep uptime at or above 99.9%"); `maintain` reads as at least.
public enum Direction: String, CaseIterable, Sendable {
    case increase, decrease, maintain
    case atLeast = "at-least"
    case atMost = "at-most"
}

extension Direction {
    /// Keeps a number on one side of a level rather than moving it: maintain, at least, at most.
    public var holdsALevel: Bool {
        self == .maintain || self == .atLeast || self == .atMost
    }
}
