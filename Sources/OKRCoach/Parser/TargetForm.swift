/// How a key result states its target, when it is not a plain amount. The coach
/// asks different questions of each: a rank or a step from today needs no
/// baseline, a placeholder only needs its number, a tolerance is a limit to hold.
public enum TargetForm: String, Equatable, Sendable {
    /// "80%", "1,200 stores", "ninety-five percent".
    case amount
    /// "all services", "every team", "no open incidents", "half of the queries": 100%, 0 or 50%.
    case quantifier
    /// "N monthly users", "X% of plan": the number was left out; `target` stays nil.
    case placeholder
    /// "top 5", "#1".
    case rank
    /// "4.5/5 or higher"; the unit is the scale, "/5".
    case rating
    /// "+2 people": a step from wherever the number stands.
    case change
    /// "within ±25% of plan".
    case tolerance
    /// "between 3 and 5": `target` is the upper end.
    case range
}
