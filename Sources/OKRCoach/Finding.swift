import OKRModel

/// One thing the coach noticed about one item of a document: what, where,
/// why it matters, and a question that helps the team improve it.
public struct Finding: Equatable, Sendable {
    /// The rule id, e.g. `kr-is-output`.
    public var rule: String
    public var severity: Severity
    /// The failure mode of the reference article it guards against, 1...5.
    public var failureMode: Int
    /// `document`, an objective id (`O1`) or a key result id (`O1.KR2`).
    public var target: String
    /// Where in the document, e.g. `/objectives/0/keyResults/1/statement`.
    public var path: JSONPointer
    /// Why the coach raises it, in coaching words.
    public var message: String
    /// A question that helps the team improve the item.
    public var question: String
    /// The team heard this and decided to keep the item as it is (the rule is in the item's `accepted`):
    /// shown as their decision, never counted against them.
    public var kept: Bool

    public init(rule: String, severity: Severity, failureMode: Int, target: String, path: JSONPointer, message: String, question: String,
                kept: Bool = false) {
        self.rule = rule
        self.severity = severity
        self.failureMode = failureMode
        self.target = target
        self.path = path
        self.message = message
        self.question = question
        self.kept = kept
    }
}
