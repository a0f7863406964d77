/// Minutes spent on each stage of a workshop, against the timeboxes of `[timebox]`.
/// The shell passes the time with every event (seconds on a monotonic clock); the session never
/// reads a clock itself, so tests drive time by hand. Time goes to the stage whose question was
/// waiting, since that is what the room was talking about. It is not saved: a reopened draft
/// starts a new clock.
struct WorkshopClock: Sendable {
    /// The start (team, KPIs, purpose), one objective with its key results, or the closing review.
    enum Stage: Hashable, Sendable {
        case purpose
        case objective(String)
        case review
    }

    private(set) var started: Double?
    private var last: Double?
    /// Seconds per stage, in the order the stages came up.
    private(set) var spent: [(stage: Stage, seconds: Double)] = []
    /// Stages already told they ran over: the room hears it once, not at every question.
    private var warned: Set<Stage> = []

    /// Adds the time since the last event to `stage`.
    mutating func pass(to now: Double, on stage: Stage) {
        defer { last = now }
        if started == nil { started = now }
        let seconds = max(0, now - (last ?? now))
        if let i = spent.firstIndex(where: { $0.stage == stage }) {
            spent[i].seconds += seconds
        } else {
            spent.append((stage, seconds))
        }
    }

    func seconds(on stage: Stage) -> Double {
        spent.first { $0.stage == stage }?.seconds ?? 0
    }

    var total: Double { spent.reduce(0) { $0 + $1.seconds } }

    /// True when `stage` has just gone past `planned` minutes; once per stage.
    mutating func overran(_ stage: Stage, planned: Double) -> Bool {
        guard seconds(on: stage) > planned * 60, !warned.contains(stage) else { return false }
        warned.insert(stage)
        return true
    }

    /// Seconds as whole minutes, the way a facilitator reads a clock.
    static func minutes(_ seconds: Double) -> Int {
        Int((seconds / 60).rounded())
    }
}
