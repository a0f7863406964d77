/// What a key result stands for in the outcome review: work delivered, people working differently
/// (adoption), or another business result. A `focus` set by a person wins; otherwise the coach's
/// reading of the statement: adoption as `no-adoption-kr` reads it, delivery for the team's own
/// work and for milestones.
enum KeyResultRole: Equatable {
    case delivery, adoption, business

    init(_ traits: KeyResultTraits) {
        switch traits.keyResult.focus {
        case .delivery: self = .delivery
        case .adoption: self = .adoption
        case .business: self = .business
        case nil: self = traits.isAdoption ? .adoption : traits.isOutput || traits.shape.isMilestone ? .delivery : .business
        }
    }

    /// An outcome is what delivery is for: adoption or a business result.
    var isOutcome: Bool { self != .delivery }
}
