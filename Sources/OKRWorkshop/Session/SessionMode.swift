/// Which conversation a session holds. All of them run on the one engine (autosave, resume, slash
/// commands, coaching); each walks its own steps and keeps its own place in the document.
public enum SessionMode: Equatable, Sendable {
    /// Drafting OKRs with the room.
    case workshop
    /// Where each key result and KPI stands on a date (`okr checkin`).
    case checkIn(date: String)
    /// Grading the period and saying what was learned (`okr retro`), scored as of a date.
    case retro(date: String)
    /// Deciding, item by item, what the next period keeps of the document `from` (`okr next`);
    /// the workshop then goes on in the new document.
    case carryOver(from: String)

    /// Whether the commands that change what the OKRs say (/edit, /add, /delete…) belong here.
    var drafts: Bool {
        switch self {
        case .workshop, .carryOver: return true
        case .checkIn, .retro: return false
        }
    }
}
