/// What kind of result a key result statement describes, read from how the
/// sentence is built before what its words are (DESIGN.md, "Coaching rules"):
/// the rules then ask about the shape, so a milestone is coached as output,
/// never as something no one can check.
enum StatementShape: Equatable, Sendable {
    /// A quantity that moves or reaches a level: "from 15% to 80%", "all teams", "N users".
    case measure
    /// Done or not at the end of the period: "the pricing page is published", "admins can reset…", "plan agreed".
    /// `deliverable` when what is done is the team's own output ("published", "Launch…").
    case milestone(deliverable: Bool)
    /// A limit to hold: uptime, within budget, "5.5 hours or less", "within ±25% of plan".
    case constraint
    /// Work that goes on with nothing to check at the end: "Explore options for…", "Support the rollout".
    case activity
    /// Nothing to count and nothing to check: "Improve documentation", "No distractions".
    case vague

    var isMilestone: Bool {
        if case .milestone = self { return true }
        return false
    }
}
