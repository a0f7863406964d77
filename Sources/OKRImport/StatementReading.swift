import OKRCoach
import OKRModel

/// Imported key results go through the same parser as the workshop's: a sheet often gives only the
/// statement, and the numbers, unit and due date in its words are what the coach and the scores read.
public enum StatementReading {
    /// The document with every key result's unstated fields read from its statement, and the tally of
    /// the coach's review of it (`review(_:includingKept: true)`): one pass, each statement read once
    /// for both. What the source stated is kept: a target column wins over the target the text implies.
    public static func complete(_ document: Document, reviewedBy coach: Coach = .builtin()) -> (document: Document, tally: FindingTally) {
        coach.review(completing: document, includingKept: true)
    }
}
