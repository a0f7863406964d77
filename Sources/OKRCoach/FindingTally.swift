/// How many findings a review has of each severity, and how many of them the team kept: what an
/// import reports, without wording the findings it does not show (an 80,000-row sheet has 45,000).
public struct FindingTally: Equatable, Sendable {
    /// Findings the team did not keep, by severity in `Severity.allCases`' order.
    public var counts: [Int]
    /// Findings of rules the item's `accepted` lists.
    public var kept: Int

    public init(counts: [Int] = Array(repeating: 0, count: Severity.allCases.count), kept: Int = 0) {
        self.counts = counts
        self.kept = kept
    }

    /// The findings of `severities` (the kept ones marked).
    init(_ severities: some Sequence<(Severity, kept: Bool)>) {
        self.init()
        for (severity, kept) in severities {
            if kept { self.kept += 1 } else { counts[Severity.allCases.firstIndex(of: severity)!] += 1 }
        }
    }

    static func + (a: FindingTally, b: FindingTally) -> FindingTally {
        FindingTally(counts: zip(a.counts, b.counts).map(+), kept: a.kept + b.kept)
    }
}
