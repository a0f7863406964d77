/// Why a text is not JSON, and where: a byte offset that `TextPosition` turns into line and column.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public var offset: Int
    public var message: String
}
