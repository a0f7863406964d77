/// A rule of format v1 that a well-shaped document breaks: where, and what to change.
public struct ValidationIssue: Equatable, Sendable {
    public var pointer: JSONPointer
    public var message: String

    public init(_ pointer: JSONPointer, _ message: String) {
        self.pointer = pointer
        self.message = message
    }
}
