/// What a team said about one objective at its retrospective (`okr retro`): what it learned, and what
/// it will do differently next period. An optional v1 member, written only when set.
public struct Retro: Equatable, Sendable {
    public var learned: String?
    public var differently: String?
    public var extra: [JSONMember]

    public init(learned: String? = nil, differently: String? = nil, extra: [JSONMember] = []) {
        self.learned = learned
        self.differently = differently
        self.extra = extra
    }

    public var isEmpty: Bool { learned == nil && differently == nil && extra.isEmpty }
}
