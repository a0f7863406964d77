/// One entry of an objective's `alignsTo`: `Company/O2` is objective O2 of the team called "Company".
/// The id comes after the last slash, so a team's name may hold one ("R&D/Platform/O1").
public struct Alignment: Equatable, Hashable, Sendable {
    public var team: String
    public var objective: String

    /// Nil when the text is not a team's name, a slash and an objective id such as `O2`.
    public init?(_ text: String) {
        guard let slash = text.lastIndex(of: "/") else { return nil }
        let team = text[..<slash].trimmingWhitespace()
        let id = text[text.index(after: slash)...].trimmingWhitespace().uppercased()
        guard !team.isEmpty, id.count > 1, id.first == "O", id.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.team = team
        self.objective = id
    }
}
