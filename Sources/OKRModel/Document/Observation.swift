/// What the team saw of its purpose's evidence on a date, asked at the end of each
/// check-in, so the purpose stays a question the team keeps answering.
public struct Observation: Equatable, Sendable {
    /// `YYYY-MM-DD`.
    public var date: String
    public var note: String
    public var extra: [JSONMember]

    public init(date: String, note: String, extra: [JSONMember] = []) {
        self.date = date
        self.note = note
        self.extra = extra
    }
}
