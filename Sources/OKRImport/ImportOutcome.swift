import OKRModel

/// What reading a source gave: the document, and every problem met on the way.
/// A reader never stops at the first problem, so `okr import --check` can list them all at once.
public struct ImportOutcome: Equatable, Sendable {
    public var document: Document
    public var problems: [ImportProblem]

    public init(document: Document, problems: [ImportProblem] = []) {
        self.document = document
        self.problems = problems
    }
}
