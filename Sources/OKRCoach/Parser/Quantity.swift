/// A number found in a statement with what it counts: "$2M", "4.2%", "3 days", "<3/month".
struct Quantity: Equatable, Sendable {
    enum Bound: Equatable, Sendable { case below, above }

    var value: Double
    var unit: String?
    /// "<3", "under 5", "at least 90%", "5.5 hours or less".
    var bound: Bound?
    /// Token indices of the number with its currency, comparator and unit.
    var tokens: Range<Int>
    /// An amount, or a placeholder, rank, rating, step or tolerance (the scanner finds no quantifiers or ranges).
    var form: TargetForm = .amount
    /// Written in words ("four", "a dozen"): in an objective such a number is rarely a metric.
    var spelled = false
}
