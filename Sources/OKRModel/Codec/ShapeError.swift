/// A JSON text that is not an okr document: the place, as a JSON Pointer, and what is wrong there.
public struct ShapeError: Error, Equatable, Sendable {
    public var pointer: JSONPointer
    public var message: String

    public init(_ pointer: JSONPointer, _ message: String) {
        self.pointer = pointer
        self.message = message
    }
}
