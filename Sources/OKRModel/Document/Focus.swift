/// What a key result measures: people working differently (adoption), things shipped (delivery) or business results.
public enum Focus: String, CaseIterable, Sendable {
    case adoption, delivery, business
}
