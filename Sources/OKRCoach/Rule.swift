/// A coaching rule as the catalog lists it. The check itself is code; its
/// summary, message and question come from `prompts/rules.txt`.
public struct Rule: Sendable, Equatable {
    /// Stable id, e.g. `kr-is-output`; teams list it in `accepted`.
    public var id: String
    /// The default severity.
    public var severity: Severity
    /// The failure mode of the reference article, 1...5.
    public var failureMode: Int
    /// What the rule looks for, in a sentence.
    public var summary: String

    public init(id: String, severity: Severity, failureMode: Int, summary: String) {
        self.id = id
        self.severity = severity
        self.failureMode = failureMode
        self.summary = summary
    }
}
