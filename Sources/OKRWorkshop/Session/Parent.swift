import OKRModel

/// The document a team's objectives contribute to (the company's, a department's): its team and
/// objectives, which the workshop offers for each objective's `alignsTo`.
public struct Parent: Equatable, Sendable {
    public var team: String
    public var objectives: [Objective]

    public init(_ document: Document) {
        team = document.team
        objectives = document.objectives
    }

    /// `Acme/O2` for each objective, as `alignsTo` names it.
    var targets: [String] {
        objectives.map { team + "/" + $0.id }
    }

    /// What one answer names: `O2`, `Acme/O2` or `acme/o2` are all `Acme/O2`; nil when the parent has no such objective.
    func target(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        let id: String
        if let alignment = Alignment(trimmed) {
            guard alignment.team.lowercased() == team.lowercased() else { return nil }
            id = alignment.objective
        } else {
            id = trimmed.uppercased()
        }
        return objectives.contains { $0.id == id } ? team + "/" + id : nil
    }
}
