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
    /// Why the rule has its severity: whether what it finds can still be checked at the end of the period.
    public var severityRationale: String

    public init(id: String, severity: Severity, failureMode: Int, summary: String, severityRationale: String = "") {
        self.id = id
        self.severity = severity
        self.failureMode = failureMode
        self.summary = summary
        self.severityRationale = severityRationale
    }
}
