/// A number found in a statement with what it counts: "$2M", "4.2%", "3 days", "<3/month".
struct Quantity: Equatable, Sendable {
    enum Bound: Equatable, Sendable { case below, above }

    var value: Double
    var unit: String?
    /// "<3", "under 5", "at least 90%".
    var bound: Bound?
    /// Token indices of the number with its currency, comparator and unit.
    var tokens: Range<Int>
}
