import OKRModel

/// How a key result's value turns into progress from 0 to 1: moving a number from a baseline to a
/// target, holding it on one side of a level, or a milestone that is done or not.
public enum Measure: Equatable, Sendable {
    case increase(from: Double, to: Double)
    case decrease(from: Double, to: Double)
    /// Held while the value stays at or above the level ("keep uptime at or above 99.9%"; `maintain`).
    case atLeast(Double)
    /// Held while the value stays at or below the level ("keep stock-outs under 2%").
    case atMost(Double)
    /// No number to move: a check-in of 1 means done, 0 not yet.
    case milestone

    /// Progress at `value`, clamped to 0...1. Increase and decrease share one formula,
    /// (v − b) / (t − b), which is (b − v) / (b − t); they differ only when baseline and target
    /// are equal and there is no distance to cover: then reaching the target is all of it.
    public func progress(at value: Double) -> Double {
        switch self {
        case .increase(let from, let to), .decrease(let from, let to):
            guard from != to else {
                if case .increase = self { return value >= to ? 1 : 0 }
                return value <= to ? 1 : 0
            }
            return min(1, max(0, (value - from) / (to - from)))
        case .atLeast(let level): return value >= level ? 1 : 0
        case .atMost(let level): return value <= level ? 1 : 0
        case .milestone: return value >= 1 ? 1 : 0
        }
    }

    /// A level to hold rather than a distance to cover: progress is 1 while held, 0 when broken.
    public var holdsALevel: Bool {
        switch self {
        case .atLeast, .atMost: return true
        default: return false
        }
    }

    /// Which measure the key result's numbers describe. Its own fields win; its statement as the
    /// coach reads it (`statement`, asked only when the target or the direction is missing, or the
    /// direction is `maintain`) fills the gaps, and a statement read as a milestone ("The app is live
    /// in every store") is one unless a target is set. `maintain` is at least its target, unless the
    /// statement says below ("keep churn below 2%"). A key result stored with its target and direction
    /// had its statement read when they were stored: a baseline missing then was not in it. Without a
    /// baseline, `firstValue` (the first check-in's) stands in, and the caller says so.
    static func of(_ keyResult: KeyResult, firstValue: Double, statement: () -> KeyResultTraits) -> (measure: Measure, baselineFromCheckIn: Bool) {
        var target = keyResult.target
        var baseline = keyResult.baseline
        var direction = keyResult.direction
        var below = false
        // "Done when" is asked only for a key result kept without numbers: a milestone, no need to read it.
        if target == nil, keyResult.doneWhen != nil { return (.milestone, false) }
        if target == nil || direction == nil || direction == .maintain {
            let traits = statement()
            if target == nil, traits.shape.isMilestone { return (.milestone, false) }
            let reading = traits.parsed
            target = target ?? reading.target
            baseline = baseline ?? reading.baseline
            direction = direction ?? reading.direction
            below = reading.bound == .below
        }
        guard let target else { return (.milestone, false) }
        switch direction {
        case .atLeast: return (.atLeast(target), false)
        case .atMost: return (.atMost(target), false)
        case .maintain: return (below ? .atMost(target) : .atLeast(target), false)
        case .increase, .decrease, nil:
            let from = baseline ?? firstValue
            let decreasing = direction == .decrease || (direction == nil && target < from)
            return (decreasing ? .decrease(from: from, to: target) : .increase(from: from, to: target), baseline == nil)
        }
    }
}
