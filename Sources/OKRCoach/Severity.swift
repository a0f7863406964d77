/// How strongly the coach raises a finding. Nothing blocks: an error is the
/// coach's strongest advice, and `okr lint` fails on it so CI can notice.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case info, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }
}
