import OKRCoach
import OKRModel

/// What the session asks the shell to do. The session never touches the
/// terminal or the disk itself; the shell carries these out in order.
public enum Effect: Equatable, Sendable {
    /// Show text in the given tone.
    case say(Tone, String)
    /// Read the next line for this question.
    case ask(Question)
    /// Write the document (the shell stamps the times and reports failures).
    case save(Document)
    /// Write the document a carry-over reads from (`okr next`'s old document), with its decisions.
    case saveSource(Document)
    /// Write the document in a format (`json`, `markdown`, `csv`); to the screen when `path` is nil.
    case export(format: String, path: String?)
    /// Save and end the session.
    case quit
}

extension Effect {
    var isSave: Bool {
        if case .save = self { return true }
        return false
    }

    /// The question an `.ask` puts, nil for any other effect.
    var question: Question? {
        if case .ask(let question) = self { return question }
        return nil
    }
}

/// How a piece of text should look; the shell maps tones to colour.
public enum Tone: Equatable, Sendable {
    case title
    case question
    case hint
    case info
    case success
    case coach(Severity)
    case coachQuestion
    /// Plain text meant to be read as a block, e.g. /show and /help.
    case block
}

/// One line to read, with what the line editor needs to show it.
public struct Question: Equatable, Sendable {
    /// The step indicator shown as the prompt, e.g. "Purpose 2/3".
    public var label: String
    /// Shown in the prompt and used when the person just presses Enter.
    public var defaultValue: String?
    /// Text put in the editor to revise, e.g. a draft the coach flagged.
    public var prefill: String?

    public init(label: String, defaultValue: String? = nil, prefill: String? = nil) {
        self.label = label
        self.defaultValue = defaultValue
        self.prefill = prefill
    }
}
