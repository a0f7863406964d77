/// The parts of a key result the parser looks for; in the order the workshop asks for missing ones.
public enum KeyResultField: String, Sendable, CaseIterable {
    case metric, baseline, target, unit, direction, due
}
