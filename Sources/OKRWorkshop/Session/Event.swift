/// What happens to a session: the shell reports each line the person typed, or how the input ended.
public enum Event: Equatable, Sendable {
    /// The session begins: greet, recap, ask the first question.
    case start
    /// A line typed (or piped) in answer to the last question.
    case line(String)
    /// Ctrl-C: the line being typed was dropped; ask the same question again.
    case interrupted
    /// Ctrl-D or the end of piped input: save and leave.
    case endOfInput
}
