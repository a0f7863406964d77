/// Leading indicators move early and can be acted on; lagging ones confirm results after the fact.
public enum Indicator: String, CaseIterable, Sendable {
    case leading, lagging
}
