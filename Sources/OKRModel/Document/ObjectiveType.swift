/// Committed objectives are expected to be met in full; aspirational ones stretch, and 70% is a good result.
public enum ObjectiveType: String, CaseIterable, Sendable {
    case committed, aspirational
}
