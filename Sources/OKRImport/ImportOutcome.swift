import OKRModel

/// What reading a source gave: the document, and every problem met on the way.
/// A reader never stops at the first problem, so `okr import --check` can list them all at once.
public struct ImportOutcome: Equatable, Sendable {
    public var document: Document
    public var problems: [ImportProblem]
    /// What each place of the source gave, in order, for `--check`; empty when a reader does not say.
    public var items: [ImportItem]

    public init(document: Document, problems: [ImportProblem] = [], items: [ImportItem] = []) {
        self.document = document
        self.problems = problems
        self.items = items
    }
}
